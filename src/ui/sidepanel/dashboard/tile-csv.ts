// Each tile as a CSV table: its numbers as the engine computed them (ISO times, fractions, seconds), not as the
// tile formats them, so a spreadsheet can compute with them.
import type { DashboardTiles, TileId } from '../../../core/dashboard/dashboard-output';
import type { FunnelResult } from '../../../core/metrics/ordered-funnel';
import type { PeriodValue } from '../../../core/metrics/actor-counts';
import type { RetentionCohort } from '../../../core/metrics/retention-cohort';
import { csvText, type CsvCell } from './csv-text';

type Rows = CsvCell[][];

function period(tile: PeriodValue): Rows {
  return [['value', 'previous'], [tile.value, tile.previous]];
}

function funnelRow(label: string, f: FunnelResult): CsvCell[] {
  return [label, f.entered, f.converted, f.rate, f.avg_conversion_seconds];
}

function retention(unit: 'day' | 'week') {
  return (cohorts: RetentionCohort[]): Rows => {
    const periods = Math.max(0, ...cohorts.map((c) => c.retained.length));
    const header = ['cohort', 'size', ...Array.from({ length: periods }, (_, k) => `${unit}_${k}`)];
    return [header, ...cohorts.map((c) => [c.cohort, c.size, ...Array.from({ length: periods }, (_, k) => c.retained[k] ?? null)])];
  };
}

function columns(header: string[], ...cols: readonly (readonly CsvCell[])[]): Rows {
  const length = cols[0]?.length ?? 0;
  return [header, ...Array.from({ length }, (_, i) => cols.map((col) => col[i] ?? null))];
}

const TO_ROWS: { [K in TileId]: (tile: NonNullable<DashboardTiles[K]>) => Rows } = {
  active_users: (t) => columns(['date', 'dau', 'wau', 'mau'], t.dates, t.dau, t.wau, t.mau),
  weekly_active: period,
  monthly_active: period,
  power_users: (users) => [['actor', 'name', 'count', 'last_seen'], ...users.map((u) => [u.actor, u.name, u.count, u.last_seen])],
  retention_daily: retention('day'),
  retention_weekly: retention('week'),
  signups: period,
  paying_customers: period,
  signups_and_subscriptions: (t) => columns(['date', 'signups', 'subscriptions'], t.dates, t.signups, t.subscriptions),
  new_signups: (t) => columns(['week', 'signups'], t.weeks, t.signups),
  cumulative_signups: (t) => columns(['date', 'signups'], t.dates, t.signups),
  signup_conversion: (t) => [['period', 'entered', 'converted', 'rate', 'avg_conversion_seconds'], funnelRow('current', t), funnelRow('previous', t.previous)],
  free_to_paid: (t) => [['period', 'entered', 'converted', 'rate', 'avg_conversion_seconds'], funnelRow('current', t), funnelRow('previous', t.previous)],
  lifecycle: (t) => columns(['week', 'new', 'returning', 'resurrecting', 'dormant'], t.weeks, t.new, t.returning, t.resurrecting, t.dormant),
  sessions: (t) => [['unique_sessions', 'unique_users', 'avg_session_seconds'], [t.unique_sessions, t.unique_users, t.avg_session_seconds]],
};

function rowsFor<K extends TileId>(id: K, tile: NonNullable<DashboardTiles[K]>): Rows {
  return TO_ROWS[id](tile);
}

/** The tile's CSV, header first; null for an unconfigured tile (there is nothing to download). */
export function tileCsv<K extends TileId>(tiles: DashboardTiles, id: K): string | null {
  const tile = tiles[id];
  if (tile === null) return null;
  return csvText(rowsFor(id, tile));
}

export function tileCsvFilename(id: TileId, range: { from: string; to: string }): string {
  return `${id}-${range.from}-to-${range.to}.csv`;
}
