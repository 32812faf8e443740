// Chunks → one set of columns: copy the typed arrays, remap each chunk's dictionary indexes to global ones, and
// restore the global (timestamp, uuid) order where chunks overlap in time (an older window synced later).
import { GROUP_SLOTS } from '../core/events/event-batch';
import type { KeptColumn } from '../core/events/kept-properties';
import { chunkTimestamps, dictionarySize } from './chunk-columns';
import type { ChunkTexts } from './chunk-texts';
import { sortRowsByTimeAndUuid } from './event-order';
import { copyRemapped, GlobalDictionary } from './global-dictionary';
import type { ChunkRecord, CodedIndex, DictionaryColumn, KeptColumnRecord } from './schema';
import { allocateCodedColumns, permuteRows, type StoredEvents, type StoredEventsWithTexts } from './stored-events';
import { compareUuidRows, UUID_BYTES } from './uuid-bytes';

/** Rows [from, to) of a chunk, with its decompressed texts and its kept columns when they were asked for. */
export interface ChunkSlice {
  hot: ChunkRecord;
  from: number;
  to: number;
  /** The chunk's row times, when the reader decoded them already (to find a time range). */
  times?: Float64Array;
  texts?: ChunkTexts;
  /** The chunk's kept columns by property; a property with no record has no value in the chunk. */
  kept?: ReadonlyMap<string, KeptColumnRecord>;
}

export interface AssembleOptions {
  withTexts: boolean;
  /** The kept properties to return, each as a dense column. */
  kept?: readonly string[];
}

