import { describe, expect, it } from 'vitest';
import { monthlyActive } from '../../../../src/core/metrics/monthly-active';
import { weeklyActive } from '../../../../src/core/metrics/weekly-active';
import { active, inputFor, offsetCalendar, prepare } from './fixtures';

// `to` = 2026-03-31 throughout: to−6 = 03-25, to−7 = 03-24, to−13 = 03-18, to−14 = 03-17;
// to−29 = 03-02, to−30 = 03-01, to−59 = 01-31, to−60 = 01-30.
describe('weekly_active', () => {
  it('counts actors active in to−6..to, and in to−13..to−7 as previous', () => {
    const rows = [
      ...active('to', '2026-03-31T23:59:59Z'),
      ...active('to-6', '2026-03-25T00:00:00Z', '2026-03-25T05:00:00Z'),
      ...active('to-7', '2026-03-24T23:59:59Z'),
      ...active('to-13', '2026-03-18T00:00:00Z'),
      ...active('to-14', '2026-03-17T12:00:00Z'),
      ...active('both', '2026-03-20T12:00:00Z', '2026-03-30T12:00:00Z'),
      ...active('after', '2026-04-01T00:00:00Z'),
    ];
    // The range itself (one day) does not matter: the windows end at `to` and reach back into stored data.
    expect(weeklyActive(inputFor(prepare(rows), '2026-03-31', '2026-03-31'))).toEqual({ value: 3, previous: 3 });
  });

  it('uses local days: 00:30 at +02:00 on to−6 is the UTC evening of to−7', () => {
    const rows = active('a', '2026-03-25T00:30:00+02:00');
    expect(weeklyActive(inputFor(prepare(rows, { calendar: offsetCalendar(120) }), '2026-03-31', '2026-03-31')))
      .toEqual({ value: 1, previous: 0 });
    expect(weeklyActive(inputFor(prepare(rows), '2026-03-31', '2026-03-31'))).toEqual({ value: 0, previous: 1 });
  });
});

describe('monthly_active', () => {
  it('counts actors active in to−29..to, and in to−59..to−30 as previous', () => {
    const rows = [
      ...active('to-29', '2026-03-02T00:00:00Z'),
      ...active('to-30', '2026-03-01T23:00:00Z'),
      ...active('to-59', '2026-01-31T10:00:00Z'),
      ...active('to-60', '2026-01-30T10:00:00Z'),
      ...active('twice', '2026-02-15T10:00:00Z', '2026-03-15T10:00:00Z', '2026-03-16T10:00:00Z'),
    ];
    expect(monthlyActive(inputFor(prepare(rows), '2026-03-01', '2026-03-31'))).toEqual({ value: 2, previous: 3 });
  });

  it('is zero without data', () => {
    expect(monthlyActive(inputFor(prepare([]), '2026-03-01', '2026-03-31'))).toEqual({ value: 0, previous: 0 });
  });
});
