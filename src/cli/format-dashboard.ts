// The dashboard for a terminal: the same numbers as `--json`, laid out as PostHog's sections.
import type { DashboardOutput, TileId } from '../core/dashboard/dashboard-output';
import type { FunnelTile } from '../core/metrics/ordered-funnel';
import type { PeriodValue } from '../core/metrics/actor-counts';
import type { RetentionCohort } from '../core/metrics/retention-cohort';
import { change, duration, percent, textTable } from './text-table';

function bold(label: string, tile: PeriodValue | null, missing: string): string {
  return tile ? `  ${label}: ${tile.value.toLocaleString('en')} (previous ${tile.previous.toLocaleString('en')}, ${change(tile.value, tile.previous)})` : `  ${label}: ${missing}`;
}

function funnel(label: string, tile: FunnelTile | null, missing: string): string {
  if (!tile) return `  ${label}: ${missing}`;
  const previous = tile.previous;
  return `  ${label}: ${tile.converted.toLocaleString('en')} of ${tile.entered.toLocaleString('en')} converted (${percent(tile.rate)}), average ${duration(tile.avg_conversion_seconds)}; previous ${percent(previous.rate)} of ${previous.entered.toLocaleString('en')}`;
}

function retention(title: string, cohorts: RetentionCohort[]): string {
  const width = Math.max(0, ...cohorts.map((c) => c.retained.length));
  const header = ['cohort', 'size', ...Array.from({ length: width }, (_, k) => `+${k}`)];
  return `${title}\n${textTable(header, cohorts.map((c) => [c.cohort, c.size, ...c.retained.map((r) => (c.size ? `${Math.round((r / c.size) * 100)}%` : '–'))]))}`;
}

export function formatDashboard(output: DashboardOutput): string {
  const { tiles, range } = output;
  const missing = (tile: TileId) => `needs configuration: ${(output.missing_roles[tile] ?? []).join(', ')}`;
  const last = tiles.active_users.dates.length - 1;
  const lines = [
    `Customer analytics, ${range.from} to ${range.to} (${range.timezone}), ${output.actor === 'person' ? 'persons' : `groups of type ${output.actor.slice(6)}`}`,
    '',
    'Active users',
    `  Daily / weekly / monthly on ${tiles.active_users.dates[last] ?? range.to}: ${tiles.active_users.dau[last] ?? 0} / ${tiles.active_users.wau[last] ?? 0} / ${tiles.active_users.mau[last] ?? 0}`,
    bold('Weekly active', tiles.weekly_active, ''),
    bold('Monthly active', tiles.monthly_active, ''),
    '  Power users (last 30 days):',
    textTable(['', 'customer', 'events', 'last seen'], tiles.power_users.map((u, i) => [`  ${i + 1}.`, u.name, u.count, u.last_seen])),
    '',
    'Retention',
    retention('  Daily', tiles.retention_daily),
    retention('  Weekly', tiles.retention_weekly),
    '',
    'Signups',
    bold('Signups', tiles.signups, missing('signups')),
    bold('Paying customers', tiles.paying_customers, missing('paying_customers')),
    funnel('Signup conversion (14 days)', tiles.signup_conversion, missing('signup_conversion')),
    funnel('Free to paid (6 weeks)', tiles.free_to_paid, missing('free_to_paid')),
    tiles.new_signups ? `  New signups by week: ${tiles.new_signups.weeks.map((w, i) => `${w} ${tiles.new_signups!.signups[i]}`).join(', ')}` : `  New signups: ${missing('new_signups')}`,
    tiles.cumulative_signups ? `  Cumulative signups: ${tiles.cumulative_signups.signups.at(-1) ?? 0}` : `  Cumulative signups: ${missing('cumulative_signups')}`,
    `  Lifecycle by week:`,
    textTable(['  week', 'new', 'returning', 'resurrecting', 'dormant'], tiles.lifecycle.weeks.map((w, i) => [`  ${w}`, tiles.lifecycle.new[i]!, tiles.lifecycle.returning[i]!, tiles.lifecycle.resurrecting[i]!, tiles.lifecycle.dormant[i]!])),
    '',
    'Sessions',
    `  ${tiles.sessions.unique_sessions.toLocaleString('en')} sessions by ${tiles.sessions.unique_users.toLocaleString('en')} customers, average ${duration(tiles.sessions.avg_session_seconds)}`,
  ];
  return lines.join('\n');
}
