// Chunks → one set of columns: copy the typed arrays, remap each chunk's dictionary indexes to global ones, and
// restore the global (timestamp, uuid) order where chunks overlap in time (an older window synced later).
import { GROUP_SLOTS } from '../core/events/event-batch';
import { sortRowsByTimeAndUuid } from './event-order';
import { copyRemapped, GlobalDictionary } from './global-dictionary';
import type { ChunkRecord } from './schema';
import { allocateCodedColumns, permuteRows, type StoredEvents, type StoredEventsWithTexts } from './stored-events';
import { compareUuidRows, UUID_BYTES } from './uuid-bytes';

/** Rows [from, to) of a chunk, with its decompressed texts when they were asked for. */
export interface ChunkSlice {
  hot: ChunkRecord;
  from: number;
  to: number;
  texts?: { text: string; offsets: Uint32Array };
}

export function assembleEvents(slices: ChunkSlice[], withTexts: true): StoredEventsWithTexts;
export function assembleEvents(slices: ChunkSlice[], withTexts: boolean): StoredEvents;
export function assembleEvents(slices: ChunkSlice[], withTexts: boolean): StoredEvents {
  // Chunks in order of their first row: when none overlaps the next, that is already the global order.
  const ordered = slices.filter((s) => s.to > s.from);
  ordered.sort((a, b) => (a.hot.timestamp[a.from] as number) - (b.hot.timestamp[b.from] as number) || a.hot.seq - b.hot.seq);
  const count = ordered.reduce((sum, s) => sum + s.to - s.from, 0);
  const timestamp = new Float64Array(count);
  const uuid = new Uint8Array(count * UUID_BYTES);
  const coded = allocateCodedColumns(count);
  const dictionaries = { event: new GlobalDictionary(), person: new GlobalDictionary(), distinct: new GlobalDictionary(), session: new GlobalDictionary() };
  const groupDictionaries = Array.from({ length: GROUP_SLOTS }, () => new GlobalDictionary());
  const properties = withTexts ? new Array<string>(count) : [];
  const elementsChain = withTexts ? new Array<string>(count) : [];
  let at = 0;
  for (const { hot, from, to, texts } of ordered) {
    timestamp.set(hot.timestamp.subarray(from, to), at);
    uuid.set(hot.uuid.subarray(from * UUID_BYTES, to * UUID_BYTES), at * UUID_BYTES);
    copyRemapped(hot.event.index, dictionaries.event.remap(hot.event.values), from, to, coded.event, at);
    copyRemapped(hot.personId.index, dictionaries.person.remap(hot.personId.values), from, to, coded.person, at);
    copyRemapped(hot.distinctId.index, dictionaries.distinct.remap(hot.distinctId.values), from, to, coded.distinct, at);
    copyRemapped(hot.sessionId.index, dictionaries.session.remap(hot.sessionId.values), from, to, coded.session, at);
    for (let slot = 0; slot < GROUP_SLOTS; slot++) {
      const column = hot.groups[slot];
      const dictionary = groupDictionaries[slot] as GlobalDictionary;
      if (column) copyRemapped(column.index, dictionary.remap(column.values), from, to, coded.groups[slot] as Uint32Array, at);
    }
    if (withTexts && texts) splitTexts(texts, hot.count, from, to, properties, elementsChain, at);
    at += to - from;
  }
  const events: StoredEvents = {
    count,
    timestamp,
    uuid,
    ...coded,
    eventNames: dictionaries.event.values,
    personIds: dictionaries.person.values,
    distinctIds: dictionaries.distinct.values,
    sessionIds: dictionaries.session.values,
    groupKeys: groupDictionaries.map((d) => d.values),
    ...(withTexts ? { properties, elementsChain } : {}),
  };
  sortOverlappingChunks(events, ordered);
  return events;
}

function splitTexts(texts: { text: string; offsets: Uint32Array }, count: number, from: number, to: number, properties: string[], elementsChain: string[], at: number): void {
  const { text, offsets } = texts;
  for (let i = from; i < to; i++, at++) {
    properties[at] = text.slice(offsets[i], offsets[i + 1]);
    elementsChain[at] = text.slice(offsets[count + i], offsets[count + i + 1]);
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
