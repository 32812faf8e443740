// Appending events. A sync commits its cursor in the same transaction as the rows the cursor covers, so a sync
// killed at any moment resumes with no event lost and none stored twice; the UUID set drops events seen before.
// The texts are committed uncompressed and compacted afterwards (chunk-compaction.ts), off the commit path, unless
// the writer is asked to compress them first ('inline').
import type { EventBatch } from '../core/events/event-batch';
import { compactChunks, compactNextChunk, pendingToken } from './chunk-compaction';
import { encodeBatch, MAX_CHUNK_EVENTS, type EncodedBatch } from './chunk-encoder';
import { compactTexts } from './chunk-texts';
import { countEvents } from './chunk-summaries';
import type { Database } from './database';
import type { ChunkPropertiesRecord } from './schema';
import { isQuotaError, StorageFullError } from './storage-full-error';
import { UuidSet } from './uuid-set';

/** A meta record written atomically with a batch, e.g. the sync cursor after its last row. */
export interface CommitRecord {
  key: string;
  value: unknown;
}

export interface AppendResult {
  stored: number;
  duplicates: number;
}

export interface EventWriterOptions {
  /** At most this many events per chunk (default 50,000). */
  maxChunkEvents?: number;
  /**
   * When the texts of appended chunks are compressed. 'background' (default): one chunk at a time, after the
   * appends queued so far (a sync does it while it waits for the next page), and for chunks an earlier writer left
   * uncompressed. 'inline': before the append's transaction, which then commits them compressed: the least CPU in
   * all (no uncompressed write and read back, ~10% less), for a writer with nothing to wait for, such as a file
   * import. 'manual': only when `compact()` is called (the bench times it apart).
   */
  compaction?: 'background' | 'inline' | 'manual';
}

// Another writer, or deleteAllData, changed the chunks since this writer last looked: its UUID set is stale.
const STALE = Symbol('stale');
const MAX_ATTEMPTS = 3;

export class EventWriter {
  private queue: Promise<unknown> = Promise.resolve();
  private compactionScheduled = false;

  private constructor(
    private readonly db: Database,
    private readonly maxChunkEvents: number,
    private readonly compaction: 'background' | 'inline' | 'manual',
    private uuids: UuidSet,
    private lastSeq: number,
    private storedEvents: number,
  ) {}

  /** Reads every stored UUID once; later appends keep the set current. */
  static async open(db: Database, options: EventWriterOptions = {}): Promise<EventWriter> {
    const writer = new EventWriter(db, options.maxChunkEvents ?? MAX_CHUNK_EVENTS, options.compaction ?? 'background', new UuidSet(), 0, 0);
    await writer.reload();
    // Chunks a writer stopped before compacting them (the worker was killed) are compacted now.
    writer.scheduleCompaction();
    return writer;
  }

  /** Events stored, as far as this writer knows. */
  get storedCount(): number {
    return this.storedEvents;
  }

  /**
   * Stores the batch's events whose UUID is new, and `commit` in the meta store, in one transaction: both land or
   * neither does. Appends run one at a time, in call order. A full disk throws StorageFullError.
   */
  append(batch: EventBatch, commit?: CommitRecord): Promise<AppendResult> {
    const result = this.enqueue(() => this.appendNow(batch, commit));
    void result.then((outcome) => {
      if (outcome.stored > 0 && this.compaction === 'background') this.scheduleCompaction();
    }, () => undefined);
    return result;
  }

