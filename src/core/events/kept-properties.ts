// The event properties kept as columns beside the hot ones, so that roles, sessions, errors, tickets and filters
// can read them without parsing every event's properties JSON. The raw JSON is still stored whole for the
// profile's event detail. Each value is kept as text: a string as itself, any other JSON value as its JSON text
// (12 → "12", true → "true", ["TypeError"] → '["TypeError"]'), null when the key is missing or null — what
// HogQL's `properties.$x` returns, so the sync can SELECT them and no event's JSON is parsed at ingest.
//
// Why these and no more (each one costs a column per chunk wherever it has values):
// - `$current_url`, `$pathname`, `$host`: action steps match on the URL; page filters and test-account filters
//   (`$host` not localhost) use them; the profile's activity history shows the page.
// - `$exception_fingerprint`, `$exception_types`, `$exception_values` (set by PostHog's error tracking) and the
//   older SDKs' flat `$exception_type`, `$exception_message`: the profile groups errors by fingerprint, else by
//   type + message (DESIGN §5), supporting both formats.
// - `ticket_id`, `subject`, `status`: support tickets with their subject and status, updates joined to the
//   ticket they change.
// - `plan`, `amount`, `currency`: what a subscription or payment milestone shows in the profile.
// Anything else (a user's own filter on another key) is read from the raw properties.

export const KEPT_PROPERTIES = [
  '$current_url',
  '$pathname',
  '$host',
  '$exception_fingerprint',
  '$exception_types',
  '$exception_values',
  '$exception_type',
  '$exception_message',
  'ticket_id',
  'subject',
  'status',
  'plan',
  'amount',
  'currency',
] as const;

export type KeptProperty = (typeof KEPT_PROPERTIES)[number];

/** Kept values of a batch, by property key: column[i] is event i's value as text, null when it has none. */
export type KeptValues = Record<string, (string | null)[]>;

/**
 * A kept property of stored events, dictionary-coded: `values[index[i]]` is event i's value. Index 0 means the
 * event has no value (missing or null); `values[0]` is '' then. A real '' value has an index of its own.
 */
export interface KeptColumn {
  index: Uint32Array;
  values: string[];
}

/** The text kept for a property value (see the top of this file). */
export function keptText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? null;
}

/** One empty column per kept property. */
export function emptyKeptValues(): KeptValues {
  const kept: KeptValues = {};
  for (const key of KEPT_PROPERTIES) kept[key] = [];
  return kept;
}
