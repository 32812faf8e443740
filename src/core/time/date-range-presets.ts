// The dashboard's date-range choices (PostHog's filter bar, posthog-customer-analytics.md §1) as day labels in the
// project timezone. Pure day arithmetic on labels: the caller supplies "today" and the stored data's first day,
// so the result never depends on the machine's timezone.
import { civilFromDays, daysFromCivil, dayLabel, parseDayLabel } from './civil-days';

export const RANGE_PRESETS = ['last_7', 'last_14', 'last_30', 'last_90', 'last_180', 'this_month', 'last_month', 'year_to_date', 'all'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export const RANGE_PRESET_LABELS: Record<RangePreset, string> = {
  last_7: 'Last 7 days',
  last_14: 'Last 14 days',
  last_30: 'Last 30 days',
  last_90: 'Last 90 days',
  last_180: 'Last 180 days',
  this_month: 'This month',
  last_month: 'Last month',
  year_to_date: 'Year to date',
  all: 'All synced data',
};

export interface DayRangeLabels {
  from: string;
  to: string;
}

export function isRangePreset(value: unknown): value is RangePreset {
  return typeof value === 'string' && (RANGE_PRESETS as readonly string[]).includes(value);
}

/**
 * "Last N days" is PostHog's `-Nd`: from N days before today through today. "All synced data" spans the stored
 * events; it ends today when the data ends earlier, so a stale store shows its quiet days instead of hiding them.
 */
export function resolveRangePreset(preset: RangePreset, days: { today: string; first: string }): DayRangeLabels {
  const today = parseDayLabel(days.today);
  const { year, month } = civilFromDays(today);
  const lastDays = (n: number) => ({ from: dayLabel(today - n), to: days.today });
  switch (preset) {
    case 'last_7': return lastDays(7);
    case 'last_14': return lastDays(14);
    case 'last_30': return lastDays(30);
    case 'last_90': return lastDays(90);
    case 'last_180': return lastDays(180);
    case 'this_month': return { from: dayLabel(daysFromCivil(year, month, 1)), to: days.today };
    case 'last_month': {
      const firstOfThis = daysFromCivil(year, month, 1);
      const previous = civilFromDays(firstOfThis - 1);
      return { from: dayLabel(daysFromCivil(previous.year, previous.month, 1)), to: dayLabel(firstOfThis - 1) };
    }
    case 'year_to_date': return { from: dayLabel(daysFromCivil(year, 1, 1)), to: days.today };
    case 'all': {
      const first = parseDayLabel(days.first);
      return { from: dayLabel(Math.min(first, today)), to: days.today };
    }
  }
}

/** The period of equal length that ends the day before `range` starts: what "compare" shows. */
export function previousPeriod(range: DayRangeLabels): DayRangeLabels {
  const from = parseDayLabel(range.from);
  const to = parseDayLabel(range.to);
  return { from: dayLabel(from - (to - from + 1)), to: dayLabel(from - 1) };
}
