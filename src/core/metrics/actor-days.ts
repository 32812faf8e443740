// The index every per-day tile reads instead of the events: for one role, which actors had such an event on each
// local day. One pass over the time-sorted events builds it; its size grows with actors × days, not with events,
// and a tile over a year of days walks a few hundred thousand entries instead of millions of events.

/** "No day": far below any real day, so that `NO_DAY + window` still ends before every window (numbers are doubles). */
export const NO_DAY = -2_147_483_648;

export interface ActorDays {
  /** The first indexed day: the day of the first event read (or `lastDay + 1` when there is none). */
  firstDay: number;
  /** The last indexed day (the range's `to`): later events are not indexed. */
  lastDay: number;
  /** Entries of day `firstDay + i` are `dayStarts[i]` up to `dayStarts[i + 1]`; length `lastDay − firstDay + 2`. */
  dayStarts: Int32Array;
  /** Entry → actor index. Within a day, each actor appears once, in the order of its first event that day. */
  actors: Int32Array;
  /** Entry → how many of the role's events the actor had that day. */
  eventCounts: Int32Array;
  /** Entry → the time (epoch ms) of the actor's last such event that day. */
  lastEventMs: Float64Array;
  /**
   * Entry → the actor's previous day with an entry, or NO_DAY. Rolling windows and week-over-week tiles read the gap
   * from here, walking the entries in order instead of jumping around per-actor arrays.
   */
  previousDay: Int32Array;
  /** Actor index → the first day it had the role's event (within the indexed days), or NO_DAY. */
  firstDayOfActor: Int32Array;
}

/** Index of the first entry on or after `day`: the entries of days lo..hi are `entryStart(lo)` up to `entryStart(hi + 1)`. */
export function entryStart(index: ActorDays, day: number): number {
  if (day <= index.firstDay) return 0;
  if (day > index.lastDay) return index.actors.length;
  return index.dayStarts[day - index.firstDay]!;
}

/**
 * Indexes the events `0..end` that play a role (`mask[i] === 1`). `day` must never decrease (events are sorted by
 * time), which is what lets one forward pass find each (actor, day) pair once.
 */
export function buildActorDays(
  mask: Uint8Array,
  day: Int32Array,
  actor: Int32Array,
  timestamp: Float64Array,
  end: number,
  actorCount: number,
  lastDay: number,
): ActorDays {
  const firstDay = end > 0 ? Math.min(day[0]!, lastDay + 1) : lastDay + 1;
  const dayStarts = new Int32Array(lastDay - firstDay + 2);
  const entries = new GrowingEntries();
  const lastDayOfActor = new Int32Array(actorCount).fill(NO_DAY);
  const lastEntryOfActor = new Int32Array(actorCount);
  const firstDayOfActor = new Int32Array(actorCount).fill(NO_DAY);
  let nextSlot = 0;
  for (let i = 0; i < end; i++) {
    if (mask[i] !== 1) continue;
    const d = day[i]!;
    const a = actor[i]!;
    const t = timestamp[i]!;
    while (firstDay + nextSlot <= d) dayStarts[nextSlot++] = entries.length;
    if (lastDayOfActor[a] === d) {
      const entry = lastEntryOfActor[a]!;
      entries.counts[entry]!++;
      entries.lastMs[entry] = t;
      continue;
    }
    const previousDay = lastDayOfActor[a]!;
    if (previousDay === NO_DAY) firstDayOfActor[a] = d;
    lastDayOfActor[a] = d;
    lastEntryOfActor[a] = entries.push(a, t, previousDay);
  }
  while (nextSlot < dayStarts.length) dayStarts[nextSlot++] = entries.length;
  return {
    firstDay,
    lastDay,
    dayStarts,
    actors: entries.actors.subarray(0, entries.length),
    eventCounts: entries.counts.subarray(0, entries.length),
    lastEventMs: entries.lastMs.subarray(0, entries.length),
    previousDay: entries.previousDay.subarray(0, entries.length),
    firstDayOfActor,
  };
}

/** Entry columns that double when full, so the index needs no count of entries beforehand. */
class GrowingEntries {
  length = 0;
  actors = new Int32Array(1024);
  counts = new Int32Array(1024);
  lastMs = new Float64Array(1024);
  previousDay = new Int32Array(1024);

  push(actor: number, ms: number, previousDay: number): number {
    if (this.length === this.actors.length) this.grow();
    const entry = this.length++;
    this.actors[entry] = actor;
    this.counts[entry] = 1;
    this.lastMs[entry] = ms;
    this.previousDay[entry] = previousDay;
    return entry;
  }

  private grow(): void {
    this.actors = grown(this.actors, new Int32Array(this.actors.length * 2));
    this.counts = grown(this.counts, new Int32Array(this.counts.length * 2));
    this.lastMs = grown(this.lastMs, new Float64Array(this.lastMs.length * 2));
    this.previousDay = grown(this.previousDay, new Int32Array(this.previousDay.length * 2));
  }
}

function grown<T extends Int32Array | Float64Array>(old: T, larger: T): T {
  larger.set(old);
  return larger;
}
