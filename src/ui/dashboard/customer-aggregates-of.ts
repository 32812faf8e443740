// The customers list's per-actor totals for one prepared configuration. They count the events the dashboard
// counts: with the test-account filter on, a test account's events are left out, so a test account is not
// listed and a real customer's totals match its power-users row.
import type { RoleConfig } from '../../core/config/role-config';
import { aggregateCustomers, type CustomerAggregates } from '../../core/customers/customer-aggregates';
import type { Prepared } from '../../core/engine/prepare';
import type { EventTable, PersonInfo } from '../../core/events/event-table';
import { createPeopleLookup } from '../../core/roles/people-lookup';
import { testAccountMask } from '../../core/roles/test-accounts';

export function customerAggregatesOf(table: EventTable, persons: readonly PersonInfo[], prepared: Prepared, config: RoleConfig): CustomerAggregates {
  const { actors, roleMasks } = prepared;
  if (!config.filterTestAccounts || config.testAccountFilters.length === 0) return aggregateCustomers({ table, actors, roles: roleMasks });
  const passes = testAccountMask(table, config.testAccountFilters, createPeopleLookup(table, persons));
  // An actor column in which the test accounts' events have no actor: aggregateCustomers skips those rows.
  const actor = actors.actor.slice();
  for (let i = 0; i < actor.length; i++) if (passes[i] === 0) actor[i] = -1;
  return aggregateCustomers({ table, actors: { ...actors, actor }, roles: roleMasks });
}