  /**
   * Compresses the texts of every chunk still uncompressed (also those of earlier writers), after the appends
   * queued before; resolves with how many chunks it compacted.
   */
  compact(): Promise<number> {
    return this.enqueue(() => compactChunks(this.db));
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /**
   * In the background, compacts one chunk per turn of the queue, so an append waits for at most one chunk's
   * compression (~0.15 s). Stops when none is left or on an error (the next append starts it again). An 'inline'
   * writer only compacts what earlier writers left, from when it opens.
   */
  private scheduleCompaction(): void {
    if (this.compaction === 'manual' || this.compactionScheduled) return;
    this.compactionScheduled = true;
    setTimeout(() => {
      this.compactionScheduled = false;
      this.enqueue(() => compactNextChunk(this.db)).then(
        (more) => {
          if (more) this.scheduleCompaction();
        },
        () => undefined,
      );
    }, 0);
  }

  private async appendNow(batch: EventBatch, commit: CommitRecord | undefined): Promise<AppendResult> {
    for (let attempt = 1; ; attempt++) {
      const encoded = encodeBatch(batch, this.uuids, this.maxChunkEvents);
      if (batch.length === 0 && !commit) return { stored: 0, duplicates: 0 };
      const texts =
        this.compaction === 'inline'
          ? await Promise.all(encoded.chunks.map((chunk) => compactTexts(chunk.text, chunk.offsets)))
          : encoded.chunks.map((chunk) => ({ text: chunk.text, offsets: chunk.offsets, pending: pendingToken() }));
      const outcome = await this.write(encoded, texts, commit);
      if (outcome !== STALE) return outcome;
      if (attempt === MAX_ATTEMPTS) throw new Error('Stored events kept changing under the sync; try again.');
      await this.reload();
    }
  }

  /** `texts[k]`: chunk k's texts record, but for its seq. */
  private async write(encoded: EncodedBatch, texts: Omit<ChunkPropertiesRecord, 'seq'>[], commit: CommitRecord | undefined): Promise<AppendResult | typeof STALE> {
    const tx = this.db.transaction(['chunks', 'chunkProperties', 'chunkKept', 'meta'], 'readwrite', { durability: 'relaxed' });
    let seq = this.lastSeq;
    try {
      const last = await tx.objectStore('chunks').openKeyCursor(null, 'prev');
      if ((last?.key ?? 0) !== this.lastSeq) {
        tx.abort();
        await tx.done.catch(() => undefined);
        return STALE;
      }
      const requests: Promise<unknown>[] = [];
      const track = (request: Promise<unknown>): void => {
        // Should a later request throw, these reject with AbortError after the catch below has moved on.
        request.catch(() => undefined);
        requests.push(request);
      };
      for (const [k, chunk] of encoded.chunks.entries()) {
        seq++;
        track(tx.objectStore('chunks').put({ seq, ...chunk.hot }));
        track(tx.objectStore('chunkProperties').put({ seq, ...texts[k] }));
        for (const column of chunk.kept) track(tx.objectStore('chunkKept').put({ ...column, seq }));
      }
      if (commit) track(tx.objectStore('meta').put(commit.value, commit.key));
      await Promise.all([...requests, tx.done]);
    } catch (error) {
      // A throw before the last request must not let the requests already made commit on their own.
      try {
        tx.abort();
      } catch {
        // Already aborted or finished.
      }
      const transactionError = await tx.done.then(() => undefined, (e: unknown) => e);
      if (isQuotaError(error, transactionError ?? tx.error)) throw new StorageFullError(this.storedEvents, { cause: error });
      throw error;
    }
    let stored = 0;
    for (const chunk of encoded.chunks) {
      this.uuids.addAll(chunk.hot.uuid);
      stored += chunk.hot.count;
    }
    this.lastSeq = seq;
    this.storedEvents += stored;
    return { stored, duplicates: encoded.duplicates };
  }

  /** Loads the UUIDs, last chunk number and event count from the database. */
  private async reload(): Promise<void> {
    const uuids = new UuidSet(await countEvents(this.db));
    let lastSeq = 0;
    let storedEvents = 0;
    const tx = this.db.transaction('chunks');
    for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
      uuids.addAll(cursor.value.uuid);
      lastSeq = cursor.key;
      storedEvents += cursor.value.count;
    }
    await tx.done;
    this.uuids = uuids;
    this.lastSeq = lastSeq;
    this.storedEvents = storedEvents;
  }
}

/** A writer for `db`, primed with the UUIDs already stored. Keep one per database and sync. */
export function openEventWriter(db: Database, options?: EventWriterOptions): Promise<EventWriter> {
  return EventWriter.open(db, options);
}
