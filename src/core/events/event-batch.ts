// Events on their way into storage, column by column: what the PostHog client, the file importers and the CLI
// produce, and what the store encodes into chunks. Columns, not row objects, because a million row objects
// cost ~600 MB of heap and most of the ingest time.
import { emptyKeptValues, type KeptValues } from './kept-properties';

export const GROUP_SLOTS = 5;

export interface EventBatch {
  length: number;
  /** Lowercase canonical UUID text. */
  uuid: string[];
  event: string[];
  /** Epoch milliseconds, UTC, truncated. */
  timestamp: Float64Array;
  distinctId: string[];
  /** null when the source gave none; the actor is then found through the person's distinct_ids. */
  personId: (string | null)[];
  /** null when none ('' and null both mean none). */
  sessionId: (string | null)[];
  /** groups[N][i] is `$group_N` of event i, null when none. */
  groups: (string | null)[][];
  /** The properties as JSON text, exactly as received (an object is stringified once). */
  properties: string[];
  /** '' when none. */
  elementsChain: string[];
  /**
   * The kept properties (kept-properties.ts), by key: kept[key][i] is event i's value as text, null when none.
   * A key that is absent, or an array shorter than `length`, means none for those events.
   */
  kept: KeptValues;
}

export function emptyBatch(capacity = 0): EventBatch {
  return {
    length: 0,
    uuid: [],
    event: [],
    timestamp: new Float64Array(capacity),
    distinctId: [],
    personId: [],
    sessionId: [],
    groups: Array.from({ length: GROUP_SLOTS }, () => []),
    properties: [],
    elementsChain: [],
    kept: emptyKeptValues(),
  };
}
