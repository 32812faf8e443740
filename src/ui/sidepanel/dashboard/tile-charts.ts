// The dashboard's series tiles as chart specs, with the previous period overlaid where PostHog compares:
// the signup charts do; active users and lifecycle do not (PostHog's spec, tiles 1 and 13).
import type { ActiveUsersTile } from '../../../core/metrics/active-users';
import type { CumulativeSignupsTile } from '../../../core/metrics/cumulative-signups';
import type { NewSignupsTile } from '../../../core/metrics/new-signups';
import type { SignupsAndSubscriptionsTile } from '../../../core/metrics/signups-and-subscriptions';
import type { ChartSpec } from '../../charts/chart-spec';
import { withPreviousPeriod } from '../../charts/comparison-series';

export function activeUsersChart(tile: ActiveUsersTile): ChartSpec {
  return {
    kind: 'line',
    xTitle: 'Day',
    xLabels: tile.dates,
    series: [
      { label: 'Daily active', values: tile.dau, color: 1 },
      { label: 'Weekly active', values: tile.wau, color: 3 },
      { label: 'Monthly active', values: tile.mau, color: 5 },
    ],
  };
}

export function signupsAndSubscriptionsChart(tile: SignupsAndSubscriptionsTile, previous: SignupsAndSubscriptionsTile | null): ChartSpec {
  const current = [
    { label: 'Signups (7-day average)', values: tile.signups, color: 1 as const },
    { label: 'Subscriptions (7-day average)', values: tile.subscriptions, color: 4 as const },
  ];
  return {
    kind: 'line',
    xTitle: 'Day',
    xLabels: tile.dates,
    series: withPreviousPeriod(current, previous && [previous.signups, previous.subscriptions], tile.dates.length),
  };
}

export function newSignupsChart(tile: NewSignupsTile, previous: NewSignupsTile | null): ChartSpec {
  return {
    kind: 'area',
    xTitle: 'Week',
    xLabels: tile.weeks,
    series: withPreviousPeriod([{ label: 'New signups', values: tile.signups, color: 1 }], previous && [previous.signups], tile.weeks.length),
  };
}

export function cumulativeSignupsChart(tile: CumulativeSignupsTile, previous: CumulativeSignupsTile | null): ChartSpec {
  return {
    kind: 'line',
    xTitle: 'Day',
    xLabels: tile.dates,
    series: withPreviousPeriod([{ label: 'Cumulative signups', values: tile.signups, color: 1 }], previous && [previous.signups], tile.dates.length),
  };
}
