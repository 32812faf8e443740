// EventBatch → chunk records, in memory: drops duplicate UUIDs, sorts by (timestamp, uuid), splits into chunks and
// dictionary-codes each one. Pure CPU work, done before any transaction opens.
import { GROUP_SLOTS, type EventBatch } from '../core/events/event-batch';
import { encodeTimestamps } from './chunk-columns';
import { codeColumns, deriveColumn, storeDictionaryColumn, storeSparseColumn, type LocalColumn } from './dictionary-column';
import { sortRowsByTimeAndUuid } from './event-order';
import { KEPT_PARENTS, type ChunkRecord, type DerivableColumn, type DictionaryColumn, type KeptColumnRecord } from './schema';
import { compareUuidRows, UUID_BYTES, writeUuidBytes } from './uuid-bytes';
import { UuidSet } from './uuid-set';

export const MAX_CHUNK_EVENTS = 50_000;

/** A chunk ready to store, but for its sequence number. */
export interface EncodedChunk {
  hot: Omit<ChunkRecord, 'seq'>;
  /** Every row's properties, then every row's elements chain. */
  text: string;
  /** See ChunkPropertiesRecord.offsets. */
  offsets: Uint32Array;
  /** The kept properties that some row of the chunk has (their records but for `seq`). */
  kept: Omit<KeptColumnRecord, 'seq'>[];
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
  // A sync page comes in (timestamp, uuid) order already: then one pass instead of a sort.
  if (!isInStoredOrder(order, batch.timestamp, uuids)) sortRowsByTimeAndUuid(order, batch.timestamp, uuids);
  const chunks: EncodedChunk[] = [];
  for (let start = 0; start < keptCount; start += maxChunkEvents) {
    chunks.push(encodeChunk(batch, uuids, order.subarray(start, Math.min(start + maxChunkEvents, keptCount))));
  }
  return { chunks, duplicates: n - keptCount };
}

function isInStoredOrder(order: Uint32Array, timestamp: Float64Array, uuids: Uint8Array): boolean {
  for (let k = 1; k < order.length; k++) {
    const a = order[k - 1] as number;
    const b = order[k] as number;
    const ta = timestamp[a] as number;
    const tb = timestamp[b] as number;
    if (ta > tb || (ta === tb && compareUuidRows(uuids, a, b) > 0)) return false;
  }
  return true;
}

