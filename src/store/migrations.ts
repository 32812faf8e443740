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

/**
 * Version 2: kept properties as sparse columns (`chunkKept`), texts compacted after the commit (`pending` index),
 * and a smaller hot format (timestamps as gaps, 1-byte indexes, UUID dictionaries as bytes).
 *
 * EVENTS ARE DROPPED, not converted: version 1 chunks have no kept columns, and filling them would mean
 * decompressing and parsing every stored event, which cannot be awaited inside an upgrade transaction. So the
 * chunks, their texts and the sync state (meta key 'sync', SYNC_META_KEY in sources/sync) are cleared together:
 * the next sync sees no state and pulls its whole window again. Events imported from a file must be imported
 * again. Persons, groups, the catalog and every other meta record are kept.
 */
const keptColumnsAndCompaction: Migration = (db, tx) => {
  db.createObjectStore('chunkKept', { keyPath: ['property', 'seq'] });
  tx.objectStore('chunkProperties').createIndex('pending', 'pending');
  void tx.objectStore('chunks').clear();
  void tx.objectStore('chunkProperties').clear();
  void tx.objectStore('meta').delete('sync');
};

/** migrations[v - 1] upgrades to version v; the database's version is migrations.length. */
export const MIGRATIONS: readonly Migration[] = [createInitialStores, keptColumnsAndCompaction];
