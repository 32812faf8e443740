// Reading stored events back as columns. Records are read in one readonly transaction; decompression and the
// column work happen after it has finished (nothing but IndexedDB requests is awaited inside a transaction).
import type { Database } from './database';
import { assembleEvents, type ChunkSlice } from './event-assembly';
import { firstRowAtOrAfter } from './event-order';
import type { ChunkPropertiesRecord, ChunkRecord } from './schema';
import type { StoredEvents, StoredEventsWithTexts } from './stored-events';
import { decompressText } from './text-compression';

export interface ReadEventsOptions {
  /** Also return every event's properties JSON and elements chain (slower: decompression and a string per event). */
  properties?: boolean;
  /** Only events at or after this time (epoch ms). */
  fromMs?: number;
  /** Only events before this time (epoch ms). */
  toMs?: number;
}

/** Stored events in (timestamp, uuid) order, dictionary-coded against one dictionary per column. */
export function readEvents(db: Database, options: ReadEventsOptions & { properties: true }): Promise<StoredEventsWithTexts>;
export function readEvents(db: Database, options?: ReadEventsOptions): Promise<StoredEvents>;
export async function readEvents(db: Database, options: ReadEventsOptions = {}): Promise<StoredEvents> {
  const { properties = false, fromMs = -Infinity, toMs = Infinity } = options;
  const { hot, cold } = await loadChunks(db, fromMs, toMs, properties);
  const texts = await Promise.all(cold.map(async (record) => ({ text: await decompressText(record.compressed), offsets: record.offsets })));
  const slices: ChunkSlice[] = hot.map((record, k) => ({
    hot: record,
    from: firstRowAtOrAfter(record.timestamp, fromMs),
    to: firstRowAtOrAfter(record.timestamp, toMs),
    ...(properties ? { texts: texts[k] } : {}),
  }));
  return assembleEvents(slices, properties);
}

/** The records of every chunk with events in [fromMs, toMs); `cold[k]` belongs to `hot[k]` when asked for. */
async function loadChunks(db: Database, fromMs: number, toMs: number, withTexts: boolean): Promise<{ hot: ChunkRecord[]; cold: ChunkPropertiesRecord[] }> {
  const tx = db.transaction(['chunks', 'chunkProperties']);
  const chunks = tx.objectStore('chunks');
  const properties = tx.objectStore('chunkProperties');
  let hot: ChunkRecord[];
  let cold: (ChunkPropertiesRecord | undefined)[] = [];
  if (fromMs === -Infinity && toMs === Infinity) {
    // Both stores share their keys, so two getAll() calls return records in matching order.
    [hot, cold] = await Promise.all([chunks.getAll(), withTexts ? properties.getAll() : []]);
  } else {
    const seqs: number[] = [];
    let cursor = await chunks.index('summary').openKeyCursor();
    while (cursor) {
      const [maxTs, minTs] = cursor.key;
      if (maxTs >= fromMs && minTs < toMs) seqs.push(cursor.primaryKey);
      cursor = await cursor.continue();
    }
    const found = await Promise.all(seqs.map((seq) => chunks.get(seq)));
    hot = found.filter((record): record is ChunkRecord => record !== undefined);
    if (withTexts) cold = await Promise.all(hot.map((record) => properties.get(record.seq)));
  }
  await tx.done;
  if (withTexts && hot.some((record, k) => cold[k]?.seq !== record.seq)) {
    throw new Error('A chunk of stored events has lost its properties; delete the data and sync again.');
  }
  return { hot, cold: cold as ChunkPropertiesRecord[] };
}
