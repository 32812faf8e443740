import { describe, expect, it } from 'vitest';
import { dayCount, dayLabels, previousRange, resolveRange } from '../../../../src/core/metrics/day-range';
import { UserError } from '../../../../src/core/user-error';
import { parisSpring2026, utcCalendar } from './fixtures';

const calendar = utcCalendar();

describe('resolveRange', () => {
  it('reads YYYY-MM-DD dates and day numbers as whole local days, both ends included', () => {
    const range = resolveRange(calendar, '2026-03-01', '2026-03-07');
    expect(range).toEqual({ from: calendar.parse('2026-03-01'), to: calendar.parse('2026-03-07') });
    expect(dayCount(range)).toBe(7);
    expect(resolveRange(calendar, range.from, range.to)).toEqual(range);
    expect(dayCount(resolveRange(calendar, '2026-03-05', '2026-03-05'))).toBe(1);
  });

  it('rejects a range that starts after it ends', () => {
    const call = () => resolveRange(calendar, '2026-03-08', '2026-03-07');
    expect(call).toThrow(UserError);
    expect(call).toThrow(expect.objectContaining({ code: 'bad_range' }));
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => resolveRange(calendar, '2026-02-30', '2026-03-07')).toThrow(expect.objectContaining({ code: 'bad_date' }));
    expect(() => resolveRange(calendar, 'yesterday', '2026-03-07')).toThrow(UserError);
  });
});

describe('previousRange', () => {
  it('is the same number of days just before from', () => {
    const range = resolveRange(calendar, '2026-03-08', '2026-03-14');
    expect(dayLabels(calendar, previousRange(range))).toEqual([
      '2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07',
    ]);
  });
});

describe('the fixture calendars', () => {
  it('number local days and weeks as the metrics expect', () => {
    const paris = parisSpring2026('sunday');
    const day29 = paris.parse('2026-03-29');
    expect(paris.dayOf(Date.parse('2026-03-29T00:30:00+01:00'))).toBe(day29);
    expect(paris.dayOf(Date.parse('2026-03-29T23:59:00+02:00'))).toBe(day29);
    expect(paris.dayOf(Date.parse('2026-03-30T00:01:00+02:00'))).toBe(day29 + 1);
    expect(paris.dayStartMs(day29 + 1) - paris.dayStartMs(day29)).toBe(23 * 3_600_000);
    expect(paris.weekStartOf(day29 + 3)).toBe(day29);
    expect(parisSpring2026('monday').weekStartOf(day29)).toBe(day29 - 6);
  });
});
