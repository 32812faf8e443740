// The properties of a few events (a page of a customer profile) without reading every chunk's texts. Events are
// named by (timestamp, uuid), which StoredEvents already holds; only the chunks whose time range covers one of
// them are read and decompressed.
import { chunkTimestamps } from './chunk-columns';
import { readChunkSummaries } from './chunk-summaries';
import type { Database } from './database';
import { firstRowAtOrAfter } from './event-order';
import { readChunkTexts, type ChunkTexts } from './chunk-texts';
import type { ChunkRecord } from './schema';
import { UUID_BYTES, writeUuidBytes } from './uuid-bytes';

export interface EventKey {
  /** Epoch milliseconds. */
  timestamp: number;
  /** UUID text. */
  uuid: string;
}

export interface EventTexts {
  properties: string;
  elementsChain: string;
}

/** Each event's properties JSON and elements chain, in the order asked; undefined for an event not stored. */
export async function readEventTexts(db: Database, keys: readonly EventKey[]): Promise<(EventTexts | undefined)[]> {
  const summaries = await readChunkSummaries(db);
  const covering = keys.map(({ timestamp }) => summaries.filter((s) => s.minTs <= timestamp && timestamp <= s.maxTs).map((s) => s.seq));
  const seqs = [...new Set(covering.flat())];
  const tx = db.transaction(['chunks', 'chunkProperties']);
  const [hot, cold] = await Promise.all([
    Promise.all(seqs.map((seq) => tx.objectStore('chunks').get(seq))),
    Promise.all(seqs.map((seq) => tx.objectStore('chunkProperties').get(seq))),
  ]);
  await tx.done;
  const texts = await Promise.all(cold.map((record) => (record ? readChunkTexts(record) : undefined)));
  const chunks = new Map(seqs.map((seq, k) => {
    const record = hot[k];
    return [seq, { hot: record, times: record ? chunkTimestamps(record) : undefined, texts: texts[k] }];
  }));
  const wanted = new Uint8Array(UUID_BYTES);
  return keys.map((key, k) => {
    writeUuidBytes(key.uuid, wanted, 0);
    for (const seq of covering[k] ?? []) {
      const chunk = chunks.get(seq);
      if (!chunk?.hot || !chunk.times || !chunk.texts) continue;
      const row = findRow(chunk.hot, chunk.times, key.timestamp, wanted);
      if (row >= 0) return sliceTexts(chunk.texts, chunk.hot.count, row);
    }
    return undefined;
  });
}

function findRow(chunk: ChunkRecord, times: Float64Array, timestamp: number, uuid: Uint8Array): number {
  for (let row = firstRowAtOrAfter(times, timestamp); row < chunk.count && times[row] === timestamp; row++) {
    let same = true;
    for (let b = 0; b < UUID_BYTES && same; b++) same = chunk.uuid[row * UUID_BYTES + b] === uuid[b];
    if (same) return row;
  }
  return -1;
}

function sliceTexts({ text, starts, ends }: ChunkTexts, count: number, row: number): EventTexts {
  return {
    properties: text.slice(starts[row], ends[row]),
    elementsChain: text.slice(starts[count + row], ends[count + row]),
  };
}
