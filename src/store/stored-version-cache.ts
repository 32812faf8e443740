// Results computed from the stored events, kept while the stored-data version stays the same (an append, a
// compaction or a delete changes it): the role editor asks the same questions many times while the user types,
// and reading a million events costs ~150–250 ms each time.
import type { Database } from './database';
import { storedDataVersion } from './stored-data-version';

type Load<T> = (db: Database, version: string, key: string) => Promise<T>;

/**
 * `load` once per (database, version, key); at most `keep` keys are held per database, the least recently asked
 * dropped first. A failed load is forgotten, so the next question tries again.
 */
export function cachePerStoredVersion<T>(load: Load<T>, keep: number): (db: Database, key?: string) => Promise<T> {
  const byDatabase = new WeakMap<Database, { version: string; entries: Map<string, Promise<T>> }>();
  return async (db, key = '') => {
    const version = await storedDataVersion(db);
    let cache = byDatabase.get(db);
    if (!cache || cache.version !== version) {
      cache = { version, entries: new Map() };
      byDatabase.set(db, cache);
    }
    const { entries } = cache;
    const hit = entries.get(key);
    if (hit) {
      // Most recently asked last: Map keeps insertion order.
      entries.delete(key);
      entries.set(key, hit);
      return hit;
    }
    const value = load(db, version, key);
    entries.set(key, value);
    if (entries.size > keep) entries.delete(entries.keys().next().value!);
    value.catch(() => {
      if (entries.get(key) === value) entries.delete(key);
    });
    return value;
  };
}