/** One chunk of the batch rows `rows` (already in stored order); `uuids` holds 16 bytes per batch row. */
function encodeChunk(batch: EventBatch, uuids: Uint8Array, rows: Uint32Array): EncodedChunk {
  const count = rows.length;
  const times = new Float64Array(count);
  let uuid: Uint8Array;
  const first = rows[0] as number;
  if (isContiguous(rows)) {
    // Rows in batch order with none dropped (a sync page): one copy of each column.
    times.set(batch.timestamp.subarray(first, first + count));
    uuid = uuids.slice(first * UUID_BYTES, (first + count) * UUID_BYTES);
  } else {
    uuid = new Uint8Array(count * UUID_BYTES);
    for (let k = 0; k < count; k++) {
      const row = rows[k] as number;
      times[k] = batch.timestamp[row] as number;
      for (let b = 0; b < UUID_BYTES; b++) uuid[k * UUID_BYTES + b] = uuids[row * UUID_BYTES + b] as number;
    }
  }
  // Every text column coded in one pass over the rows (codeColumns); group slots and kept properties no row of
  // the batch uses are left out.
  const groupSlots = Array.from({ length: GROUP_SLOTS }, (_, slot) => slot).filter((slot) => rows.some((row) => batch.groups[slot]?.[row]));
  const keptProperties = Object.keys(batch.kept).filter((property) => (batch.kept[property]?.length ?? 0) > 0);
  const [event, distinct, person, session, ...more] = codeColumns(
    [
      { texts: batch.event, emptyIsValue: false },
      { texts: batch.distinctId, emptyIsValue: false },
      { texts: batch.personId, emptyIsValue: false },
      { texts: batch.sessionId, emptyIsValue: false },
      ...groupSlots.map((slot) => ({ texts: batch.groups[slot] ?? [], emptyIsValue: false })),
      ...keptProperties.map((property) => ({ texts: batch.kept[property] ?? [], emptyIsValue: true })),
    ],
    rows,
  ) as [LocalColumn, LocalColumn, LocalColumn, LocalColumn, ...LocalColumn[]];
  // The distinct_id, person and groups of a chunk's rows mostly follow from the session.
  const parents: [DerivableColumn, LocalColumn][] = [['sessionId', session], ['distinctId', distinct]];
  const groups: (DictionaryColumn | null)[] = Array.from({ length: GROUP_SLOTS }, () => null);
  groupSlots.forEach((slot, k) => (groups[slot] = derivedColumn(more[k] as LocalColumn, parents)));
  const keptColumns = new Map<string, LocalColumn>();
  keptProperties.forEach((property, k) => {
    const column = more[groupSlots.length + k] as LocalColumn;
    if (column.present > 0) keptColumns.set(property, column);
  });
  const kept: Omit<KeptColumnRecord, 'seq'>[] = [];
  for (const [property, column] of keptColumns) {
    const parentProperty = KEPT_PARENTS[property];
    const parent = parentProperty === undefined ? undefined : keptColumns.get(parentProperty);
    const derived = parent && !KEPT_PARENTS[parentProperty as string] ? deriveColumn(parent, column) : null;
    if (derived) kept.push({ property, values: column.values, ...(column.uuids ? { uuids: column.uuids } : {}), derivedFrom: parentProperty as string, ...derived });
    else kept.push({ property, ...storeSparseColumn(column) });
  }
  return {
    hot: {
      count,
      minTs: times[0] as number,
      maxTs: times[count - 1] as number,
      ...encodeTimestamps(times),
      uuid,
      event: storeDictionaryColumn(event),
      distinctId: derivedColumn(distinct, parents.slice(0, 1)),
      personId: derivedColumn(person, parents),
      sessionId: storeDictionaryColumn(session),
      groups,
    },
    ...joinTexts(batch, rows),
    kept,
  };
}

/** The column as a function of the parent that makes it smallest, or as it is when none helps. */
function derivedColumn(column: LocalColumn, parents: readonly [DerivableColumn, LocalColumn][]): DictionaryColumn {
  let best: { from: DerivableColumn; derived: NonNullable<ReturnType<typeof deriveColumn>> } | null = null;
  for (const [from, parent] of parents) {
    if (parent.present === 0) continue;
    const derived = deriveColumn(parent, column);
    if (derived && (!best || derived.rows.length < best.derived.rows.length)) best = { from, derived };
  }
  if (!best) return storeDictionaryColumn(column);
  const { table, rows, index } = best.derived;
  return { values: column.values, ...(column.uuids ? { uuids: column.uuids } : {}), index, derivedFrom: best.from, table, rows };
}

/** Whether rows are first, first + 1, …: the batch's own order, none dropped. */
function isContiguous(rows: Uint32Array): boolean {
  const first = rows[0] as number;
  for (let k = 1; k < rows.length; k++) if (rows[k] !== first + k) return false;
  return true;
}

function joinTexts(batch: EventBatch, rows: Uint32Array): { text: string; offsets: Uint32Array } {
  const count = rows.length;
  const offsets = new Uint32Array(2 * count + 1);
  let length = 0;
  for (let k = 0; k < 2 * count; k++) {
    const row = rows[k < count ? k : k - count] as number;
    length += ((k < count ? batch.properties[row] : batch.elementsChain[row]) ?? '').length;
    offsets[k + 1] = length;
  }
  if (isContiguous(rows)) {
    // The batch's own arrays, joined as they are: no array of parts to build first.
    const first = rows[0] as number;
    const whole = first === 0 && count === batch.length;
    const properties = whole ? batch.properties : batch.properties.slice(first, first + count);
    const chains = whole ? batch.elementsChain : batch.elementsChain.slice(first, first + count);
    // join() writes undefined and null as '', as the offsets count them.
    return { text: properties.join('') + chains.join(''), offsets };
  }
  const parts = new Array<string>(2 * count);
  for (let k = 0; k < 2 * count; k++) {
    const row = rows[k < count ? k : k - count] as number;
    parts[k] = (k < count ? batch.properties[row] : batch.elementsChain[row]) ?? '';
  }
  return { text: parts.join(''), offsets };
}
