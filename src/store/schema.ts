// The one typed schema of the extension's IndexedDB database. Events are stored column by column in chunks (one
// record per ≤50k events), never one record per event: that is ~100× slower to write and read (DESIGN §6).
import type { DBSchema } from 'idb';

/** Per-chunk dictionary coding of a text column: `values[index[i]]` is row i's text; index 0 / values[0] '' = none. */
export interface DictionaryColumn {
  values: string[];
  /** Uint16Array while `values` has fewer than 65,536 entries, else Uint32Array. */
  index: Uint16Array | Uint32Array;
}

/** The hot columns of up to 50k events, rows sorted by (timestamp, uuid). Self-contained: no global dictionaries. */
export interface ChunkRecord {
  /** Chunk sequence number: the key, shared with its `chunkProperties` record. */
  seq: number;
  count: number;
  minTs: number;
  maxTs: number;
  /** Epoch milliseconds. */
  timestamp: Float64Array;
  /** 16 bytes per event, in the byte order of the canonical text. */
  uuid: Uint8Array;
  event: DictionaryColumn;
  distinctId: DictionaryColumn;
  personId: DictionaryColumn;
  sessionId: DictionaryColumn;
  /** One entry per group slot ($group_0..4); null when no event of the chunk has a value in that slot. */
  groups: (DictionaryColumn | null)[];
}

/** The cold part of a chunk: properties JSON and elements chains, compressed together. */
export interface ChunkPropertiesRecord {
  seq: number;
  /** deflate-raw of the UTF-8 text: every row's properties, then every row's elements chain, in row order. */
  compressed: Uint8Array;
  /**
   * 2·count+1 offsets (UTF-16 code units) into the decompressed text: row i's properties are
   * [offsets[i], offsets[i+1]), its elements chain [offsets[count+i], offsets[count+i+1]).
   */
  offsets: Uint32Array;
}

export interface PersonRecord {
  id: string;
  distinct_ids: string[];
  properties: Record<string, unknown>;
  /** Epoch milliseconds. */
  created_at: number;
}

/** distinct_id → person id. A store of its own so that after a merge the latest person written wins. */
export interface DistinctIdRecord {
  distinctId: string;
  personId: string;
}

export interface GroupRecord {
  group_type_index: number;
  group_key: string;
  group_properties: Record<string, unknown>;
  /** Epoch milliseconds. */
  created_at: number;
}

/** Index key of `chunks.summary`: read with a key cursor, it describes every chunk without loading its columns. */
export type ChunkSummaryKey = [maxTs: number, minTs: number, count: number];

export interface AnalyticsSchema extends DBSchema {
  chunks: { key: number; value: ChunkRecord; indexes: { summary: ChunkSummaryKey } };
  chunkProperties: { key: number; value: ChunkPropertiesRecord };
  persons: { key: string; value: PersonRecord };
  distinctIds: { key: string; value: DistinctIdRecord };
  groups: { key: [number, string]; value: GroupRecord };
  /** Sync state, project info, catalog: small structured values under string keys. */
  meta: { key: string; value: unknown };
}

export const STORE_NAMES = ['chunks', 'chunkProperties', 'persons', 'distinctIds', 'groups', 'meta'] as const;
