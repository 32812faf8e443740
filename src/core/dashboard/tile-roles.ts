// The roles each tile reads. Activity is always configured (it defaults to $pageview), so only the tiles that need
// another role can be missing.
import type { PreparedData, RoleName } from '../engine/prepared-data';
import type { DashboardOutput, TileId } from './dashboard-output';

export const TILE_ROLES: Readonly<Record<TileId, readonly RoleName[]>> = {
  active_users: ['activity'],
  weekly_active: ['activity'],
  monthly_active: ['activity'],
  power_users: ['activity'],
  retention_daily: ['activity'],
  retention_weekly: ['activity'],
  signups: ['signup'],
  paying_customers: ['payment'],
  signups_and_subscriptions: ['signup', 'subscription'],
  new_signups: ['signup'],
  cumulative_signups: ['signup'],
  signup_conversion: ['signup_pageview', 'signup'],
  free_to_paid: ['signup', 'payment'],
  lifecycle: ['activity'],
  sessions: [],
};

/** The unconfigured roles of each tile that has any, in the order the tile uses them. */
export function missingRoles(data: PreparedData): DashboardOutput['missing_roles'] {
  const missing: DashboardOutput['missing_roles'] = {};
  for (const [tile, roles] of Object.entries(TILE_ROLES) as [TileId, readonly RoleName[]][]) {
    const unconfigured = roles.filter((role) => data.roles[role] === null);
    if (unconfigured.length > 0) missing[tile] = unconfigured;
  }
  return missing;
}
