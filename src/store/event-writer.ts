// Appending events. A sync commits its cursor in the same transaction as the rows the cursor covers, so a sync
// killed at any moment resumes with no event lost and none stored twice; the UUID set drops events seen before.
import type { EventBatch } from '../core/events/event-batch';
import { encodeBatch, MAX_CHUNK_EVENTS, type EncodedBatch } from './chunk-encoder';
import { countEvents } from './chunk-summaries';
import type { Database } from './database';
import { isQuotaError, StorageFullError } from './storage-full-error';
import { compressText } from './text-compression';
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
}

// Another writer, or deleteAllData, changed the chunks since this writer last looked: its UUID set is stale.
const STALE = Symbol('stale');
const MAX_ATTEMPTS = 3;

export class EventWriter {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly db: Database,
    private readonly maxChunkEvents: number,
    private uuids: UuidSet,
    private lastSeq: number,
    private storedEvents: number,
  ) {}

  /** Reads every stored UUID once; later appends keep the set current. */
  static async open(db: Database, options: EventWriterOptions = {}): Promise<EventWriter> {
    const writer = new EventWriter(db, options.maxChunkEvents ?? MAX_CHUNK_EVENTS, new UuidSet(), 0, 0);
    await writer.reload();
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
    const result = this.queue.then(() => this.appendNow(batch, commit));
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async appendNow(batch: EventBatch, commit: CommitRecord | undefined): Promise<AppendResult> {
    for (let attempt = 1; ; attempt++) {
      const encoded = encodeBatch(batch, this.uuids, this.maxChunkEvents);
      if (batch.length === 0 && !commit) return { stored: 0, duplicates: 0 };
      const compressed = await Promise.all(encoded.chunks.map((chunk) => compressText(chunk.text)));
      const outcome = await this.write(encoded, compressed, commit);
      if (outcome !== STALE) return outcome;
      if (attempt === MAX_ATTEMPTS) throw new Error('Stored events kept changing under the sync; try again.');
      await this.reload();
    }
  }

  private async write(encoded: EncodedBatch, compressed: Uint8Array[], commit: CommitRecord | undefined): Promise<AppendResult | typeof STALE> {
    const tx = this.db.transaction(['chunks', 'chunkProperties', 'meta'], 'readwrite', { durability: 'relaxed' });
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
      encoded.chunks.forEach((chunk, k) => {
        seq++;
        track(tx.objectStore('chunks').put({ seq, ...chunk.hot }));
        track(tx.objectStore('chunkProperties').put({ seq, compressed: compressed[k] as Uint8Array, offsets: chunk.offsets }));
      });
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
