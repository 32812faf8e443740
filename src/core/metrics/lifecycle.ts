// Tile `lifecycle`: PostHog's weekly lifecycle of active actors (DESIGN §5), for each week that meets the range,
// with activity over whole weeks up to `to` (the first week's "last week" is read from the stored events before it).
// Each actor active in a week is in exactly one of new / returning / resurrecting; dormant counts last week's
// actors missing this week, as a negative number, so that returning + |dormant| = last week's active.
import { entryStart, NO_DAY } from './actor-days';
import { activityDays, type MetricInput } from './metric-input';

export interface LifecycleTile {
  weeks: string[];
  new: number[];
  returning: number[];
  resurrecting: number[];
  /** ≤ 0. */
  dormant: number[];
}

export function lifecycle(input: MetricInput): LifecycleTile {
  const activity = activityDays(input);
  const { calendar } = input;
  const { from, to } = input.range;
  const firstSeenMs = input.data.actorFirstSeenMs;
  // Slot 0 is the week before the first reported one; slot w + 1 is reported week w.
  const firstWeek = calendar.weekStartOf(from) - 7;
  const slots = Math.floor((to - firstWeek) / 7) + 1;
  const slotStartMs = Array.from({ length: slots + 1 }, (_, slot) => calendar.dayStartMs(firstWeek + 7 * slot));
  const active = new Array<number>(slots).fill(0);
  const fresh = new Array<number>(slots).fill(0);
  const returning = new Array<number>(slots).fill(0);
  const resurrecting = new Array<number>(slots).fill(0);
  const slotOf = (day: number): number => Math.floor((day - firstWeek) / 7);
  for (let d = firstWeek; d <= to; d++) {
    const slot = slotOf(d);
    const end = entryStart(activity, d + 1);
    for (let e = entryStart(activity, d); e < end; e++) {
      const previousDay = activity.previousDay[e]!;
      const previousSlot = previousDay === NO_DAY ? NO_DAY : slotOf(previousDay);
      if (previousSlot === slot) continue; // counted on an earlier day of this week
      active[slot]!++;
      const firstSeen = firstSeenMs[activity.actors[e]!]!;
      // Active last week wins over "first seen this week": first seen is never after the first event, so the two
      // only meet in inconsistent data, and this keeps every actor in one bucket. NaN (unknown) is never new.
      if (previousSlot === slot - 1) returning[slot]!++;
      else if (firstSeen >= slotStartMs[slot]! && firstSeen < slotStartMs[slot + 1]!) fresh[slot]!++;
      else resurrecting[slot]!++;
    }
  }
  const reported = (values: number[]): number[] => values.slice(1);
  return {
    weeks: Array.from({ length: slots - 1 }, (_, w) => calendar.label(firstWeek + 7 * (w + 1))),
    new: reported(fresh),
    returning: reported(returning),
    resurrecting: reported(resurrecting),
    dormant: reported(returning.map((back, slot) => (slot === 0 ? 0 : back - active[slot - 1]!))),
  };
}
