import { describe, expect, it } from 'vitest';
import { retentionDaily } from '../../../../src/core/metrics/retention-daily';
import { retentionWeekly } from '../../../../src/core/metrics/retention-weekly';
import { active, inputFor, offsetCalendar, prepare, utcCalendar } from './fixtures';

describe('retention_daily', () => {
  // `to` = 2026-03-10: cohorts 03-03..03-10.
  const rows = [
    ...active('a', '2026-03-03T10:00:00Z', '2026-03-03T11:00:00Z', '2026-03-05T10:00:00Z', '2026-03-10T23:59:00Z'),
    ...active('b', '2026-03-03T12:00:00Z', '2026-03-04T12:00:00Z'),
    ...active('c', '2026-03-09T12:00:00Z', '2026-03-10T12:00:00Z', '2026-03-11T12:00:00Z'),
    // First active before the cohorts (even before the range): in no cohort, though active in them.
    ...active('old', '2026-02-01T12:00:00Z', '2026-03-03T12:00:00Z', '2026-03-04T12:00:00Z'),
    { at: '2026-03-05T12:00:00Z', actor: 'signup-only', roles: ['signup' as const] },
  ];

  it('puts each actor in the cohort of its first activity and counts it once per later day', () => {
    const tile = retentionDaily(inputFor(prepare(rows), '2026-03-08', '2026-03-10'));
    expect(tile.map((row) => row.cohort)).toEqual([
      '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10',
    ]);
    expect(tile[0]).toEqual({ cohort: '2026-03-03', size: 2, retained: [2, 1, 1, 0, 0, 0, 0, 1] });
    expect(tile[6]).toEqual({ cohort: '2026-03-09', size: 1, retained: [1, 1] });
    expect(tile[7]).toEqual({ cohort: '2026-03-10', size: 0, retained: [0] });
    expect(tile.map((row) => row.retained.length)).toEqual([8, 7, 6, 5, 4, 3, 2, 1]);
  });

  it('takes the cohort day in the project timezone', () => {
    // 03-02T23:30Z is 03-03 00:30 at +01:00: the actor moves from before the cohorts into the first one.
    const late = active('z', '2026-03-02T23:30:00Z', '2026-03-04T10:00:00Z');
    expect(retentionDaily(inputFor(prepare(late), '2026-03-10', '2026-03-10'))[0]!.size).toBe(0);
    const local = retentionDaily(inputFor(prepare(late, { calendar: offsetCalendar(60) }), '2026-03-10', '2026-03-10'));
    expect(local[0]).toEqual({ cohort: '2026-03-03', size: 1, retained: [1, 1, 0, 0, 0, 0, 0, 0] });
  });
});

describe('retention_weekly', () => {
  // `to` = Wednesday 2026-03-25. Sunday weeks: 02-22, 03-01, 03-08, 03-15, 03-22.
  const rows = [
    ...active('a', '2026-02-22T10:00:00Z', '2026-02-28T10:00:00Z', '2026-03-09T10:00:00Z', '2026-03-25T10:00:00Z'),
    ...active('b', '2026-03-01T10:00:00Z', '2026-03-02T10:00:00Z', '2026-03-26T10:00:00Z'), // 03-26 is after `to`
    ...active('old', '2026-02-21T10:00:00Z', '2026-03-01T10:00:00Z'),
  ];

  it('uses the 5 weeks ending with the week that holds `to`, counting the last one up to `to`', () => {
    const tile = retentionWeekly(inputFor(prepare(rows, { calendar: utcCalendar('sunday') }), '2026-03-20', '2026-03-25'));
    expect(tile).toEqual([
      { cohort: '2026-02-22', size: 1, retained: [1, 0, 1, 0, 1] },
      { cohort: '2026-03-01', size: 1, retained: [1, 0, 0, 0] },
      { cohort: '2026-03-08', size: 0, retained: [0, 0, 0] },
      { cohort: '2026-03-15', size: 0, retained: [0, 0] },
      { cohort: '2026-03-22', size: 0, retained: [0] },
    ]);
  });

  it('starts weeks on Monday when asked', () => {
    // Monday weeks: 02-16, 02-23, 03-02, 03-09, 03-16, 03-23. Sunday 02-22 falls in the week of 02-16: before the
    // cohorts, so a is in none; old's 02-21 too; b's Sunday 03-01 is in the week of 02-23.
    const tile = retentionWeekly(inputFor(prepare(rows, { calendar: utcCalendar('monday') }), '2026-03-20', '2026-03-25'));
    expect(tile.map((row) => row.cohort)).toEqual(['2026-02-23', '2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23']);
    expect(tile[0]).toEqual({ cohort: '2026-02-23', size: 1, retained: [1, 1, 0, 0, 0] });
    expect(tile.slice(1).every((row) => row.size === 0)).toBe(true);
  });
});
