// The role configuration the dashboard uses: the one the user saved in the popup, else the project's own
// PostHog customer-analytics config (imported at sync), else the defaults (activity = $pageview).
import { parseRoleConfig } from '../core/config/parse-role-config';
import { importPostHogConfig, type PostHogAction } from '../core/config/posthog-import';
import type { PropertyFilter, RoleConfig } from '../core/config/role-config';
import { serializeRoleConfig } from '../core/config/serialize-role-config';
import type { Database } from './database';
import { getMeta, putMeta } from './meta';

export const ROLE_CONFIG_META_KEY = 'roleConfig';
const CATALOG_META_KEY = 'catalog';

/** The part of the synced catalog this needs (written by the sync controller). */
interface CatalogProject {
  project?: { timezone: string; test_account_filters: unknown[]; customer_analytics_config: Record<string, unknown> | null };
  actions?: PostHogAction[];
}

export interface LoadedRoleConfig {
  config: RoleConfig;
  source: 'saved' | 'posthog' | 'default';
  /** What could not be imported from PostHog (a deleted action, another node kind), in words. */
  problems: string[];
}

export async function loadRoleConfig(db: Database): Promise<LoadedRoleConfig> {
  const saved = await getMeta<string>(db, ROLE_CONFIG_META_KEY);
  if (saved) return { config: parseRoleConfig(JSON.parse(saved)), source: 'saved', problems: [] };
  const catalog = await getMeta<CatalogProject>(db, CATALOG_META_KEY);
  const project = catalog?.project;
  if (!project) return { config: parseRoleConfig({ version: 1, roles: {} }), source: 'default', problems: [] };
  const imported = importPostHogConfig(project.customer_analytics_config ?? {}, catalog.actions ?? [], {
    timezone: project.timezone,
    testAccountFilters: project.test_account_filters as PropertyFilter[],
    filterTestAccounts: project.test_account_filters.length > 0,
  });
  const problems = [
    ...imported.missingActions.map((m) => `The ${m.role} role names action ${m.name ?? m.id}, which the project no longer has.`),
    ...imported.skippedNodes.map((n) => `The ${n.role} role is a ${n.kind}, which cannot be evaluated offline.`),
  ];
  return { config: imported.config, source: 'posthog', problems };
}

/** Saved as the exported file's text, so what is stored is exactly what the user can export and read. */
export async function saveRoleConfig(db: Database, config: RoleConfig): Promise<void> {
  await putMeta(db, ROLE_CONFIG_META_KEY, serializeRoleConfig(config));
}
