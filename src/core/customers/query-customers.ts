// A page of the customers list from the per-actor totals: filter by a search, sort, slice.
import { formatTimestamp } from '../events/timestamps';
import { compareCodeUnits } from '../profile/code-unit-order';
import type { CustomerAggregates } from './customer-aggregates';
import { customerEmail, customerName, searchNeedle } from './customer-text';

export type CustomerSort = 'last_seen' | 'activity' | 'signup';

export interface CustomerQuery {
  /** Case-insensitive substring of the id, the email or the name; blank = everyone. */
  search?: string;
  sort: CustomerSort;
  /** Default true: most recent, most active, latest signup first. */
  descending?: boolean;
  /** Default 50. */
  limit?: number;
  offset?: number;
}

export interface CustomerRow {
  actor: string;
  name: string;
  email: string | null;
  /** ISO UTC of the last stored event of any kind. */
  last_seen: string;
  /** Activity-role events over all stored events; null when the activity role is not configured. */
  activity_count: number | null;
  /** First signup event, ISO UTC; null when none (or the signup role is not configured). */
  signed_up_at: string | null;
  event_count: number;
}

export interface CustomerList {
  /** Customers matching the search, before limit/offset. */
  total: number;
  rows: CustomerRow[];
}

export const DEFAULT_CUSTOMER_LIMIT = 50;

export function queryCustomers(aggregates: CustomerAggregates, query: CustomerQuery): CustomerList {
  const { ids, eventCount, lastSeenMs, activityCount, signupMs } = aggregates;
  const needle = searchNeedle(query.search);
  const texts = needle === '' ? null : aggregates.searchTexts();
  const matches: number[] = [];
  for (let a = 0; a < ids.length; a++) {
    // An actor without events is an index entry, not a customer anyone has seen.
    if (eventCount[a] === 0) continue;
    if (!texts || texts[a]!.includes(needle)) matches.push(a);
  }

  const sign = query.descending === false ? 1 : -1;
  const byId = (a: number, b: number) => compareCodeUnits(ids[a]!, ids[b]!);
  let compare: (a: number, b: number) => number;
  if (query.sort === 'last_seen') compare = (a, b) => sign * (lastSeenMs[a]! - lastSeenMs[b]!) || byId(a, b);
  else if (query.sort === 'activity') compare = activityCount ? (a, b) => sign * (activityCount[a]! - activityCount[b]!) || byId(a, b) : byId;
  else if (query.sort === 'signup' && signupMs) {
    // Actors that never signed up go last in either direction: "no signup" is not an early or a late date.
    compare = (a, b) => {
      const x = signupMs[a]!;
      const y = signupMs[b]!;
      if (Number.isNaN(x) || Number.isNaN(y)) return Number(Number.isNaN(x)) - Number(Number.isNaN(y)) || byId(a, b);
      return sign * (x - y) || byId(a, b);
    };
  } else compare = byId;
  matches.sort(compare);

  const offset = wholeOrDefault(query.offset, 0);
  const limit = wholeOrDefault(query.limit, DEFAULT_CUSTOMER_LIMIT);
  return { total: matches.length, rows: matches.slice(offset, offset + limit).map((a) => rowOf(aggregates, a)) };
}

function wholeOrDefault(value: number | undefined, fallback: number): number {
  return value === undefined || !Number.isFinite(value) ? fallback : Math.max(Math.trunc(value), 0);
}

function rowOf(aggregates: CustomerAggregates, a: number): CustomerRow {
  const signup = aggregates.signupMs?.[a];
  return {
    actor: aggregates.ids[a]!,
    name: customerName(aggregates.actors, a),
    email: customerEmail(aggregates.actors, a),
    last_seen: formatTimestamp(aggregates.lastSeenMs[a]!),
    activity_count: aggregates.activityCount ? aggregates.activityCount[a]! : null,
    signed_up_at: signup === undefined || Number.isNaN(signup) ? null : formatTimestamp(signup),
    event_count: aggregates.eventCount[a]!,
  };
}
