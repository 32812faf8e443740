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
  it('creates version 1 from nothing: every store, keyed as the schema says', async () => {
    const db = await freshDatabase().open();
    expect(db.version).toBe(1);
    expect([...db.objectStoreNames].sort()).toEqual(['chunkProperties', 'chunks', 'distinctIds', 'groups', 'meta', 'persons']);
    const tx = db.transaction(['chunks', 'groups', 'meta']);
    expect(tx.objectStore('chunks').keyPath).toBe('seq');
    expect([...tx.objectStore('chunks').indexNames]).toEqual(['summary']);
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
    const step2 = vi.fn();
    const newer = await open({ migrations: [...MIGRATIONS, step2] });
    expect(newer.version).toBe(2);
    expect(step2).toHaveBeenCalledTimes(1);
    expect(onClosed).toHaveBeenCalledWith('blocking');
    expect(() => old.transaction('meta')).toThrow();
    await expect(getMeta(newer, 'kept')).resolves.toBe(true);
  });

  it('runs only the steps past the stored version', async () => {
    const { open } = freshDatabase();
    (await open()).close();
    const step1 = vi.fn();
    const step2 = vi.fn();
    await open({ migrations: [step1, step2] });
    expect(step1).not.toHaveBeenCalled();
    expect(step2).toHaveBeenCalledTimes(1);
  });

  it('tells when the browser terminates the connection', async () => {
    const onClosed = vi.fn<(reason: ClosedReason) => void>();
    const db = await freshDatabase().open({ onClosed });
    forceCloseDatabase(db as unknown as Parameters<typeof forceCloseDatabase>[0]);
    await vi.waitFor(() => expect(onClosed).toHaveBeenCalledWith('terminated'));
  });

  it('opens with the global indexedDB when no factory is given', async () => {
    const db = await openDatabase({ name: `global-${Math.random()}` });
    expect(db.version).toBe(1);
    db.close();
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
    await expect(readPersons(db)).resolves.toEqual([]);
    await expect(findPersonByDistinctId(db, 'd1')).resolves.toBeUndefined();
    await expect(readGroups(db)).resolves.toEqual([]);
    await expect(getMeta(db, 'sync')).resolves.toBeUndefined();
  });
});
