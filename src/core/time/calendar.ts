// The project's calendar: which local day an instant falls on, and when a local day begins, in an IANA time zone.
// dayOf runs once per event (millions of times), so it keeps the last run of constant UTC offset it used and
// only asks ZoneOffsets when an instant falls outside it: events come in time order, so that is once or twice a
// year of data.
import type { Calendar } from '../engine/prepared-data';
import { UserError } from '../user-error';
import { dayLabel, MS_PER_DAY, parseDayLabel, weekStartDay } from './civil-days';
import { isKnownTimeZone } from './time-zone-name';
import { ZoneOffsets, type OffsetRun } from './zone-offsets';

// A local day begins within this distance of its UTC midnight: offsets stay within ±15 h, a skipped day
// (Samoa, 2011-12-30) moves it by one more day.
const SEARCH_MARGIN_MS = 2 * MS_PER_DAY;
// A local copy: an imported binding is read through its module cell on every call.
const DAY_MS = 86_400_000;

export function createCalendar(timezone: string, weekStart: 'sunday' | 'monday'): Calendar {
  if (!isKnownTimeZone(timezone)) {
    throw new UserError('bad_timezone', `"${String(timezone)}" is not a time zone this system knows. Use an IANA name such as "Europe/Berlin", "America/New_York" or "UTC".`);
  }
  const offsets = new ZoneOffsets(timezone);
  let hotStart = 0;
  let hotEnd = 0;
  let hotOffset = 0;

  const dayOfSlow = (ms: number): number => {
    if (!Number.isFinite(ms)) return NaN;
    const run = offsets.runAt(ms);
    hotStart = run.start;
    hotEnd = run.end;
    hotOffset = run.offset;
    return Math.floor((ms + run.offset) / MS_PER_DAY);
  };

  const calendar: Calendar = {
    timezone,
    weekStart,
    dayOf(ms: number): number {
      if (ms >= hotStart && ms < hotEnd) return Math.floor((ms + hotOffset) / DAY_MS);
      return dayOfSlow(ms);
    },
    dayStartMs(day: number): number {
      if (!Number.isFinite(day)) return NaN;
      return firstInstantOfDay(offsets, day);
    },
    label: dayLabel,
    parse: parseDayLabel,
    weekStartOf(day: number): number {
      return weekStartDay(day, weekStart);
    },
  };
  // Take the slow path once now, so the call site in dayOf has type feedback: otherwise the optimised per-event
  // loop of the first caller deoptimises at its first run change (measured: 1M events 22 ms → 13 ms cold).
  calendar.dayOf(NaN);
  return calendar;
}

/**
 * The first instant whose local day is `day` or later. Within one run of constant offset o the local day only
 * grows, so that run's first such instant is max(run start, local midnight − o); the answer is the least of those
 * over the runs near the day. This also covers a midnight that does not exist (a DST gap at 00:00: the day begins
 * at the transition) and a day that does not exist (the next day's start).
 */
function firstInstantOfDay(offsets: ZoneOffsets, day: number): number {
  const localMidnight = day * MS_PER_DAY;
  const last = localMidnight + SEARCH_MARGIN_MS;
  let best = Infinity;
  for (let run: OffsetRun = offsets.runAt(localMidnight - SEARCH_MARGIN_MS); ; run = offsets.runAt(run.end)) {
    const candidate = Math.max(run.start, localMidnight - run.offset);
    if (candidate < run.end && candidate < best) best = candidate;
    if (run.end >= last) return best;
  }
}
