// Each tile's numbers as a few lines of plain text: what the shareable PNG writes under a tile's title (charts
// add their canvas below). Tables come out as text rows.
import type { DashboardOutput, DashboardTiles, TileId } from '../../../core/dashboard/dashboard-output';
import type { FunnelTile } from '../../../core/metrics/ordered-funnel';
import type { PeriodValue } from '../../../core/metrics/actor-counts';
import type { RetentionCohort } from '../../../core/metrics/retention-cohort';
import { formatCount, formatDuration } from '../../shared/format';
import { formatRate } from './format-rate';
import { needsText } from './missing-roles-text';
import { percentChange, rateChange } from './percent-change';
import { formatRetentionRate, retentionPeriods, retentionRow } from './retention-cells';
import { FUNNEL_STEPS } from './tile-titles';

type Lines = string[];

function period(tile: PeriodValue): Lines {
  return [`${formatCount(tile.value)}   ${percentChange(tile.value, tile.previous).text}   (previous period ${formatCount(tile.previous)})`];
}

function funnel(steps: [string, string]) {
  return (tile: FunnelTile): Lines => [
    `${formatRate(tile.rate)} converted   ${rateChange(tile.rate, tile.previous.rate)?.text ?? ''}`.trimEnd(),
    `1. ${steps[0]}: ${formatCount(tile.entered)}`,
    `2. ${steps[1]}: ${formatCount(tile.converted)}`,
    `Average time to convert: ${tile.avg_conversion_seconds === null ? '–' : formatDuration(tile.avg_conversion_seconds)}`,
    `Previous period: ${formatRate(tile.previous.rate)}`,
  ];
}

function retention(unit: string) {
  return (cohorts: RetentionCohort[]): Lines => {
    const periods = retentionPeriods(cohorts);
    const header = ['Cohort', 'Size', ...Array.from({ length: periods }, (_, k) => `${unit}${k}`)];
    const rows = cohorts.map((c) => [c.cohort, formatCount(c.size), ...retentionRow(c, periods).map((cell) => (cell ? formatRetentionRate(cell.rate) : ''))]);
    return aligned([header, ...rows]);
  };
}

/** Cells padded to their column's width; the PNG draws body text in a monospace font, so columns line up. */
function aligned(rows: string[][]): Lines {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => (row[col] ?? '').length)));
  return rows.map((row) => row.map((cell, col) => cell.padEnd(widths[col]!)).join('  ').trimEnd());
}

const charted = (): Lines => [];

const TO_LINES: { [K in TileId]: (tile: NonNullable<DashboardTiles[K]>) => Lines } = {
  active_users: charted,
  weekly_active: period,
  monthly_active: period,
  power_users: (users) => users.map((u, i) => `${i + 1}. ${u.name}: ${formatCount(u.count)} events`),
  retention_daily: retention('D'),
  retention_weekly: retention('W'),
  signups: period,
  paying_customers: period,
  signups_and_subscriptions: charted,
  new_signups: charted,
  cumulative_signups: charted,
  signup_conversion: funnel(FUNNEL_STEPS.signup_conversion),
  free_to_paid: funnel(FUNNEL_STEPS.free_to_paid),
  lifecycle: charted,
  sessions: (t) => [
    `Unique sessions: ${formatCount(t.unique_sessions)}`,
    `Unique actors: ${formatCount(t.unique_users)}`,
    `Average session duration: ${t.avg_session_seconds === null ? '–' : formatDuration(t.avg_session_seconds)}`,
  ],
};

function linesFor<K extends TileId>(id: K, tile: NonNullable<DashboardTiles[K]>): Lines {
  return TO_LINES[id](tile);
}

export function tileTextLines(output: DashboardOutput, id: TileId): Lines {
  const tile = output.tiles[id];
  if (tile === null) return [needsText(output.missing_roles[id] ?? [])];
  return linesFor(id, tile);
}
