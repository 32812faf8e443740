// Groups (companies, teams…): the B2B actors, keyed by [group_type_index, group_key] like PostHog's.
import type { Database } from './database';
import { renewPeopleRevision } from './people-revision';
import type { GroupRecord } from './schema';

/** Inserts or replaces groups in one transaction. */
export async function putGroups(db: Database, groups: readonly GroupRecord[]): Promise<void> {
  const tx = db.transaction(['groups', 'meta'], 'readwrite', { durability: 'relaxed' });
  const store = tx.objectStore('groups');
  await Promise.all([...groups.map((group) => store.put(group)), renewPeopleRevision(tx), tx.done]);
}

export async function getGroup(db: Database, groupTypeIndex: number, groupKey: string): Promise<GroupRecord | undefined> {
  return db.get('groups', [groupTypeIndex, groupKey]);
}

/** Every stored group, or those of one group type, ordered by type then key. */
export async function readGroups(db: Database, groupTypeIndex?: number): Promise<GroupRecord[]> {
  if (groupTypeIndex === undefined) return db.getAll('groups');
  // [t] sorts before every [t, key] and [t + 1] after them.
  return db.getAll('groups', IDBKeyRange.bound([groupTypeIndex], [groupTypeIndex + 1], false, true));
}
