// What every metric reads: the events of one dashboard computation, already filtered, matched and bucketed.
// Built once per (stored events, role config, B2C/B2B, test-account setting) by prepare.ts; the metrics are pure
// functions of it. Columns, not objects: 1M events must stay a few tens of MB.

export const ROLE_NAMES = ['activity', 'signup_pageview', 'signup', 'subscription', 'payment', 'support_ticket'] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

/** Local calendar days in the project timezone, numbered as days since 1970-01-01 (local). */
export interface Calendar {
  timezone: string;
  weekStart: 'sunday' | 'monday';
  /** The local day of an instant (epoch ms). */
  dayOf(ms: number): number;
  /** The instant the local day begins (epoch ms; DST-aware: a day may last 23 or 25 hours). */
  dayStartMs(day: number): number;
  /** 'YYYY-MM-DD' of a day number. */
  label(day: number): string;
  /** The day number of 'YYYY-MM-DD', or NaN when it is not such a date. */
  parse(date: string): number;
  /** The first day (per weekStart) of the week holding `day`. */
  weekStartOf(day: number): number;
}

export interface PreparedData {
  calendar: Calendar;
  /** Events kept: test accounts removed (when filtered), events without an actor in B2B removed, duplicates removed. */
  count: number;
  /** Epoch ms, ascending; ties in uuid order. */
  timestamp: Float64Array;
  /** Local day number of each event. */
  day: Int32Array;
  /** Actor index of each event: a person in B2C, a group key in B2B. */
  actor: Int32Array;
  /** Actor index → its id (person id, or the distinct_id when no person is known; a group key in B2B). */
  actorIds: string[];
  /** Actor index → what a table shows: person email, else name; a group's name; else the id. */
  actorNames: string[];
  /**
   * Actor index → first seen (epoch ms): the earlier of its created_at and its first stored event of any kind
   * (DESIGN §5 lifecycle); NaN when unknown.
   */
  actorFirstSeenMs: Float64Array;
  /** Session index of each event (0 = none) and the session ids. */
  session: Uint32Array;
  sessionIds: string[];
  /**
   * For each role: 1 where the event plays it. `null` for a role that is not configured (missing, [] or {}); the
   * activity role is never null (it defaults to $pageview).
   */
  roles: Record<RoleName, Uint8Array | null>;
}
