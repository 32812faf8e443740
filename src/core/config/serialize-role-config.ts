// What the popup exports and the CLI reads back: the complete config, defaults written out, so that the file says
// everything the numbers depend on. parseRoleConfig(JSON.parse(serializeRoleConfig(c))) equals c.
import type { RoleConfig } from './role-config';

export function serializeRoleConfig(config: RoleConfig): string {
  const ordered: RoleConfig = {
    version: config.version,
    roles: config.roles,
    business: config.business,
    filterTestAccounts: config.filterTestAccounts,
    testAccountFilters: config.testAccountFilters,
    timezone: config.timezone,
    weekStart: config.weekStart,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