export function assembleEvents(slices: ChunkSlice[], options: AssembleOptions & { withTexts: true }): StoredEventsWithTexts;
export function assembleEvents(slices: ChunkSlice[], options: AssembleOptions): StoredEvents;
export function assembleEvents(slices: ChunkSlice[], options: AssembleOptions): StoredEvents {
  const { withTexts, kept: keptProperties } = options;
  // Chunks in order of their first row: when none overlaps the next, that is already the global order.
  const ordered = slices.filter((s) => s.to > s.from);
  const firstTime = (s: ChunkSlice): number => (s.times ? (s.times[s.from] as number) : s.hot.minTs);
  ordered.sort((a, b) => firstTime(a) - firstTime(b) || a.hot.seq - b.hot.seq);
  const count = ordered.reduce((sum, s) => sum + s.to - s.from, 0);
  const timestamp = new Float64Array(count);
  const uuid = new Uint8Array(count * UUID_BYTES);
  const coded = allocateCodedColumns(count);
  // UUID dictionaries are sized once for all the chunks' UUIDs (growing a hash table of 100k keys costs more).
  const uuidsIn = (column: (hot: ChunkRecord) => { uuids?: Uint8Array } | null | undefined): number =>
    ordered.reduce((sum, s) => sum + (column(s.hot)?.uuids?.length ?? 0) / UUID_BYTES, 0);
  const dictionaries = {
    event: new GlobalDictionary(),
    person: new GlobalDictionary(uuidsIn((hot) => hot.personId)),
    distinct: new GlobalDictionary(uuidsIn((hot) => hot.distinctId)),
    session: new GlobalDictionary(uuidsIn((hot) => hot.sessionId)),
  };
  const groupDictionaries = Array.from({ length: GROUP_SLOTS }, (_, slot) => new GlobalDictionary(uuidsIn((hot) => hot.groups[slot])));
  const properties = withTexts ? new Array<string>(count) : [];
  const elementsChain = withTexts ? new Array<string>(count) : [];
  const keptOut = (keptProperties ?? []).map((property) => ({ property, index: new Uint32Array(count), dictionary: new GlobalDictionary() }));
  // The dictionaries first, one column at a time over every chunk (its hash table stays in cache), then the rows.
  const remaps = (dictionary: GlobalDictionary, column: (hot: ChunkRecord) => DictionaryColumn | null | undefined) =>
    ordered.map(({ hot }) => {
      const local = column(hot);
      return local ? dictionary.remap(local) : null;
    });
  const tables = {
    event: remaps(dictionaries.event, (hot) => hot.event),
    session: remaps(dictionaries.session, (hot) => hot.sessionId),
    distinct: remaps(dictionaries.distinct, (hot) => hot.distinctId),
    person: remaps(dictionaries.person, (hot) => hot.personId),
    groups: groupDictionaries.map((dictionary, slot) => remaps(dictionary, (hot) => hot.groups[slot])),
  };
  let at = 0;
  for (const [k, slice] of ordered.entries()) {
    const { hot, from, to, texts } = slice;
    if (slice.times) timestamp.set(slice.times.subarray(from, to), at);
    else chunkTimestamps(hot, timestamp, at);
    uuid.set(hot.uuid.subarray(from * UUID_BYTES, to * UUID_BYTES), at * UUID_BYTES);
    // The columns others derive from, as local codes of every row.
    const sessionCodes = hot.sessionId.index;
    const distinctCodes = hot.distinctId.derivedFrom ? localCodes(hot.distinctId, sessionCodes, hot.count, dictionarySize(hot.distinctId)) : hot.distinctId.index;
    const parentOf = (column: DictionaryColumn): CodedIndex | null => (column.derivedFrom === 'sessionId' ? sessionCodes : column.derivedFrom === 'distinctId' ? distinctCodes : null);
    copyRemapped(hot.event.index, tables.event[k] as Uint32Array, from, to, coded.event, at);
    copyRemapped(sessionCodes, tables.session[k] as Uint32Array, from, to, coded.session, at);
    copyRemapped(distinctCodes, tables.distinct[k] as Uint32Array, from, to, coded.distinct, at);
    remapColumn(hot.personId, parentOf(hot.personId), tables.person[k] as Uint32Array, from, to, coded.person, at);
    for (let slot = 0; slot < GROUP_SLOTS; slot++) {
      const column = hot.groups[slot];
      const table = tables.groups[slot]?.[k];
      if (column && table) remapColumn(column, parentOf(column), table, from, to, coded.groups[slot] as Uint32Array, at);
    }
    for (const out of keptOut) {
      const column = slice.kept?.get(out.property);
      if (!column) continue;
      const table = out.dictionary.remap(column);
      if (column.derivedFrom === undefined) {
        scatterKept(column, table, from, to, out.index, at);
        continue;
      }
      // Derived from another kept property (a URL's path): that one's codes of every row, 0 where it has none.
      const parent = slice.kept?.get(column.derivedFrom);
      const parentCodes = new Uint32Array(hot.count);
      if (parent) scatterKept(parent, identity(dictionarySize(parent)), 0, hot.count, parentCodes, 0);
      remapColumn(column, parentCodes, table, from, to, out.index, at);
    }
    if (withTexts && texts) splitTexts(texts, hot.count, from, to, properties, elementsChain, at);
    at += to - from;
  }
  const events: StoredEvents = {
    count,
    timestamp,
    uuid,
    ...coded,
    eventNames: dictionaries.event.finish(),
    personIds: dictionaries.person.finish(),
    distinctIds: dictionaries.distinct.finish(),
    sessionIds: dictionaries.session.finish(),
    groupKeys: groupDictionaries.map((d) => d.finish()),
    ...(withTexts ? { properties, elementsChain } : {}),
    ...(keptProperties ? { kept: Object.fromEntries(keptOut.map((out): [string, KeptColumn] => [out.property, { index: out.index, values: out.dictionary.finish() }])) } : {}),
  };
  sortOverlappingChunks(events, ordered);
  return events;
}

/**
 * Rows [from, to) of a column, remapped through `remap`, into `out` from `at`. A derived column (`table`, `rows`,
 * `index`) is read through its parent's codes `parent`: table and remap composed first, so a row costs one lookup.
 */
