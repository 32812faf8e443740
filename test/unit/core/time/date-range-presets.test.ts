import { describe, expect, it } from 'vitest';
import { previousPeriod, RANGE_PRESETS, resolveRangePreset } from '../../../../src/core/time/date-range-presets';

describe('resolveRangePreset', () => {
  const days = { today: '2026-03-29', first: '2025-11-02' };

  it('last N days runs from N days before today through today, as PostHog\'s -Nd', () => {
    expect(resolveRangePreset('last_7', days)).toEqual({ from: '2026-03-22', to: '2026-03-29' });
    expect(resolveRangePreset('last_30', days)).toEqual({ from: '2026-02-27', to: '2026-03-29' });
    expect(resolveRangePreset('last_180', days)).toEqual({ from: '2025-09-30', to: '2026-03-29' });
  });

  it('months and years follow the calendar, leap years included', () => {
    expect(resolveRangePreset('this_month', days)).toEqual({ from: '2026-03-01', to: '2026-03-29' });
    expect(resolveRangePreset('last_month', days)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(resolveRangePreset('last_month', { today: '2024-03-01', first: '2024-01-01' })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(resolveRangePreset('last_month', { today: '2026-01-15', first: '2025-01-01' })).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(resolveRangePreset('year_to_date', days)).toEqual({ from: '2026-01-01', to: '2026-03-29' });
  });

  it('all synced data starts at the first stored day and ends today, even when the data is in the future', () => {
    expect(resolveRangePreset('all', days)).toEqual({ from: '2025-11-02', to: '2026-03-29' });
    expect(resolveRangePreset('all', { today: '2026-03-29', first: '2026-04-02' })).toEqual({ from: '2026-03-29', to: '2026-03-29' });
  });

  it('every preset gives from ≤ to', () => {
    for (const preset of RANGE_PRESETS) {
      const range = resolveRangePreset(preset, { today: '2026-01-01', first: '2025-06-01' });
      expect(range.from <= range.to, preset).toBe(true);
    }
  });
});

describe('previousPeriod', () => {
  it('is as long as the range and ends the day before it', () => {
    expect(previousPeriod({ from: '2026-03-22', to: '2026-03-29' })).toEqual({ from: '2026-03-14', to: '2026-03-21' });
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-01' })).toEqual({ from: '2026-02-28', to: '2026-02-28' });
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-01-29', to: '2026-02-28' });
  });
});
