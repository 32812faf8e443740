// The project's own customer_analytics_config and actions, as synced into the catalog meta, mapped onto our roles:
// the dashboard's default before the user saves a config, and "Import from PostHog" in the role editor (returned
// for the draft, not saved).
import { importPostHogConfig } from '../core/config/posthog-import';
import type { PropertyFilter, RoleConfig } from '../core/config/role-config';
import { serializeRoleConfig } from '../core/config/serialize-role-config';
import { UserError } from '../core/user-error';
import { readCatalogMeta, type CatalogMeta } from './catalog-meta';
import type { Database } from './database';

export interface PostHogRoleConfig {
  /** The config file's text (DESIGN §4). */
  text: string;
  /** What could not be imported (a deleted action, another node kind), in words. */
  problems: string[];
}

/** null before the first sync has brought the project's catalog. */
export function roleConfigFromCatalog(catalog: CatalogMeta | undefined): { config: RoleConfig; problems: string[] } | null {
  const project = catalog?.project;
  if (!project) return null;
  const imported = importPostHogConfig(project.customer_analytics_config ?? {}, catalog.actions ?? [], {
    timezone: project.timezone,
    testAccountFilters: project.test_account_filters as PropertyFilter[],
    filterTestAccounts: project.test_account_filters.length > 0,
  });
  const problems = [
    ...imported.missingActions.map((m) => `The ${m.role} role names action ${m.name ?? m.id}, which the project no longer has.`),
    ...imported.skippedNodes.map((n) => `The ${n.role} role is a ${n.kind}, which cannot be evaluated offline.`),
  ];
  return { config: imported.config, problems };
}

export async function postHogRoleConfig(db: Database): Promise<PostHogRoleConfig> {
  const imported = roleConfigFromCatalog(await readCatalogMeta(db));
  if (!imported) throw new UserError('no_catalog', "The project's configuration has not been synced yet: sync first, then import from PostHog.");
  return { text: serializeRoleConfig(imported.config), problems: imported.problems };
}
