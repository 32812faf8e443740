// The dashboard's date range as local day numbers (DESIGN §5): whole days, both ends included.
import type { Calendar } from '../engine/prepared-data';
import { UserError } from '../user-error';

export interface DayRange {
  /** First local day, included. */
  from: number;
  /** Last local day, included. */
  to: number;
}

/** A range from day numbers or 'YYYY-MM-DD' texts; an unreadable date or `from` after `to` is the user's error. */
export function resolveRange(calendar: Calendar, from: number | string, to: number | string): DayRange {
  const range = { from: toDay(calendar, from, 'from'), to: toDay(calendar, to, 'to') };
  if (range.from > range.to) {
    throw new UserError(
      'bad_range',
      `The range starts (${calendar.label(range.from)}) after it ends (${calendar.label(range.to)}): pick a start on or before the end.`,
    );
  }
  return range;
}

function toDay(calendar: Calendar, date: number | string, which: 'from' | 'to'): number {
  const day = typeof date === 'number' ? date : calendar.parse(date);
  if (!Number.isInteger(day)) {
    throw new UserError('bad_date', `The range's "${which}" date (${String(date)}) is not a date: write it as YYYY-MM-DD.`);
  }
  return day;
}

export function dayCount(range: DayRange): number {
  return range.to - range.from + 1;
}

/** The window of the same number of days just before `from` (PostHog's "compare to previous period"). */
export function previousRange(range: DayRange): DayRange {
  const length = dayCount(range);
  return { from: range.from - length, to: range.from - 1 };
}

/** The label of every day of the range, in order. */
export function dayLabels(calendar: Calendar, range: DayRange): string[] {
  const labels: string[] = [];
  for (let day = range.from; day <= range.to; day++) labels.push(calendar.label(day));
  return labels;
}
