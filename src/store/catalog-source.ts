// The stored events' hot columns and the persons and groups, read once per stored-data version and kept for the
// role editor's repeated questions (catalogue, keys, values): reading 1M events costs ~150 ms, and the editor
// asks several times a second while the user types.
import type { PersonInfo, GroupInfo } from '../core/events/event-table';
import type { Database } from './database';
import { readEvents } from './event-reader';
import { readGroups } from './groups';
import { readPersons } from './persons';
import type { StoredEvents } from './stored-events';
import { cachePerStoredVersion } from './stored-version-cache';

export interface CatalogSource {
  version: string;
  /** Hot columns, without the uuids. */
  events: StoredEvents;
  persons: PersonInfo[];
  groups: GroupInfo[];
}

const cachedSource = cachePerStoredVersion(async (db, version): Promise<CatalogSource> => {
  const [events, persons, groups] = await Promise.all([readEvents(db), readPersons(db), readGroups(db)]);
  // The uuids (16 bytes an event) answer none of the editor's questions: not kept in memory.
  return { version, events: { ...events, uuid: new Uint8Array(0) }, persons, groups };
}, 1);

export function catalogSource(db: Database): Promise<CatalogSource> {
  return cachedSource(db);
}
