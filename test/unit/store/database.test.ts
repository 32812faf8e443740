import { forceCloseDatabase } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { deleteAllData, openDatabase, type ClosedReason } from '../../../src/store/database';
import { countEvents } from '../../../src/store/chunk-summaries';
import { openEventWriter } from '../../../src/store/event-writer';
import { getMeta, putMeta } from '../../../src/store/meta';
import { MIGRATIONS } from '../../../src/store/migrations';
import { putGroups, readGroups } from '../../../src/store/groups';
import { putPersons, readPersons, findPersonByDistinctId } from '../../../src/store/persons';
import { freshDatabase, syntheticBatch } from './fixtures';

describe('openDatabase', () => {
  it('creates version 2 from nothing: every store, keyed as the schema says', async () => {
    const db = await freshDatabase().open();
    expect(db.version).toBe(2);
    expect([...db.objectStoreNames].sort()).toEqual(['chunkKept', 'chunkProperties', 'chunks', 'distinctIds', 'groups', 'meta', 'persons']);
    const tx = db.transaction(['chunks', 'chunkProperties', 'chunkKept', 'groups', 'meta']);
    expect(tx.objectStore('chunks').keyPath).toBe('seq');
    expect([...tx.objectStore('chunks').indexNames]).toEqual(['summary']);
    expect([...tx.objectStore('chunkProperties').indexNames]).toEqual(['pending']);
    expect(tx.objectStore('chunkKept').keyPath).toEqual(['property', 'seq']);
    expect(tx.objectStore('groups').keyPath).toEqual(['group_type_index', 'group_key']);
    expect(tx.objectStore('meta').keyPath).toBeNull();
    await tx.done;
  });

  it('keeps the data when opened again at the same version', async () => {
    const { open } = freshDatabase();
    const first = await open();
    await putMeta(first, 'project', { id: 7 });
    first.close();
    await expect(getMeta(await open(), 'project')).resolves.toEqual({ id: 7 });
  });

  it('closes itself when a newer version wants to open, so the upgrade is not blocked', async () => {
    const { open } = freshDatabase();
    const onClosed = vi.fn<(reason: ClosedReason) => void>();
    const old = await open({ onClosed });
    await putMeta(old, 'kept', true);
    const step3 = vi.fn();
    const newer = await open({ migrations: [...MIGRATIONS, step3] });
    expect(newer.version).toBe(3);
    expect(step3).toHaveBeenCalledTimes(1);
    expect(onClosed).toHaveBeenCalledWith('blocking');
    expect(() => old.transaction('meta')).toThrow();
    await expect(getMeta(newer, 'kept')).resolves.toBe(true);
  });

  it('runs only the steps past the stored version', async () => {
    const { open } = freshDatabase();
    (await open({ migrations: MIGRATIONS.slice(0, 1) })).close();
    const step1 = vi.fn();
    const step2 = vi.fn();
    const step3 = vi.fn();
    await open({ migrations: [step1, step2, step3] });
    expect(step1).not.toHaveBeenCalled();
    expect(step2).toHaveBeenCalledTimes(1);
    expect(step3).toHaveBeenCalledTimes(1);
  });

  it('tells when the browser terminates the connection', async () => {
    const onClosed = vi.fn<(reason: ClosedReason) => void>();
    const db = await freshDatabase().open({ onClosed });
    forceCloseDatabase(db as unknown as Parameters<typeof forceCloseDatabase>[0]);
    await vi.waitFor(() => expect(onClosed).toHaveBeenCalledWith('terminated'));
  });

  it('opens with the global indexedDB when no factory is given', async () => {
    const db = await openDatabase({ name: `global-${Math.random()}` });
    expect(db.version).toBe(2);
    db.close();
  });
});

describe('migration to version 2', () => {
  it('clears the version 1 events and the sync state, so the next sync pulls again, and keeps the rest', async () => {
    const { open } = freshDatabase();
    const v1 = await open({ migrations: MIGRATIONS.slice(0, 1) });
    // A version 1 chunk, as that version wrote it (its format is not read any more).
    await v1.put('chunks', { seq: 1, count: 1, minTs: 5, maxTs: 5, timestamp: new Float64Array([5]), uuid: new Uint8Array(16) } as never);
    await v1.put('chunkProperties', { seq: 1, compressed: new Uint8Array(3), offsets: new Uint32Array(3) });
    await v1.put('meta', { cursor: 'x' }, 'sync');
    await v1.put('meta', { groupTypes: [] }, 'catalog');
    await putPersons(v1, [{ id: 'p1', distinct_ids: ['d1'], properties: {}, created_at: 1 }]);
    v1.close();

    const db = await open();
    expect(db.version).toBe(2);
    await expect(countEvents(db)).resolves.toBe(0);
    await expect(db.count('chunkProperties')).resolves.toBe(0);
    await expect(getMeta(db, 'sync')).resolves.toBeUndefined();
    await expect(getMeta(db, 'catalog')).resolves.toEqual({ groupTypes: [] });
    await expect(findPersonByDistinctId(db, 'd1')).resolves.toMatchObject({ id: 'p1' });
    await (await openEventWriter(db)).append(syntheticBatch(3));
    await expect(countEvents(db)).resolves.toBe(3);
  });
});

describe('deleteAllData', () => {
  it('empties every store at once', async () => {
    const db = await freshDatabase().open();
    await (await openEventWriter(db)).append(syntheticBatch(10), { key: 'sync', value: 'cursor' });
    await putPersons(db, [{ id: 'p1', distinct_ids: ['d1'], properties: {}, created_at: 1 }]);
    await putGroups(db, [{ group_type_index: 0, group_key: 'acme', group_properties: {}, created_at: 1 }]);
    await deleteAllData(db);
    await expect(countEvents(db)).resolves.toBe(0);
    await expect(db.count('chunkProperties')).resolves.toBe(0);
    await expect(db.count('chunkKept')).resolves.toBe(0);
    await expect(readPersons(db)).resolves.toEqual([]);
    await expect(findPersonByDistinctId(db, 'd1')).resolves.toBeUndefined();
    await expect(readGroups(db)).resolves.toEqual([]);
    await expect(getMeta(db, 'sync')).resolves.toBeUndefined();
  });
});
