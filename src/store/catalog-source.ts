// The stored events' hot columns and the persons and groups, read once per stored-data version and kept for the
// role editor's repeated questions (catalogue, keys, values): reading 1M events costs ~150 ms, and the editor
// asks several times a second while the user types.
import type { PersonInfo, GroupInfo } from '../core/events/event-table';
import type { Database } from './database';
import { readEvents } from './event-reader';
import { readGroups } from './groups';
import { readPersons } from './persons';
import type { StoredEvents } from './stored-events';
import { storedDataVersion } from './stored-data-version';

export interface CatalogSource {
  version: string;
  /** Hot columns, without the uuids. */
  events: StoredEvents;
  persons: PersonInfo[];
  groups: GroupInfo[];
}

const cache = new WeakMap<Database, { version: string; source: Promise<CatalogSource> }>();

export async function catalogSource(db: Database): Promise<CatalogSource> {
  const version = await storedDataVersion(db);
  const hit = cache.get(db);
  if (hit && hit.version === version) return hit.source;
  const source = (async (): Promise<CatalogSource> => {
    const [events, persons, groups] = await Promise.all([readEvents(db), readPersons(db), readGroups(db)]);
    // The uuids (16 bytes an event) answer none of the editor's questions: not kept in memory.
    return { version, events: { ...events, uuid: new Uint8Array(0) }, persons, groups };
  })();
  cache.set(db, { version, source });
  source.catch(() => {
    if (cache.get(db)?.source === source) cache.delete(db);
  });
  return source;
}
