// The role configuration the dashboard uses: the one the user saved in the popup, else the project's own
// PostHog customer-analytics config (imported at sync), else the defaults (activity = $pageview).
import { parseRoleConfig } from '../core/config/parse-role-config';
import type { RoleConfig } from '../core/config/role-config';
import { serializeRoleConfig } from '../core/config/serialize-role-config';
import { readCatalogMeta } from './catalog-meta';
import type { Database } from './database';
import { getMeta, putMeta } from './meta';
import { roleConfigFromCatalog } from './posthog-role-config';

export const ROLE_CONFIG_META_KEY = 'roleConfig';

export interface LoadedRoleConfig {
  config: RoleConfig;
  source: 'saved' | 'posthog' | 'default';
  /** What could not be imported from PostHog (a deleted action, another node kind), in words. */
  problems: string[];
}

export async function loadRoleConfig(db: Database): Promise<LoadedRoleConfig> {
  const saved = await getMeta<string>(db, ROLE_CONFIG_META_KEY);
  if (saved) return { config: parseRoleConfig(JSON.parse(saved)), source: 'saved', problems: [] };
  const imported = roleConfigFromCatalog(await readCatalogMeta(db));
  if (!imported) return { config: parseRoleConfig({ version: 1, roles: {} }), source: 'default', problems: [] };
  return { config: imported.config, source: 'posthog', problems: imported.problems };
}

/** Saved as the exported file's text, so what is stored is exactly what the user can export and read. */
export async function saveRoleConfig(db: Database, config: RoleConfig): Promise<void> {
  await putMeta(db, ROLE_CONFIG_META_KEY, serializeRoleConfig(config));
}
