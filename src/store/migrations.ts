// Schema changes, one step per version. Step N turns a version N-1 database into version N; an upgrade runs every
// step past the old version, in order. Never edit a released step: add the next one.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { AnalyticsSchema } from './schema';

export type Migration = (
  db: IDBPDatabase<AnalyticsSchema>,
  tx: IDBPTransaction<AnalyticsSchema, StoreNames<AnalyticsSchema>[], 'versionchange'>,
) => void;

/** Version 1: the columnar event chunks, persons, groups and meta. */
const createInitialStores: Migration = (db) => {
  const chunks = db.createObjectStore('chunks', { keyPath: 'seq' });
  chunks.createIndex('summary', ['maxTs', 'minTs', 'count']);
  db.createObjectStore('chunkProperties', { keyPath: 'seq' });
  db.createObjectStore('persons', { keyPath: 'id' });
  db.createObjectStore('distinctIds', { keyPath: 'distinctId' });
  db.createObjectStore('groups', { keyPath: ['group_type_index', 'group_key'] });
  db.createObjectStore('meta');
};

/** migrations[v - 1] upgrades to version v; the database's version is migrations.length. */
export const MIGRATIONS: readonly Migration[] = [createInitialStores];
