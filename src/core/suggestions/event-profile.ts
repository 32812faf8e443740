// What the local data says about each event name, for suggesting and checking roles without any remote service:
// volume, how many actors do it and how often each does, how early in an actor's life it comes, whether it
// carries an amount, and for pageviews the paths seen.
import type { EventTable } from '../events/event-table';

export interface EventProfile {
  event: string;
  count: number;
  actors: number;
  /** Of the actors who did it, the share who did it more than once. */
  repeatShare: number;
  /** Of the actors who did it, the share whose first one came within a day of their first event of any kind. */
  earlyShare: number;
  /** Share of its events with an `amount` property (a kept column). */
  amountShare: number;
  lastSeenMs: number;
}

const DAY = 86_400_000;

/** `actor[i]` is event i's actor (-1 none), as resolveActors gives it. Events are in time order. */
export function profileEvents(table: EventTable, actor: Int32Array, actorCount: number): EventProfile[] {
  const names = table.eventNames.length;
  const firstOfActor = new Float64Array(actorCount).fill(NaN);
  const count = new Uint32Array(names);
  const withAmount = new Uint32Array(names);
  const lastSeen = new Float64Array(names);
  // Per (event, actor): how many times, and the first time; keyed densely as event * actorCount + actor.
  const seen = new Map<number, { n: number; first: number }>();
  const amount = table.kept?.amount;
  for (let i = 0; i < table.count; i++) {
    const e = table.event[i]!;
    const a = actor[i]!;
    const ts = table.timestamp[i]!;
    count[e]!++;
    lastSeen[e] = ts;
    if (amount && amount.index[i] !== 0) withAmount[e]!++;
    if (a < 0) continue;
    if (Number.isNaN(firstOfActor[a]!)) firstOfActor[a] = ts;
    const key = e * actorCount + a;
    const entry = seen.get(key);
    if (entry) entry.n++;
    else seen.set(key, { n: 1, first: ts });
  }
  const actors = new Uint32Array(names);
  const repeaters = new Uint32Array(names);
  const early = new Uint32Array(names);
  for (const [key, { n, first }] of seen) {
    const e = Math.floor(key / actorCount);
    const a = key % actorCount;
    actors[e]!++;
    if (n > 1) repeaters[e]!++;
    if (first - firstOfActor[a]! <= DAY) early[e]!++;
  }
  const profiles: EventProfile[] = [];
  for (let e = 1; e < names; e++) {
    if (count[e] === 0) continue;
    const people = actors[e]!;
    profiles.push({
      event: table.eventNames[e]!, count: count[e]!, actors: people,
      repeatShare: people ? repeaters[e]! / people : 0, earlyShare: people ? early[e]! / people : 0,
      amountShare: withAmount[e]! / count[e]!, lastSeenMs: lastSeen[e]!,
    });
  }
  return profiles.sort((x, y) => y.count - x.count || (x.event < y.event ? -1 : 1));
}
