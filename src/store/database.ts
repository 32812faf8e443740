// Opening the database. The popup, the side panel and the service worker may all hold it open at once, so a
// connection that stands in the way of a newer version's upgrade closes itself and says so.
import { wrap, type IDBPDatabase } from 'idb';
import { MIGRATIONS, type Migration } from './migrations';
import { STORE_NAMES, type AnalyticsSchema } from './schema';

export type Database = IDBPDatabase<AnalyticsSchema>;

export const DATABASE_NAME = 'pmf-lens';

/** Why a connection stopped working: a newer version wants to upgrade, or the browser cut it (e.g. storage cleared). */
export type ClosedReason = 'blocking' | 'terminated';

export interface OpenDatabaseOptions {
  name?: string;
  /** Tests pass a fresh fake-indexeddb factory; the extension uses the global `indexedDB`. */
  factory?: IDBFactory;
  /** Called after the connection has closed; open a new one (after a 'blocking' close, reloading the page is wise). */
  onClosed?: (reason: ClosedReason) => void;
  /** Upgrade steps; the version opened is their count. Only tests pass their own. */
  migrations?: readonly Migration[];
}

/**
 * Opens (creating or upgrading) the database. This is idb's `openDB` with an injectable factory: `openDB` always
 * reads the global `indexedDB`, so the same steps are done here on `factory.open` through idb's `wrap`.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const { name = DATABASE_NAME, factory = indexedDB, onClosed, migrations = MIGRATIONS } = options;
  const version = migrations.length;
  const request = factory.open(name, version);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as Database;
    const tx = wrap(request.transaction as IDBTransaction) as unknown as Parameters<Migration>[1];
    for (let next = event.oldVersion + 1; next <= version; next++) migrations[next - 1]?.(db, tx);
  });
  const db = (await wrap(request)) as Database;
  // Another context is upgrading: step aside, or its open stays blocked for as long as this page lives.
  db.addEventListener('versionchange', () => {
    db.close();
    onClosed?.('blocking');
  });
  // 'close' fires only on an abnormal close (never on db.close()).
  db.addEventListener('close', () => onClosed?.('terminated'));
  return db;
}

/** Empties every store in one transaction: events, persons, groups and sync state go together or not at all. */
export async function deleteAllData(db: Database): Promise<void> {
  const tx = db.transaction([...STORE_NAMES], 'readwrite');
  await Promise.all([...STORE_NAMES.map((store) => tx.objectStore(store).clear()), tx.done]);
}

/** Bytes the browser counts against this extension's origin, when it will say. */
export async function estimateStoredBytes(): Promise<number | undefined> {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return undefined;
  const estimate = await navigator.storage.estimate();
  return estimate.usage;
}
