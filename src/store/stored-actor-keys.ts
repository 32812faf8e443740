// The distinct ids and group keys that stored events name: the people and groups a sync must describe. Read from
// the chunks' dictionaries only (no row is decoded), so 1M events cost one pass over ~20 small dictionaries.
import type { Database } from './database';
import type { DictionaryColumn } from './schema';
import { formatUuids, UUID_BYTES } from './uuid-bytes';

export interface StoredActorKeys {
  /** Every distinct_id, sorted by code unit: a stable order that a paged pull can resume in. */
  distinctIds: string[];
  /** groupKeys[N]: every `$group_N` key, sorted likewise. */
  groupKeys: string[][];
}

function addValues(column: DictionaryColumn | null | undefined, into: Set<string>): void {
  if (!column) return;
  for (let k = 1; k < column.values.length; k++) into.add(column.values[k] as string);
  if (column.uuids) for (const id of formatUuids(column.uuids, column.uuids.length / UUID_BYTES)) into.add(id);
}

const sorted = (set: Set<string>) => [...set].filter((value) => value !== '').sort();

export async function readStoredActorKeys(db: Database): Promise<StoredActorKeys> {
  const distinct = new Set<string>();
  const groups = Array.from({ length: 5 }, () => new Set<string>());
  let cursor = await db.transaction('chunks').store.openCursor();
  while (cursor) {
    const chunk = cursor.value;
    addValues(chunk.distinctId, distinct);
    chunk.groups.forEach((column, slot) => addValues(column, groups[slot] as Set<string>));
    cursor = await cursor.continue();
  }
  return { distinctIds: sorted(distinct), groupKeys: groups.map(sorted) };
}
