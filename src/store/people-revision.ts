// A token renewed by every write of persons or groups (inside that write's transaction): what a cache of results
// computed from them compares, since their count alone misses a changed property or created_at.
import type { StoreNames } from 'idb';
import type { IDBPTransaction } from 'idb';
import type { AnalyticsSchema } from './schema';
import type { Database } from './database';
import { getMeta } from './meta';

export const PEOPLE_REVISION_META_KEY = 'peopleRevision';

type WritingMeta = IDBPTransaction<AnalyticsSchema, StoreNames<AnalyticsSchema>[], 'readwrite'>;

export function renewPeopleRevision(tx: WritingMeta): Promise<unknown> {
  return tx.objectStore('meta').put(crypto.randomUUID(), PEOPLE_REVISION_META_KEY);
}

export async function readPeopleRevision(db: Database): Promise<string | null> {
  return (await getMeta<string>(db, PEOPLE_REVISION_META_KEY)) ?? null;
}
