// The demo project's customer-analytics config in our own file format (DESIGN §4), as the popup would export it
// after importing the project's PostHog config: what `pmf-lens dashboard --config` reads.
import { importPostHogConfig } from '../../src/core/config/posthog-import';
import { serializeRoleConfig } from '../../src/core/config/serialize-role-config';
import type { DemoProject } from './types.ts';

export function demoRoleConfig(project: DemoProject): string {
  const { config } = importPostHogConfig(project.customer_analytics_config, project.actions, {
    timezone: project.timezone,
    testAccountFilters: project.test_account_filters as never,
    filterTestAccounts: true,
  });
  // Support tickets are not a PostHog role; the demo's ticket events play it.
  config.roles.support_ticket = [{ kind: 'EventsNode', event: 'support ticket created', properties: [] }, { kind: 'EventsNode', event: 'support ticket updated', properties: [] }];
  return serializeRoleConfig(config);
}
