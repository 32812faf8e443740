// Usage as PostHog's profile shows it (usage_metrics_query_runner): activity events in the last N days against
// the N days before, and the change in percent, null when the earlier window is empty. Windows are N × 24 h
// ending at `now` (not calendar days: the profile has no timezone and a rolling window reads the same everywhere).
import type { EventTable } from '../events/event-table';

export const USAGE_WINDOW_DAYS = [7, 30, 90] as const;

const DAY_MS = 86_400_000;

export interface UsageWindow {
  days: (typeof USAGE_WINDOW_DAYS)[number];
  /** Activity events in (now − days, now]. */
  value: number;
  /** Activity events in (now − 2·days, now − days]. */
  previous: number;
  /** (value − previous) / previous × 100; null when previous is 0. */
  change_percent: number | null;
}

export function usageWindows(table: EventTable, rows: Int32Array, activity: Uint8Array, nowMs: number): UsageWindow[] {
  return USAGE_WINDOW_DAYS.map((days) => {
    const start = nowMs - days * DAY_MS;
    const previousStart = start - days * DAY_MS;
    let value = 0;
    let previous = 0;
    for (const row of rows) {
      if (activity[row] !== 1) continue;
      const time = table.timestamp[row]!;
      if (time > nowMs || time <= previousStart) continue;
      if (time > start) value++;
      else previous++;
    }
    return { days, value, previous, change_percent: previous === 0 ? null : ((value - previous) / previous) * 100 };
  });
}
