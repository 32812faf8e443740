// Per event name, what the role editor's picker shows beside it: how many such events and distinct actors in the
// last 30 days, and when it was last seen at all. One pass over the hot columns; no properties are read.
import type { EventTable } from '../events/event-table';

export interface EventStat {
  event: string;
  /** Events with this name at or after `fromMs`. */
  volume: number;
  /** Distinct actors with this name at or after `fromMs`. */
  actors: number;
  /** The latest such event stored (epoch ms), at any time; NaN when none. */
  lastSeenMs: number;
}

export type HotColumns = Pick<EventTable, 'count' | 'timestamp' | 'event' | 'eventNames'>;

/**
 * `actor[i]` is event i's actor (-1 none), as resolveActors gives it. Events are in time order, so the window is a
 * suffix of the table and the last event of each name is its last seen. Sorted by volume, then last seen, then name.
 */
export function eventStats(table: HotColumns, actor: Int32Array, fromMs: number): EventStat[] {
  const names = table.eventNames.length;
  const volume = new Uint32Array(names);
  const lastSeen = new Float64Array(names).fill(NaN);
  // Distinct (name, actor) pairs in the window: a set of numbers, name * actorLimit + actor.
  let actorLimit = 1;
  for (let i = 0; i < table.count; i++) if (actor[i]! >= actorLimit) actorLimit = actor[i]! + 1;
  const pairs = new Set<number>();
  const actors = new Uint32Array(names);
  for (let i = 0; i < table.count; i++) {
    const code = table.event[i]!;
    lastSeen[code] = table.timestamp[i]!;
    if (table.timestamp[i]! < fromMs) continue;
    volume[code]!++;
    const a = actor[i]!;
    if (a < 0) continue;
    const pair = code * actorLimit + a;
    if (!pairs.has(pair)) {
      pairs.add(pair);
      actors[code]!++;
    }
  }
  const stats: EventStat[] = [];
  // Code 0 is an event without a name: nothing a matcher can name.
  for (let code = 1; code < names; code++) {
    if (lastSeen[code] !== lastSeen[code]) continue; // NaN: no stored event has this name
    stats.push({ event: table.eventNames[code]!, volume: volume[code]!, actors: actors[code]!, lastSeenMs: lastSeen[code]! });
  }
  return stats.sort((a, b) => b.volume - a.volume || b.lastSeenMs - a.lastSeenMs || (a.event < b.event ? -1 : a.event > b.event ? 1 : 0));
}
