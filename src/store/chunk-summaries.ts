// What is stored, without loading any column: the `summary` index key of each chunk carries its time range and
// count, and a key cursor reads index keys only.
import type { Database } from './database';

export interface ChunkSummary {
  seq: number;
  count: number;
  minTs: number;
  maxTs: number;
}

/** Every chunk holding events in [fromMs, toMs) (all chunks when no bound is given), by ascending maxTs. */
export async function readChunkSummaries(db: Database, range: { fromMs?: number; toMs?: number } = {}): Promise<ChunkSummary[]> {
  const { fromMs = -Infinity, toMs = Infinity } = range;
  const summaries: ChunkSummary[] = [];
  const tx = db.transaction('chunks');
  let cursor = await tx.store.index('summary').openKeyCursor();
  while (cursor) {
    const [maxTs, minTs, count] = cursor.key;
    if (maxTs >= fromMs && minTs < toMs) summaries.push({ seq: cursor.primaryKey, count, minTs, maxTs });
    cursor = await cursor.continue();
  }
  await tx.done;
  return summaries;
}

/** How many events are stored. */
export async function countEvents(db: Database): Promise<number> {
  let count = 0;
  for (const summary of await readChunkSummaries(db)) count += summary.count;
  return count;
}

/** Time of the oldest and newest stored event (epoch ms), or null when none is stored. */
export async function storedRange(db: Database): Promise<{ minMs: number; maxMs: number } | null> {
  const summaries = await readChunkSummaries(db);
  if (summaries.length === 0) return null;
  let minMs = Infinity;
  let maxMs = -Infinity;
  for (const { minTs, maxTs } of summaries) {
    minMs = Math.min(minMs, minTs);
    maxMs = Math.max(maxMs, maxTs);
  }
  return { minMs, maxMs };
}
