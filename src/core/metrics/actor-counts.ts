// Counting distinct actors from a day index: over a span of days, and over a window that slides day by day.
import { entryStart, type ActorDays } from './actor-days';
import { previousRange, type DayRange } from './day-range';

/** A number for a window and for the window of the same length just before it (PostHog's "compare"). */
export interface PeriodValue {
  value: number;
  previous: number;
}

/** Actors with at least one entry on days lo..hi. */
export function countActorsBetween(index: ActorDays, actorCount: number, lo: number, hi: number): number {
  const seen = new Uint8Array(actorCount);
  let count = 0;
  const end = entryStart(index, hi + 1);
  for (let e = entryStart(index, lo); e < end; e++) {
    const actor = index.actors[e]!;
    if (seen[actor] === 0) {
      seen[actor] = 1;
      count++;
    }
  }
  return count;
}

/** Distinct actors in the range and in the previous range. */
export function countInRangeAndPrevious(index: ActorDays, actorCount: number, range: DayRange): PeriodValue {
  const previous = previousRange(range);
  return {
    value: countActorsBetween(index, actorCount, range.from, range.to),
    previous: countActorsBetween(index, actorCount, previous.from, previous.to),
  };
}

/**
 * For each day d of lo..hi, the actors with an entry on d − window + 1..d (window 1 = per day, 7 = WAU, 30 = MAU).
 * Each entry on day d covers the days d..d + window − 1 that the actor's previous entry did not already cover, so
 * one walk over the entries with a difference array gives every day's count: no per-day set unions.
 */
export function rollingActorCounts(index: ActorDays, window: number, lo: number, hi: number): number[] {
  const change = new Int32Array(hi - lo + 2);
  const lastDay = Math.min(hi, index.lastDay);
  for (let d = Math.max(lo - window + 1, index.firstDay); d <= lastDay; d++) {
    const end = entryStart(index, d + 1);
    // Clamped to lo..hi: what an entry covers before lo or after hi is not reported.
    const coveredUntil = Math.min(d + window, hi + 1) - lo;
    const earliest = Math.max(d, lo);
    for (let e = entryStart(index, d); e < end; e++) {
      const previousEnd = index.previousDay[e]! + window;
      const coveredFrom = (previousEnd > earliest ? previousEnd : earliest) - lo;
      if (coveredFrom >= coveredUntil) continue;
      change[coveredFrom]!++;
      change[coveredUntil]!--;
    }
  }
  const counts = new Array<number>(hi - lo + 1);
  let running = 0;
  for (let i = 0; i < counts.length; i++) counts[i] = running += change[i]!;
  return counts;
}
