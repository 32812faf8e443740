// Per-actor totals for the customers list, from ONE pass over the events (typed arrays only, no JSON): last seen,
// events, activity events, first signup. Built once per (events, roles) and kept, so that each search or sort
// the user types costs only a filter and a sort over the actors, not another pass over a million events.
import type { ActorIndex } from '../engine/actors';
import type { RoleName } from '../engine/prepared-data';
import type { EventTable } from '../events/event-table';
import { searchTexts } from './customer-text';

export interface CustomersInput {
  table: EventTable;
  /** Persons and groups come from here (its `persons` or `groups` records). */
  actors: ActorIndex;
  /** Per role, 1 for each table row that plays it; null = the role is not configured. */
  roles: Record<RoleName, Uint8Array | null>;
}

export interface CustomerAggregates {
  actors: ActorIndex;
  ids: string[];
  /** NaN for an actor without events (resolveActors may index a distinct_id whose events all name a person). */
  lastSeenMs: Float64Array;
  eventCount: Int32Array;
  /** null when the activity role is not configured. */
  activityCount: Int32Array | null;
  /** First signup event (epoch ms), NaN when none; null when the signup role is not configured. */
  signupMs: Float64Array | null;
  /**
   * The lower-cased texts a search matches, built on the first search: a few strings per actor cost more than
   * the pass over the events, and a list without a search never needs them (its rows' names are made per row).
   */
  searchTexts(): string[];
}

export function aggregateCustomers({ table, actors, roles }: CustomersInput): CustomerAggregates {
  const actorCount = actors.ids.length;
  const lastSeenMs = new Float64Array(actorCount).fill(NaN);
  const eventCount = new Int32Array(actorCount);
  const activity = roles.activity;
  const signup = roles.signup;
  const activityCount = activity ? new Int32Array(actorCount) : null;
  const signupMs = signup ? new Float64Array(actorCount).fill(NaN) : null;
  const { actor } = actors;
  const { timestamp } = table;
  for (let i = 0; i < table.count; i++) {
    const a = actor[i]!;
    if (a < 0) continue;
    const time = timestamp[i]!;
    eventCount[a]!++;
    // Events come in time order: the last one seen is the latest, the first signup seen the earliest.
    lastSeenMs[a] = time;
    if (activityCount && activity![i] === 1) activityCount[a]!++;
    if (signupMs && signup![i] === 1 && Number.isNaN(signupMs[a]!)) signupMs[a] = time;
  }
  let texts: string[] | undefined;
  return {
    actors,
    ids: actors.ids,
    lastSeenMs,
    eventCount,
    activityCount,
    signupMs,
    searchTexts: () => (texts ??= searchTexts(actors)),
  };
}
