// Tile names as PostHog's customer-analytics dashboard has them, templated with the customer label.
import type { TileId } from '../../../core/dashboard/dashboard-output';
import { capitalized, type CustomerLabel } from './customer-label';

export function tileTitles(label: CustomerLabel): Record<TileId, string> {
  const one = capitalized(label.singular);
  return {
    active_users: `Active ${label.plural} (daily/weekly/monthly)`,
    weekly_active: `Weekly active ${label.plural}`,
    monthly_active: `Monthly active ${label.plural}`,
    power_users: `Power ${label.plural}`,
    retention_daily: 'Daily retention',
    retention_weekly: 'Weekly retention',
    signups: `${one} signups`,
    paying_customers: `Total paying ${label.plural}`,
    signups_and_subscriptions: `${one} signups and subscriptions`,
    new_signups: 'New signups',
    cumulative_signups: 'Cumulative signups (adoption)',
    signup_conversion: 'Signup conversion',
    lifecycle: `Which ${label.plural} are highly engaged?`,
    free_to_paid: 'Free-to-paid conversion',
    sessions: 'Sessions',
  };
}

/** The two roles each funnel steps through, in words. */
export const FUNNEL_STEPS: Record<'signup_conversion' | 'free_to_paid', [string, string]> = {
  signup_conversion: ['Signup pageview', 'Signup'],
  free_to_paid: ['Signup', 'Payment'],
};

