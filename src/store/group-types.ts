// The project's group types as the sync stored them (catalog meta), named for people: "companies", not "group 0".
import type { Database } from './database';
import { getMeta } from './meta';

export interface GroupTypeName {
  index: number;
  /** PostHog's plural name when the project set one, else the group type key (e.g. "company"). */
  name: string;
}

interface StoredGroupType { group_type: string; group_type_index: number; name_plural?: string | null }

export async function readGroupTypes(db: Database): Promise<GroupTypeName[]> {
  const catalog = await getMeta<{ groupTypes?: StoredGroupType[] }>(db, 'catalog');
  return (catalog?.groupTypes ?? [])
    .map((type) => ({ index: type.group_type_index, name: type.name_plural || type.group_type }))
    .sort((a, b) => a.index - b.index);
}
