// The project's group types as the sync stored them (catalog meta), named for people: "companies", not "group 0".
import { readCatalogMeta } from './catalog-meta';
import type { Database } from './database';

export interface GroupTypeName {
  index: number;
  /** PostHog's names when the project set them, else the group type key: "company" / "companies". */
  singular: string;
  plural: string;
}

export async function readGroupTypes(db: Database): Promise<GroupTypeName[]> {
  const catalog = await readCatalogMeta(db);
  return (catalog?.groupTypes ?? [])
    .map((type) => ({
      index: type.group_type_index,
      singular: type.name_singular || type.group_type,
      plural: type.name_plural || type.name_singular || type.group_type,
    }))
    .sort((a, b) => a.index - b.index);
}
