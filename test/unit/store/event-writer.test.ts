import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../../src/core/user-error';
import { countEvents } from '../../../src/store/chunk-summaries';
import { deleteAllData } from '../../../src/store/database';
import { readEvents } from '../../../src/store/event-reader';
import { openEventWriter } from '../../../src/store/event-writer';
import { getMeta } from '../../../src/store/meta';
import { StorageFullError } from '../../../src/store/storage-full-error';
import { batchOf, freshDatabase, row, rowsOf, syntheticBatch, uuidOf } from './fixtures';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Makes the next put into `store` fail the way `fail` says, once: before the put is made, or just after. */
function failNextPut(store: string, fail: (objectStore: IDBObjectStore) => never | void, when: 'before' | 'after' = 'before'): void {
  const put = IDBObjectStore.prototype.put;
  let failed = false;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
    const failing = !failed && this.name === store;
    if (failing) failed = true;
    if (failing && when === 'before') fail(this);
    const request = put.apply(this, args);
    if (failing && when === 'after') fail(this);
    return request;
  });
}

describe('EventWriter duplicates', () => {
  it('drops duplicate uuids within a batch, keeping the first', async () => {
    const db = await freshDatabase().open();
    const writer = await openEventWriter(db);
    const rows = [row(1), row(2), row(1, { event: 'again' }), row(3), row(2)];
    await expect(writer.append(batchOf(rows))).resolves.toEqual({ stored: 3, duplicates: 2 });
    expect(rowsOf(await readEvents(db, { properties: true }))).toEqual([row(1), row(2), row(3)]);
  });

  it('drops events already stored, and knows them again after reopening', async () => {
    const { open } = freshDatabase();
    const db = await open();
    const writer = await openEventWriter(db);
    await writer.append(syntheticBatch(100, 0));
    await expect(writer.append(syntheticBatch(100, 50))).resolves.toEqual({ stored: 50, duplicates: 50 });
    db.close();

    const reopened = await open();
    const again = await openEventWriter(reopened);
    expect(again.storedCount).toBe(150);
    await expect(again.append(syntheticBatch(200, 0))).resolves.toEqual({ stored: 50, duplicates: 150 });
    await expect(countEvents(reopened)).resolves.toBe(200);
  });

  it('reloads its uuids when the data was deleted under it', async () => {
    const db = await freshDatabase().open();
    const writer = await openEventWriter(db);
    await writer.append(syntheticBatch(20));
    await deleteAllData(db);
    await expect(writer.append(syntheticBatch(20))).resolves.toEqual({ stored: 20, duplicates: 0 });
  });

  it('runs appends one at a time so concurrent calls cannot both store an event', async () => {
    const db = await freshDatabase().open();
    const writer = await openEventWriter(db);
    const results = await Promise.all([writer.append(syntheticBatch(10)), writer.append(syntheticBatch(10))]);
    expect(results).toEqual([{ stored: 10, duplicates: 0 }, { stored: 0, duplicates: 10 }]);
  });
});

describe('EventWriter commit record', () => {
  it('writes the commit record with the rows, and alone when every event is a duplicate', async () => {
    const db = await freshDatabase().open();
    const writer = await openEventWriter(db);
    await writer.append(syntheticBatch(5), { key: 'sync', value: { cursor: 5 } });
    await expect(getMeta(db, 'sync')).resolves.toEqual({ cursor: 5 });
    await expect(writer.append(syntheticBatch(5), { key: 'sync', value: { cursor: 'again' } })).resolves.toEqual({ stored: 0, duplicates: 5 });
    await expect(getMeta(db, 'sync')).resolves.toEqual({ cursor: 'again' });
  });

  it('lands neither rows nor commit when the transaction fails, and a retry stores both', async () => {
    const db = await freshDatabase().open();
    const writer = await openEventWriter(db);
    await writer.append(syntheticBatch(5, 0), { key: 'sync', value: 1 });
    failNextPut('meta', () => {
      throw new DOMException('disk on fire', 'UnknownError');
    });
    await expect(writer.append(syntheticBatch(5, 5), { key: 'sync', value: 2 })).rejects.toThrow('disk on fire');
    await expect(countEvents(db)).resolves.toBe(5);
    await expect(getMeta(db, 'sync')).resolves.toBe(1);

    // The failed batch's uuids were not remembered: the retry stores them.
    await expect(writer.append(syntheticBatch(5, 5), { key: 'sync', value: 2 })).resolves.toEqual({ stored: 5, duplicates: 0 });
    await expect(getMeta(db, 'sync')).resolves.toBe(2);
    expect(rowsOf(await readEvents(db, { properties: true })).map((r) => r.uuid)).toEqual(Array.from({ length: 10 }, (_, n) => uuidOf(n)));
  });

  it('lands nothing when the transaction aborts after the chunk was put', async () => {
    const db = await freshDatabase().open();
    const writer = await openEventWriter(db);
    failNextPut('meta', (store) => store.transaction.abort());
    await expect(writer.append(syntheticBatch(5), { key: 'sync', value: 1 })).rejects.toThrow();
    await expect(countEvents(db)).resolves.toBe(0);
    await expect(db.count('chunkProperties')).resolves.toBe(0);
    await expect(getMeta(db, 'sync')).resolves.toBeUndefined();
    await expect(writer.append(syntheticBatch(5), { key: 'sync', value: 1 })).resolves.toEqual({ stored: 5, duplicates: 0 });
  });
});

describe('EventWriter quota', () => {
  it('turns a QuotaExceededError from a put into StorageFullError, keeping what is stored', async () => {
    const db = await freshDatabase().open();
    const writer = await openEventWriter(db);
    await writer.append(syntheticBatch(1234, 0));
    failNextPut('chunks', () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const failure = writer.append(syntheticBatch(10, 5000), { key: 'sync', value: 'x' });
    await expect(failure).rejects.toBeInstanceOf(StorageFullError);
    await expect(failure).rejects.toBeInstanceOf(UserError);
    await expect(failure).rejects.toMatchObject({
      code: 'storage_full',
      message: "The browser's storage for this extension is full; 1,234 events are stored and kept. Free disk space or choose a shorter sync window, then resume.",
    });
    await expect(countEvents(db)).resolves.toBe(1234);
    await expect(getMeta(db, 'sync')).resolves.toBeUndefined();
  });

  it('recognises quota behind an AbortError (the transaction aborted with a QuotaExceededError)', async () => {
    const db = await freshDatabase().open();
    const writer = await openEventWriter(db);
    // What a browser does when the commit runs out of space: the requests fail with AbortError and the
    // transaction's error is the QuotaExceededError. fake-indexeddb's internal _abort(name) does exactly that.
    failNextPut('chunkProperties', (store) => (store.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError'), 'after');
    const failure = writer.append(syntheticBatch(3));
    await expect(failure).rejects.toBeInstanceOf(StorageFullError);
    await expect(failure).rejects.toMatchObject({ cause: { name: 'AbortError' } });
    await expect(countEvents(db)).resolves.toBe(0);
  });
});
