// The part of the synced project catalog (meta key 'catalog', written by the sync controller) the role editor
// reads: the project's own customer-analytics config, timezone, test-account filters, and its actions.
import type { PostHogAction } from '../core/config/posthog-import';
import type { Database } from './database';
import { getMeta } from './meta';

export const CATALOG_META_KEY = 'catalog';

export interface CatalogMeta {
  project?: { timezone: string; test_account_filters: unknown[]; customer_analytics_config: Record<string, unknown> | null };
  actions?: PostHogAction[];
  groupTypes?: { group_type: string; group_type_index: number; name_singular?: string | null; name_plural?: string | null }[];
}

export async function readCatalogMeta(db: Database): Promise<CatalogMeta | undefined> {
  return getMeta<CatalogMeta>(db, CATALOG_META_KEY);
}
