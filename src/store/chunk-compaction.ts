// Compaction: compressing the texts of chunks appended uncompressed. An append commits a chunk's texts as they are
// (compressing them would be the slowest step between two sync pages); compaction later replaces each such record
// with its deflated form, one chunk per transaction. Both forms are read the same way, so a crash at any moment
// leaves readable data, and compaction simply runs again: it is idempotent.
import type { Database } from './database';
import { compactTexts } from './chunk-texts';
import type { ChunkPropertiesRecord } from './schema';

/** A fresh token for an uncompacted texts record (ChunkPropertiesRecord.pending). */
export function pendingToken(): number {
  return Math.floor(Math.random() * 2 ** 52) + 1;
}

/** Sequence numbers and tokens of the records still to compact, oldest chunk first. */
export async function pendingChunks(db: Database): Promise<{ seq: number; token: number }[]> {
  const pending: { seq: number; token: number }[] = [];
  const tx = db.transaction('chunkProperties');
  for (let cursor = await tx.store.index('pending').openKeyCursor(); cursor; cursor = await cursor.continue()) {
    pending.push({ seq: cursor.primaryKey, token: cursor.key });
  }
  await tx.done;
  return pending.sort((a, b) => a.seq - b.seq);
}

/**
 * Compacts the record of chunk `seq` if it is still the write named by `token`; false when there was nothing to
 * do (compacted, deleted, or replaced meanwhile).
 */
export async function compactChunk(db: Database, seq: number, token: number): Promise<boolean> {
  const record = await db.get('chunkProperties', seq);
  if (!record || record.pending !== token) return false;
  if (record.compressed) return false;
  const compacted: ChunkPropertiesRecord = { seq, ...(await compactTexts(record.text ?? '', record.offsets ?? new Uint32Array(1))) };
  const tx = db.transaction('chunkProperties', 'readwrite', { durability: 'relaxed' });
  // Only the index is read here, not the texts: is the record still the one that was compressed?
  const current = await tx.store.index('pending').getKey(token);
  if (current !== seq) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return false;
  }
  await Promise.all([tx.store.put(compacted), tx.done]);
  return true;
}

/** Compacts one pending chunk (the first by token); false when none is pending. */
export async function compactNextChunk(db: Database): Promise<boolean> {
  const tx = db.transaction('chunkProperties');
  const cursor = await tx.store.index('pending').openKeyCursor();
  const next = cursor ? { seq: cursor.primaryKey, token: cursor.key } : null;
  await tx.done;
  if (!next) return false;
  await compactChunk(db, next.seq, next.token);
  return true;
}

/** Compacts every chunk pending when it starts; resolves with how many it compacted. */
export async function compactChunks(db: Database): Promise<number> {
  let compacted = 0;
  for (const { seq, token } of await pendingChunks(db)) if (await compactChunk(db, seq, token)) compacted++;
  return compacted;
}
