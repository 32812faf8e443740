// What every tile function receives: the prepared events, the range, and the per-role day indexes, each built once
// on first use and shared by the tiles that read it.
import type { Calendar, PreparedData, RoleName } from '../engine/prepared-data';
import { buildActorDays, type ActorDays } from './actor-days';
import type { DayRange } from './day-range';

export interface MetricInput {
  data: PreparedData;
  calendar: Calendar;
  range: DayRange;
  actorCount: number;
  /** Local day of each event, never decreasing (see `monotonicDays`). */
  day: Int32Array;
  /** Index of the first event after `to`: nothing from there on is read, except a funnel's second step. */
  end: number;
  /** The day index of a role's events up to `to`; null when the role is not configured. */
  actorDays(role: RoleName): ActorDays | null;
}

export function createMetricInput(data: PreparedData, range: DayRange): MetricInput {
  const day = monotonicDays(data.day, data.count);
  const end = firstEventOnOrAfter(day, data.count, range.to + 1);
  const actorCount = data.actorIds.length;
  const built = new Map<RoleName, ActorDays | null>();
  return {
    data,
    calendar: data.calendar,
    range,
    actorCount,
    day,
    end,
    actorDays(role) {
      let index = built.get(role);
      if (index === undefined) {
        const mask = data.roles[role];
        index = mask ? buildActorDays(mask, day, data.actor, data.timestamp, end, actorCount, range.to) : null;
        built.set(role, index);
      }
      return index;
    },
  };
}

/** The activity index, which is never null: the activity role defaults to $pageview (DESIGN §5). */
export function activityDays(input: MetricInput): ActorDays {
  const index = input.actorDays('activity');
  if (!index) throw new Error('PreparedData has no activity role: it must default to $pageview');
  return index;
}

/** The first event index whose day is `day` or later (`count` when none). */
export function firstEventOnOrAfter(days: Int32Array, count: number, day: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (days[middle]! < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Time-sorted events have non-decreasing local days, except where clocks fall back across midnight (a transition
 * shortly after 00:00 local, such as 00:30 → 23:30: rare, mostly historical), whose repeated minutes belong to the
 * day before. Every tile relies on sorted days, so those few events are moved to the later day (a running maximum);
 * sorted days are returned as they are.
 */
export function monotonicDays(days: Int32Array, count: number): Int32Array {
  let i = 1;
  while (i < count && days[i]! >= days[i - 1]!) i++;
  if (i >= count) return days;
  const fixed = days.slice(0, count);
  for (; i < count; i++) if (fixed[i]! < fixed[i - 1]!) fixed[i] = fixed[i - 1]!;
  return fixed;
}
