// The whole customer-analytics dashboard from prepared events: every tile of DESIGN §5 over one range. Pure and
// synchronous, so it runs the same in the worker, in node and in the CLI.
import type { PreparedData } from '../engine/prepared-data';
import { activeUsers } from '../metrics/active-users';
import { cumulativeSignups } from '../metrics/cumulative-signups';
import { resolveRange } from '../metrics/day-range';
import { freeToPaid } from '../metrics/free-to-paid';
import { lifecycle } from '../metrics/lifecycle';
import { createMetricInput } from '../metrics/metric-input';
import { monthlyActive } from '../metrics/monthly-active';
import { newSignups } from '../metrics/new-signups';
import { payingCustomers } from '../metrics/paying-customers';
import { powerUsers } from '../metrics/power-users';
import { retentionDaily } from '../metrics/retention-daily';
import { retentionWeekly } from '../metrics/retention-weekly';
import { sessions } from '../metrics/sessions';
import { signupConversion } from '../metrics/signup-conversion';
import { signups } from '../metrics/signups';
import { signupsAndSubscriptions } from '../metrics/signups-and-subscriptions';
import { weeklyActive } from '../metrics/weekly-active';
import type { DashboardOutput, DashboardRequest } from './dashboard-output';
import { missingRoles } from './tile-roles';

/** Throws UserError 'bad_date' for a date that is not YYYY-MM-DD and 'bad_range' when `from` is after `to`. */
export function computeDashboard(data: PreparedData, request: DashboardRequest): DashboardOutput {
  const { calendar } = data;
  const range = resolveRange(calendar, request.from, request.to);
  const input = createMetricInput(data, range);
  return {
    range: { from: calendar.label(range.from), to: calendar.label(range.to), timezone: calendar.timezone },
    actor: request.actor,
    tiles: {
      active_users: activeUsers(input),
      weekly_active: weeklyActive(input),
      monthly_active: monthlyActive(input),
      power_users: powerUsers(input),
      retention_daily: retentionDaily(input),
      retention_weekly: retentionWeekly(input),
      signups: signups(input),
      paying_customers: payingCustomers(input),
      signups_and_subscriptions: signupsAndSubscriptions(input),
      new_signups: newSignups(input),
      cumulative_signups: cumulativeSignups(input),
      signup_conversion: signupConversion(input),
      free_to_paid: freeToPaid(input),
      lifecycle: lifecycle(input),
      sessions: sessions(input),
    },
    missing_roles: missingRoles(data),
  };
}
