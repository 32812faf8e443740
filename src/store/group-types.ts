// The project's group types as the sync stored them (catalog meta), named for people: "companies", not "group 0".
import type { Database } from './database';
import { getMeta } from './meta';

export interface GroupTypeName {
  index: number;
  /** PostHog's names when the project set them, else the group type key: "company" / "companies". */
  singular: string;
  plural: string;
}

interface StoredGroupType { group_type: string; group_type_index: number; name_singular?: string | null; name_plural?: string | null }

export async function readGroupTypes(db: Database): Promise<GroupTypeName[]> {
  const catalog = await getMeta<{ groupTypes?: StoredGroupType[] }>(db, 'catalog');
  return (catalog?.groupTypes ?? [])
    .map((type) => ({
      index: type.group_type_index,
      singular: type.name_singular || type.group_type,
      plural: type.name_plural || type.name_singular || type.group_type,
    }))
    .sort((a, b) => a.index - b.index);
}
