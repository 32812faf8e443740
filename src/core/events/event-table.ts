// Stored events as the engine reads them, column by column (the store's `readEvents(db, {properties: true})`
// returns exactly this shape; the CLI builds it from files). Sorted by (timestamp, uuid). In every coded column
// index 0 means none and its dictionary's [0] is ''.
import type { KeptColumn } from './kept-properties';

export interface EventTable {
  count: number;
  /** Epoch milliseconds, ascending. */
  timestamp: Float64Array;
  /** 16 bytes per event. */
  uuid: Uint8Array;
  event: Uint32Array;
  eventNames: string[];
  person: Uint32Array;
  personIds: string[];
  distinct: Uint32Array;
  distinctIds: string[];
  session: Uint32Array;
  sessionIds: string[];
  /** groups[N][i] indexes groupKeys[N]: the `$group_N` key of event i. */
  groups: Uint32Array[];
  groupKeys: string[][];
  /** JSON text of each event's properties. */
  properties: string[];
  /** '' when none. */
  elementsChain: string[];
  /** The kept properties (kept-properties.ts) by key, when the source has them (`readEvents(db, {kept})`). */
  kept?: Record<string, KeptColumn>;
}

/** A person as PostHog returns one (created_at in epoch ms). */
export interface PersonInfo {
  id: string;
  distinct_ids: string[];
  properties: Record<string, unknown>;
  created_at: number;
}

/** A group as PostHog returns one (created_at in epoch ms). */
export interface GroupInfo {
  group_type_index: number;
  group_key: string;
  group_properties: Record<string, unknown>;
  created_at: number;
}
