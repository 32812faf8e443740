// The last dashboard the side panel computed, with what it was computed from. Opening the panel again over the same
// stored data, people, roles, choices and day shows it at once instead of reading and preparing a million events
// (~0.5–1 s); anything else computes afresh. One entry: the panel shows one dashboard at a time.
import type { Database } from './database';
import { getMeta, putMeta } from './meta';
import { readPeopleRevision } from './people-revision';
import { storedDataVersion } from './stored-data-version';

const DASHBOARD_CACHE_META_KEY = 'dashboardCache';

interface CacheEntry<T> {
  key: string;
  value: T;
}

/** What the stored events and people are now: a result computed from them holds while both stay the same. */
export interface StoredVersions {
  events: string;
  people: string | null;
}

/**
 * Starts its reads at once, in the caller's turn: called before the reads of the data a result is computed from,
 * the versions are never newer than that data (a write in between makes them older, which only costs a miss).
 */
export function readStoredVersions(db: Database): Promise<StoredVersions> {
  return Promise.all([storedDataVersion(db), readPeopleRevision(db)]).then(([events, people]) => ({ events, people }));
}

/** The versions joined with `inputs`: everything else the result depends on. */
export function dashboardCacheKey(versions: StoredVersions, inputs: readonly unknown[]): string {
  return JSON.stringify([versions.events, versions.people, ...inputs]);
}

export async function readCachedDashboard<T>(db: Database, key: string): Promise<T | undefined> {
  const entry = await getMeta<CacheEntry<T>>(db, DASHBOARD_CACHE_META_KEY);
  return entry?.key === key ? entry.value : undefined;
}

export async function writeCachedDashboard<T>(db: Database, key: string, value: T): Promise<void> {
  const entry: CacheEntry<T> = { key, value };
  await putMeta(db, DASHBOARD_CACHE_META_KEY, entry);
}

export async function clearCachedDashboard(db: Database): Promise<void> {
  await db.delete('meta', DASHBOARD_CACHE_META_KEY);
}
