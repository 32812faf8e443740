// Reading stored events back as columns. Records are read in one readonly transaction; decompression and the
// column work happen after it has finished (nothing but IndexedDB requests is awaited inside a transaction).
import { KEPT_PROPERTIES, type KeptColumn } from '../core/events/kept-properties';
import { chunkTimestamps } from './chunk-columns';
import type { Database } from './database';
import { assembleEvents, type ChunkSlice } from './event-assembly';
import { firstRowAtOrAfter } from './event-order';
import { readChunkTexts, type ChunkTexts } from './chunk-texts';
import { KEPT_PARENTS, type ChunkPropertiesRecord, type ChunkRecord, type KeptColumnRecord } from './schema';
import type { StoredEvents, StoredEventsWithTexts } from './stored-events';

export interface ReadEventsOptions {
  /** Also return every event's properties JSON and elements chain (slower: decompression and a string per event). */
  properties?: boolean;
  /**
   * Also return these kept properties (core/events/kept-properties.ts) as dense coded columns, reading only their
   * records; 'all' = every kept property (KEPT_PROPERTIES and any other key stored).
   */
  kept?: readonly string[] | 'all';
  /** Only events at or after this time (epoch ms). */
  fromMs?: number;
  /** Only events before this time (epoch ms). */
  toMs?: number;
}

/** What readEvents returns for `options`: the texts and the kept columns only when asked for. */
export type EventsRead<O extends ReadEventsOptions> = (O extends { properties: true } ? StoredEventsWithTexts : StoredEvents) &
  (O extends { kept: readonly string[] | 'all' } ? { kept: Record<string, KeptColumn> } : unknown);

/** Stored events in (timestamp, uuid) order, dictionary-coded against one dictionary per column. */
export async function readEvents<O extends ReadEventsOptions = ReadEventsOptions>(db: Database, options?: O): Promise<EventsRead<O>> {
  const { properties = false, kept, fromMs = -Infinity, toMs = Infinity } = options ?? {};
  const { hot, cold, keptRecords } = await loadChunks(db, fromMs, toMs, properties, kept);
  const texts = await Promise.all(cold.map(readChunkTexts));
  const ranged = fromMs !== -Infinity || toMs !== Infinity;
  const slices: ChunkSlice[] = hot.map((record, k) => {
    const times = ranged ? chunkTimestamps(record) : undefined;
    return {
      hot: record,
      from: times ? firstRowAtOrAfter(times, fromMs) : 0,
      to: times ? firstRowAtOrAfter(times, toMs) : record.count,
      ...(times ? { times } : {}),
      ...(properties ? { texts: texts[k] as ChunkTexts } : {}),
      ...(keptRecords ? { kept: keptRecords.get(record.seq) ?? new Map<string, KeptColumnRecord>() } : {}),
    };
  });
  const keptProperties = kept === undefined ? undefined : kept === 'all' ? allKept(keptRecords) : [...new Set(kept)];
  return assembleEvents(slices, { withTexts: properties, ...(keptProperties ? { kept: keptProperties } : {}) }) as EventsRead<O>;
}

/** Every kept property: the list's, then any other key some chunk has. */
function allKept(records: Map<number, Map<string, KeptColumnRecord>> | null): string[] {
  const properties = new Set<string>(KEPT_PROPERTIES);
  for (const byProperty of records?.values() ?? []) for (const property of byProperty.keys()) properties.add(property);
  return [...properties];
}

interface LoadedChunks {
  hot: ChunkRecord[];
  /** `cold[k]` belongs to `hot[k]`, when texts were asked for. */
  cold: ChunkPropertiesRecord[];
  /** Kept columns by chunk seq, then property; null when none were asked for. */
  keptRecords: Map<number, Map<string, KeptColumnRecord>> | null;
}

/** The records of every chunk with events in [fromMs, toMs). */
async function loadChunks(db: Database, fromMs: number, toMs: number, withTexts: boolean, kept: readonly string[] | 'all' | undefined): Promise<LoadedChunks> {
  const tx = db.transaction(['chunks', 'chunkProperties', 'chunkKept']);
  const chunks = tx.objectStore('chunks');
  const properties = tx.objectStore('chunkProperties');
  const keptStore = tx.objectStore('chunkKept');
  const keptRange = (property: string) => IDBKeyRange.bound([property, -Infinity], [property, Infinity]);
  // A property stored as a function of another one (a URL's path: KEPT_PARENTS) is read through that one's
  // records too, asked for at once; a parent found only in the records (data of another version) is read next,
  // still in this transaction.
  const readKept = async (): Promise<KeptColumnRecord[]> => {
    if (kept === undefined) return [];
    if (kept === 'all') return keptStore.getAll();
    const asked = new Set(kept);
    const wanted = new Set([...asked, ...[...asked].flatMap((property) => KEPT_PARENTS[property] ?? [])]);
    const records = (await Promise.all([...wanted].map((property) => keptStore.getAll(keptRange(property))))).flat();
    const missing = new Set(records.flatMap((record) => (record.derivedFrom !== undefined && !wanted.has(record.derivedFrom) ? [record.derivedFrom] : [])));
    if (missing.size === 0) return records;
    return [...records, ...(await Promise.all([...missing].map((property) => keptStore.getAll(keptRange(property))))).flat()];
  };
  let hot: ChunkRecord[];
  let cold: (ChunkPropertiesRecord | undefined)[] = [];
  let keptList: KeptColumnRecord[];
  if (fromMs === -Infinity && toMs === Infinity) {
    // Both stores share their keys, so two getAll() calls return records in matching order.
    [hot, cold, keptList] = await Promise.all([chunks.getAll(), withTexts ? properties.getAll() : [], readKept()]);
  } else {
    const seqs: number[] = [];
    let cursor = await chunks.index('summary').openKeyCursor();
    while (cursor) {
      const [maxTs, minTs] = cursor.key;
      if (maxTs >= fromMs && minTs < toMs) seqs.push(cursor.primaryKey);
      cursor = await cursor.continue();
    }
    const [found, keptAll] = await Promise.all([Promise.all(seqs.map((seq) => chunks.get(seq))), readKept()]);
    hot = found.filter((record): record is ChunkRecord => record !== undefined);
    keptList = keptAll;
    if (withTexts) cold = await Promise.all(hot.map((record) => properties.get(record.seq)));
  }
  // A readonly transaction has nothing to commit: its requests have answered, so waiting for it to finish would
  // only add a round trip to the browser process.
  tx.done.catch(() => undefined);
  if (withTexts && hot.some((record, k) => cold[k]?.seq !== record.seq)) {
    throw new Error('A chunk of stored events has lost its properties; delete the data and sync again.');
  }
  let keptRecords: Map<number, Map<string, KeptColumnRecord>> | null = null;
  if (kept !== undefined) {
    keptRecords = new Map();
    for (const record of keptList) {
      let byProperty = keptRecords.get(record.seq);
      if (!byProperty) keptRecords.set(record.seq, (byProperty = new Map()));
      byProperty.set(record.property, record);
    }
  }
  return { hot, cold: cold as ChunkPropertiesRecord[], keptRecords };
}
