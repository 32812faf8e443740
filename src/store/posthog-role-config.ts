// "Import from PostHog" in the role editor: the project's own customer_analytics_config and actions, as synced
// into the catalog meta, mapped onto our roles — returned as a config for the draft, not saved.
import { importPostHogConfig } from '../core/config/posthog-import';
import type { PropertyFilter } from '../core/config/role-config';
import { serializeRoleConfig } from '../core/config/serialize-role-config';
import { UserError } from '../core/user-error';
import { readCatalogMeta } from './catalog-meta';
import type { Database } from './database';

export interface PostHogRoleConfig {
  /** The config file's text (DESIGN §4). */
  text: string;
  /** What could not be imported (a deleted action, another node kind), in words. */
  problems: string[];
}

export async function postHogRoleConfig(db: Database): Promise<PostHogRoleConfig> {
  const catalog = await readCatalogMeta(db);
  const project = catalog?.project;
  if (!project) throw new UserError('no_catalog', "The project's configuration has not been synced yet: sync first, then import from PostHog.");
  const imported = importPostHogConfig(project.customer_analytics_config ?? {}, catalog.actions ?? [], {
    timezone: project.timezone,
    testAccountFilters: project.test_account_filters as PropertyFilter[],
    filterTestAccounts: project.test_account_filters.length > 0,
  });
  const problems = [
    ...imported.missingActions.map((m) => `The ${m.role} role names action ${m.name ?? m.id}, which the project no longer has.`),
    ...imported.skippedNodes.map((n) => `The ${n.role} role is a ${n.kind}, which cannot be evaluated offline.`),
  ];
  return { text: serializeRoleConfig(imported.config), problems };
}