function remapColumn(column: { index: CodedIndex; table?: CodedIndex; rows?: Uint16Array | Uint32Array | null }, parent: CodedIndex | null, remap: Uint32Array, from: number, to: number, out: Uint32Array, at: number): void {
  const { table, rows, index } = column;
  if (!table || !parent) {
    copyRemapped(index, remap, from, to, out, at);
    return;
  }
  const composed = new Uint32Array(table.length);
  for (let p = 0; p < table.length; p++) composed[p] = remap[table[p] as number] as number;
  copyRemapped(parent, composed, from, to, out, at);
  if (rows) patchRows(rows, index, remap, from, to, out, at);
}

/** Local codes of every row of a derived column whose dictionary has `size` entries. */
function localCodes(column: { index: CodedIndex; table?: CodedIndex; rows?: Uint16Array | Uint32Array | null }, parent: CodedIndex, count: number, size: number): Uint32Array {
  const out = new Uint32Array(count);
  remapColumn(column, parent, identity(size), 0, count, out, 0);
  return out;
}

const identities: Uint32Array[] = [];
/** 0, 1, …, size − 1. */
function identity(size: number): Uint32Array {
  let table = identities[0];
  if (!table || table.length < size) {
    table = Uint32Array.from({ length: Math.max(size, 2 * (table?.length ?? 1024)) }, (_, k) => k);
    identities[0] = table;
  }
  return table;
}

/** out[at + row − from] = remap[index[j]] for every listed row in [from, to). */
function patchRows(rows: Uint16Array | Uint32Array, index: CodedIndex, remap: Uint32Array, from: number, to: number, out: Uint32Array, at: number): void {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((rows[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  const shift = at - from;
  for (let j = lo; j < rows.length; j++) {
    const row = rows[j] as number;
    if (row >= to) break;
    out[row + shift] = remap[index[j] as number] as number;
  }
}

/** Rows [from, to) of a chunk's kept column, remapped through `table`, into the dense `out` from `at`. */
function scatterKept(column: KeptColumnRecord, table: Uint32Array, from: number, to: number, out: Uint32Array, at: number): void {
  const { rows, index } = column;
  if (rows) patchRows(rows, index, table, from, to, out, at);
  else copyRemapped(index, table, from, to, out, at);
}

function splitTexts(texts: ChunkTexts, count: number, from: number, to: number, properties: string[], elementsChain: string[], at: number): void {
  const { text, starts, ends } = texts;
  for (let i = from; i < to; i++, at++) {
    properties[at] = text.slice(starts[i], ends[i]);
    elementsChain[at] = text.slice(starts[count + i], ends[count + i]);
  }
}

/**
 * Finds runs of chunks whose row ranges interleave (a chunk starting before the latest row seen so far) and sorts
 * the rows of each run; chunks that do not overlap are left as copied.
 */
function sortOverlappingChunks(events: StoredEvents, ordered: ChunkSlice[]): void {
  const { timestamp, uuid } = events;
  const after = (a: number, b: number): boolean => (timestamp[a] as number) > (timestamp[b] as number) || (timestamp[a] === timestamp[b] && compareUuidRows(uuid, a, b) > 0);
  let runStart = 0;
  let chunksInRun = 0;
  let latestRow = -1;
  let at = 0;
  for (const { from, to } of ordered) {
    const first = at;
    const last = at + to - from - 1;
    if (latestRow >= 0 && !after(first, latestRow)) {
      chunksInRun++;
    } else {
      if (chunksInRun > 1) sortRows(events, runStart, first);
      runStart = first;
      chunksInRun = 1;
      latestRow = last;
    }
    if (after(last, latestRow)) latestRow = last;
    at = last + 1;
  }
  if (chunksInRun > 1) sortRows(events, runStart, at);
}

function sortRows(events: StoredEvents, start: number, end: number): void {
  const order = new Uint32Array(end - start);
  for (let k = 0; k < order.length; k++) order[k] = start + k;
  sortRowsByTimeAndUuid(order, events.timestamp, events.uuid);
  permuteRows(events, order, start);
}
