// What the engine computes in node from exactly the events a test's extension synced: the reference the side
// panel's numbers must equal.
import { importPostHogConfig } from '../../src/core/config/posthog-import';
import type { PropertyFilter, RoleConfig } from '../../src/core/config/role-config';
import { computeDashboard } from '../../src/core/dashboard/compute-dashboard';
import type { DashboardActor, DashboardOutput } from '../../src/core/dashboard/dashboard-output';
import { buildEventTable } from '../../src/core/engine/event-table-builder';
import { prepare } from '../../src/core/engine/prepare';
import { parseJsonLines } from '../../src/sources/file-import/parse-import';
import { eventToJsonLine } from '../demo-data/jsonl';
import type { DemoDataset } from '../demo-data/types';

export interface ExpectedQuery {
  from: string;
  to: string;
  actor?: DashboardActor;
  filterTestAccounts?: boolean;
}

/** The project's own PostHog config, as the extension imports it at sync. */
export function demoProjectConfig(dataset: DemoDataset, filterTestAccounts = true): RoleConfig {
  const { project } = dataset;
  const { config } = importPostHogConfig(project.customer_analytics_config, project.actions, {
    timezone: project.timezone,
    testAccountFilters: project.test_account_filters as PropertyFilter[],
    filterTestAccounts,
  });
  return config;
}

export function expectedDashboard(dataset: DemoDataset, synced: ReadonlySet<string>, query: ExpectedQuery, config?: RoleConfig): DashboardOutput {
  const actor = query.actor ?? 'person';
  const base = config ?? demoProjectConfig(dataset, query.filterTestAccounts ?? true);
  const business = actor === 'person' ? ({ type: 'b2c' } as const) : ({ type: 'b2b', groupTypeIndex: Number(actor.slice('group:'.length)) } as const);
  const { batch } = parseJsonLines(dataset.events.filter((e) => synced.has(e.uuid)).map(eventToJsonLine), 1, 'synced');
  const { table } = buildEventTable([batch]);
  const prepared = prepare({ table, persons: dataset.persons, groups: dataset.groups, config: { ...base, business, filterTestAccounts: query.filterTestAccounts ?? base.filterTestAccounts } });
  return computeDashboard(prepared.data, { from: query.from, to: query.to, actor });
}

export const formatCountText = (n: number) => n.toLocaleString('en');
