// The one typed schema of the extension's IndexedDB database. Events are stored column by column in chunks (one
// record per ≤50k events), never one record per event: that is ~100× slower to write and read (DESIGN §6).
import type { DBSchema } from 'idb';

/** Row numbers or dictionary indexes, in the narrowest array that holds them. */
export type CodedIndex = Uint8Array | Uint16Array | Uint32Array;

/**
 * Per-chunk dictionary coding of a text column. The dictionary is `values` followed by `uuids`: index k < values.length
 * is `values[k]`, index values.length + j is the UUID in uuids[16j, 16j + 16) (texts shaped as lowercase canonical
 * UUIDs — session ids, person ids, anonymous distinct ids — are kept as their 16 bytes: less than half the bytes, and
 * merged by a hash of four words on read). Index 0 / values[0] '' = none.
 */
export interface DictionaryColumn {
  values: string[];
  /** 16 bytes per UUID-shaped text; absent when there are none. */
  uuids?: Uint8Array;
  /**
   * Row i's index: Uint8Array while the dictionary has < 256 entries, Uint16Array < 65,536, else Uint32Array. When
   * the column is derived (`derivedFrom`), the indexes of the `rows` listed only.
   */
  index: CodedIndex;
  /**
   * Set when the column follows another column of the chunk (a distinct_id's person, a session's distinct_id or
   * group): row i's index is `table[index of row i in derivedFrom]`, except for the rows in `rows`, whose indexes
   * are in `index`. `distinctId` derives only from `sessionId`, which is never derived.
   */
  derivedFrom?: DerivableColumn;
  table?: CodedIndex;
  rows?: Uint16Array | Uint32Array;
}

/** The hot columns others may be derived from. */
export type DerivableColumn = 'sessionId' | 'distinctId';

/**
 * The hot columns of up to 50k events, rows sorted by (timestamp, uuid). Self-contained: no global dictionaries.
 * Version 2 of the format (schema version 2): timestamps as gaps, 1-byte indexes, UUID dictionaries as bytes.
 */
export interface ChunkRecord {
  /** Chunk sequence number: the key, shared with its `chunkProperties` record and its `chunkKept` records. */
  seq: number;
  count: number;
  minTs: number;
  maxTs: number;
  /**
   * The gaps between rows (ms; row i's time is minTs + the gaps of rows 0..i, the gap of row 0 being 0), read with
   * `chunkTimestamps` (chunk-columns.ts). Uint16Array: the low 16 bits of each gap, 2 bytes a row, and the high
   * bits of the few gaps of 65.5 s or more in `timestampHigh`. Uint32Array: whole gaps, when many are that long.
   * Float64Array: epoch ms, when a gap exceeds 2^32 ms (49 days).
   */
  timestamp: Float64Array | Uint32Array | Uint16Array;
  /** With a Uint16Array `timestamp`: the rows (ascending) whose gap is ≥ 65,536 ms, and the gap's high 16 bits. */
  timestampHigh?: { rows: Uint16Array | Uint32Array; high: Uint16Array };
  /** 16 bytes per event, in the byte order of the canonical text. */
  uuid: Uint8Array;
  event: DictionaryColumn;
  distinctId: DictionaryColumn;
  personId: DictionaryColumn;
  sessionId: DictionaryColumn;
  /** One entry per group slot ($group_0..4); null when no event of the chunk has a value in that slot. */
  groups: (DictionaryColumn | null)[];
}

/**
 * The cold part of a chunk: properties JSON and elements chains, in one of two forms, both readable (chunk-texts.ts):
 * - as appended: `text` and `offsets` as they are, and a `pending` token. Compressing is the slowest step of an
 *   append (deflate ~3 s per 1M events), so the append commits the text with the sync cursor, and compaction
 *   compresses it later, in a transaction of its own (chunk-compaction.ts);
 * - compacted: `compressed`, one deflate-raw stream of the texts' lengths then the text's UTF-8, ~30× smaller.
 */
export interface ChunkPropertiesRecord {
  seq: number;
  /** Every row's properties, then every row's elements chain, in row order; absent once compacted. */
  text?: string;
  /**
   * 2·count+1 offsets (UTF-16 code units) into the text: row i's properties are [offsets[i], offsets[i+1]), its
   * elements chain [offsets[count+i], offsets[count+i+1]). Absent once compacted.
   */
  offsets?: Uint32Array;
  /**
   * A random number naming this write of an uncompacted record (index `pending`, which lists exactly the records
   * still to compact). Compaction replaces the record only if the token still names it: a chunk deleted, or a
   * sequence number reused after deleteAllData, is never overwritten with another chunk's texts.
   */
  pending?: number;
  /**
   * deflate-raw of: lengths (UTF-16 code units, LEB128), then the UTF-8 of the texts. `separated`: each properties
   * text is followed by a U+0000 and the lengths are the elements chains' only; else every text's length and the
   * text as appended (chunk-texts.ts).
   */
  compressed?: Uint8Array;
  /** How many of the decompressed bytes are lengths. */
  lengthBytes?: number;
  /** How many texts: 2·count. */
  texts?: number;
  separated?: boolean;
}

/**
 * One kept property (core/events/kept-properties.ts) of one chunk, stored only when some row of the chunk has a
 * value, as a sparse dictionary column: `rows` lists the rows that have one (ascending) and `index[j]` codes row
 * rows[j]'s value (≥ 1, into `values` then `uuids` as in DictionaryColumn; '' is a value of its own here). When
 * most rows have a value the row list would cost more than it saves: then `rows` is null and `index` has one entry
 * per row, 0 for none.
 */
/**
 * Kept properties that may be stored as a function of another one (a URL's path and host): tried on every chunk,
 * kept only where it is smaller.
 */
export const KEPT_PARENTS: Readonly<Record<string, string>> = { $pathname: '$current_url', $host: '$current_url' };

export interface KeptColumnRecord {
  property: string;
  seq: number;
  values: string[];
  uuids?: Uint8Array;
  rows: Uint16Array | Uint32Array | null;
  index: CodedIndex;
  /**
   * Set when the property follows another kept property of the chunk (a URL's path or host): row i's code is
   * `table[code of row i in derivedFrom]` (0 = none), except for the rows listed in `rows`, with their codes in
   * `index`. Reading this property reads that one's record too.
   */
  derivedFrom?: string;
  table?: CodedIndex;
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
  chunkProperties: { key: number; value: ChunkPropertiesRecord; indexes: { pending: number } };
  /** Key [property, seq]: one property's columns of every chunk are one key range. */
  chunkKept: { key: [string, number]; value: KeptColumnRecord };
  persons: { key: string; value: PersonRecord };
  distinctIds: { key: string; value: DistinctIdRecord };
  groups: { key: [number, string]; value: GroupRecord };
  /** Sync state, project info, catalog: small structured values under string keys. */
  meta: { key: string; value: unknown };
}

export const STORE_NAMES = ['chunks', 'chunkProperties', 'chunkKept', 'persons', 'distinctIds', 'groups', 'meta'] as const;

/** The stores that hold events (a chunk lives in all three). */
export const EVENT_STORE_NAMES = ['chunks', 'chunkProperties', 'chunkKept'] as const;
