import { describe, expect, it } from 'vitest';
import { getGroup, putGroups, readGroups } from '../../../src/store/groups';
import { deleteMeta, getMeta, putMeta } from '../../../src/store/meta';
import { findPersonByDistinctId, getPerson, PERSONS_SNAPSHOT_META_KEY, putPersons, readPersons } from '../../../src/store/persons';
import type { GroupRecord, PersonRecord } from '../../../src/store/schema';
import { freshDatabase } from './fixtures';

const ada: PersonRecord = { id: 'p-ada', distinct_ids: ['anon-1', 'ada@example.com'], properties: { email: 'ada@example.com', plan: 'pro' }, created_at: Date.UTC(2026, 0, 2) };
const bob: PersonRecord = { id: 'p-bob', distinct_ids: ['anon-2'], properties: {}, created_at: Date.UTC(2026, 1, 3) };

function group(type: number, key: string, name = key): GroupRecord {
  return { group_type_index: type, group_key: key, group_properties: { name }, created_at: 1 };
}

describe('persons', () => {
  it('stores persons and finds them by id and by any distinct_id', async () => {
    const db = await freshDatabase().open();
    await putPersons(db, [ada, bob]);
    await expect(getPerson(db, 'p-ada')).resolves.toEqual(ada);
    await expect(findPersonByDistinctId(db, 'ada@example.com')).resolves.toEqual(ada);
    await expect(findPersonByDistinctId(db, 'anon-2')).resolves.toEqual(bob);
    await expect(findPersonByDistinctId(db, 'nobody')).resolves.toBeUndefined();
    await expect(getPerson(db, 'p-nobody')).resolves.toBeUndefined();
    await expect(readPersons(db)).resolves.toEqual([ada, bob]);
  });

  it('reads every person back from its one-text snapshot, kept current by each write, unknown created_at as NaN', async () => {
    const db = await freshDatabase().open();
    const undated: PersonRecord = { id: 'p-cy', distinct_ids: ['anon-3'], properties: { name: '<b>Cy</b>' }, created_at: NaN };
    await putPersons(db, [bob, undated]);
    await putPersons(db, [ada, { ...bob, properties: { plan: 'team' } }]);
    expect(await getMeta(db, PERSONS_SNAPSHOT_META_KEY)).toEqual(expect.any(String));
    const read = await readPersons(db);
    expect(read).toEqual([ada, { ...bob, properties: { plan: 'team' } }, undated]);
    expect(read[2]!.created_at).toBeNaN();
    // A database written before snapshots existed still reads every person.
    await deleteMeta(db, PERSONS_SNAPSHOT_META_KEY);
    await expect(readPersons(db)).resolves.toEqual(read);
  });

  it('replaces a person, and after a merge the surviving person owns the distinct_id', async () => {
    const db = await freshDatabase().open();
    await putPersons(db, [ada, bob]);
    const merged: PersonRecord = { ...bob, distinct_ids: ['anon-2', 'anon-1'], properties: { plan: 'team' } };
    await putPersons(db, [merged]);
    await expect(getPerson(db, 'p-bob')).resolves.toEqual(merged);
    await expect(findPersonByDistinctId(db, 'anon-1')).resolves.toEqual(merged);
    await expect(readPersons(db)).resolves.toHaveLength(2);
  });
});

describe('groups', () => {
  it('stores groups under [type, key] and reads all or one type', async () => {
    const db = await freshDatabase().open();
    await putGroups(db, [group(1, 'team-a'), group(0, 'acme'), group(0, 'zeta'), group(2, 'x')]);
    await putGroups(db, [group(0, 'acme', 'Acme Inc')]);
    await expect(getGroup(db, 0, 'acme')).resolves.toEqual(group(0, 'acme', 'Acme Inc'));
    await expect(readGroups(db, 0)).resolves.toEqual([group(0, 'acme', 'Acme Inc'), group(0, 'zeta')]);
    await expect(readGroups(db, 1)).resolves.toEqual([group(1, 'team-a')]);
    await expect(readGroups(db, 4)).resolves.toEqual([]);
    await expect(readGroups(db)).resolves.toHaveLength(4);
  });
});

describe('meta', () => {
  it('keeps structured values under string keys', async () => {
    const db = await freshDatabase().open();
    const state = { cursor: { timestamp: 1, uuid: 'u' }, window: [0, 10], at: new Date(5) };
    await putMeta(db, 'sync', state);
    await expect(getMeta<typeof state>(db, 'sync')).resolves.toEqual(state);
    await putMeta(db, 'sync', 'replaced');
    await expect(getMeta(db, 'sync')).resolves.toBe('replaced');
    await deleteMeta(db, 'sync');
    await expect(getMeta(db, 'sync')).resolves.toBeUndefined();
  });
});
