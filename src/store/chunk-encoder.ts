// EventBatch → chunk records, in memory: drops duplicate UUIDs, sorts by (timestamp, uuid), splits into chunks and
// dictionary-codes each one. Pure CPU work, done before any transaction opens.
import { GROUP_SLOTS, type EventBatch } from '../core/events/event-batch';
import { encodeDictionaryColumn } from './dictionary-column';
import { sortRowsByTimeAndUuid } from './event-order';
import type { ChunkRecord, DictionaryColumn } from './schema';
import { UUID_BYTES, writeUuidBytes } from './uuid-bytes';
import { UuidSet } from './uuid-set';

export const MAX_CHUNK_EVENTS = 50_000;

/** A chunk ready to store, but for its sequence number and the compression of its texts. */
export interface EncodedChunk {
  hot: Omit<ChunkRecord, 'seq'>;
  /** Every row's properties, then every row's elements chain. */
  text: string;
  /** See ChunkPropertiesRecord.offsets. */
  offsets: Uint32Array;
}

export interface EncodedBatch {
  chunks: EncodedChunk[];
  /** Events dropped because their UUID is already stored or came earlier in the batch. */
  duplicates: number;
}

/** Encodes `batch`, leaving out events whose UUID is in `stored` (which is not changed). */
export function encodeBatch(batch: EventBatch, stored: UuidSet, maxChunkEvents = MAX_CHUNK_EVENTS): EncodedBatch {
  const n = batch.length;
  const uuids = new Uint8Array(n * UUID_BYTES);
  for (let row = 0; row < n; row++) {
    writeUuidBytes(batch.uuid[row] ?? '', uuids, row * UUID_BYTES);
    if (!Number.isFinite(batch.timestamp[row])) throw new TypeError(`Event ${batch.uuid[row]} has no valid timestamp`);
  }
  const inBatch = new UuidSet(n);
  const kept = new Uint32Array(n);
  let keptCount = 0;
  for (let row = 0; row < n; row++) {
    if (!stored.has(uuids, row) && inBatch.add(uuids, row)) kept[keptCount++] = row;
  }
  const order = kept.subarray(0, keptCount);
  sortRowsByTimeAndUuid(order, batch.timestamp, uuids);
  const chunks: EncodedChunk[] = [];
  for (let start = 0; start < keptCount; start += maxChunkEvents) {
    chunks.push(encodeChunk(batch, uuids, order.subarray(start, Math.min(start + maxChunkEvents, keptCount))));
  }
  return { chunks, duplicates: n - keptCount };
}

/** One chunk of the batch rows `rows` (already in stored order); `uuids` holds 16 bytes per batch row. */
function encodeChunk(batch: EventBatch, uuids: Uint8Array, rows: Uint32Array): EncodedChunk {
  const count = rows.length;
  const timestamp = new Float64Array(count);
  const uuid = new Uint8Array(count * UUID_BYTES);
  for (let k = 0; k < count; k++) {
    const row = rows[k] as number;
    timestamp[k] = batch.timestamp[row] as number;
    const from = row * UUID_BYTES;
    const to = k * UUID_BYTES;
    for (let b = 0; b < UUID_BYTES; b++) uuid[to + b] = uuids[from + b] as number;
  }
  const groups: (DictionaryColumn | null)[] = [];
  for (let slot = 0; slot < GROUP_SLOTS; slot++) {
    const column = encodeDictionaryColumn(batch.groups[slot] ?? [], rows);
    groups.push(column.values.length > 1 ? column : null);
  }
  return {
    hot: {
      count,
      minTs: timestamp[0] as number,
      maxTs: timestamp[count - 1] as number,
      timestamp,
      uuid,
      event: encodeDictionaryColumn(batch.event, rows),
      distinctId: encodeDictionaryColumn(batch.distinctId, rows),
      personId: encodeDictionaryColumn(batch.personId, rows),
      sessionId: encodeDictionaryColumn(batch.sessionId, rows),
      groups,
    },
    ...joinTexts(batch, rows),
  };
}

function joinTexts(batch: EventBatch, rows: Uint32Array): { text: string; offsets: Uint32Array } {
  const count = rows.length;
  const parts = new Array<string>(2 * count);
  const offsets = new Uint32Array(2 * count + 1);
  let length = 0;
  for (let k = 0; k < 2 * count; k++) {
    const row = rows[k < count ? k : k - count] as number;
    const part = (k < count ? batch.properties[row] : batch.elementsChain[row]) ?? '';
    parts[k] = part;
    length += part.length;
    offsets[k + 1] = length;
  }
  return { text: parts.join(''), offsets };
}
