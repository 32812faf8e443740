// Turns the figures of every measurement into the table (and the JSON) `npm run bench` prints: ours beside the
// baseline, their ratio, and the DESIGN §6 target. A new measurement adds its figures and a row here.
import { BASELINE_READ_REPEATS, READ_REPEATS, type Figures } from './measurement';
import { ROLE_EDITOR_ASKS, ROLE_EDITOR_COLD_REPEATS, ROLE_EDITOR_WARM_REPEATS } from './measurements/role-editor';
import { PANEL_REPEATS } from './measurements/sidepanel-ui';

interface Comparison {
  label: string;
  unit: string;
  ours: string;
  baseline?: string;
  /** 'speed': a rate (higher is better) or a time (lower is better), shown as a speed-up ×. 'size': ours/baseline. */
  kind: 'rate' | 'time' | 'size';
  /** JSON key of the ratio. */
  ratio?: string;
  target?: number;
}

export const COMPARISONS: readonly Comparison[] = [
  { label: 'Ingest: parse + decode + store', unit: 'events/s', ours: 'ingest_events_per_s', baseline: 'baseline_ingest_events_per_s', kind: 'rate', ratio: 'ingest_speedup', target: 250_000 },
  { label: 'Ingest + compaction afterwards', unit: 'events/s', ours: 'ingest_with_compaction_events_per_s', baseline: 'baseline_ingest_events_per_s', kind: 'rate', ratio: 'ingest_with_compaction_speedup' },
  { label: 'Ingest, texts compressed inline', unit: 'events/s', ours: 'ingest_inline_compaction_events_per_s', baseline: 'baseline_ingest_events_per_s', kind: 'rate', ratio: 'ingest_inline_compaction_speedup' },
  { label: 'Read 1M back: hot columns', unit: 'ms', ours: 'read_hot_1m_ms', baseline: 'baseline_read_1m_ms', kind: 'time', ratio: 'read_hot_speedup', target: 150 },
  { label: 'Read 1M back: + kept properties', unit: 'ms', ours: 'read_full_1m_ms', baseline: 'baseline_read_1m_ms', kind: 'time', ratio: 'read_full_speedup', target: 600 },
  { label: 'Read 1M back: + raw properties', unit: 'ms', ours: 'read_raw_properties_1m_ms', baseline: 'baseline_read_1m_ms', kind: 'time', ratio: 'read_raw_properties_speedup' },
  { label: 'Stored size on disk', unit: 'B/event', ours: 'bytes_per_event', baseline: 'baseline_bytes_per_event', kind: 'size', ratio: 'bytes_ratio', target: 45 },
  { label: 'Stored size, storage.estimate()', unit: 'B/event', ours: 'estimate_bytes_per_event', baseline: 'baseline_estimate_bytes_per_event', kind: 'size', ratio: 'estimate_bytes_ratio' },
  { label: 'Store step alone (after decode)', unit: 'events/s', ours: 'ingest_store_events_per_s', baseline: 'baseline_ingest_store_events_per_s', kind: 'rate', ratio: 'store_speedup' },
  { label: 'Dashboard 1M/180 days, worker: prepare + tiles', unit: 'ms', ours: 'dashboard_worker_1m_ms', baseline: 'duckdb_1m_ms', kind: 'time', ratio: 'dashboard_worker_vs_duckdb', target: 250 },
  { label: 'Dashboard 1M, worker: another range', unit: 'ms', ours: 'dashboard_worker_again_1m_ms', baseline: 'duckdb_1m_tiles_ms', kind: 'time', ratio: 'dashboard_worker_again_vs_duckdb' },
  { label: 'Dashboard 1M, worker: first open (read too)', unit: 'ms', ours: 'dashboard_worker_first_1m_ms', kind: 'time', target: 1000 },
  { label: 'Side panel UI 1M: first tiles on screen', unit: 'ms', ours: 'panel_first_tiles_1m_ms', kind: 'time', target: 1000 },
  { label: 'Side panel UI 1M: reopened, from its cache', unit: 'ms', ours: 'panel_reopen_first_tiles_ms', kind: 'time' },
  { label: 'Role editor 1M: event catalog, cold', unit: 'ms', ours: 'role_editor_catalog_cold_ms', kind: 'time' },
  { label: 'Role editor 1M: event catalog, warm', unit: 'ms', ours: 'role_editor_catalog_warm_ms', kind: 'time' },
  { label: 'Role editor 1M: $pageview property keys, cold', unit: 'ms', ours: 'role_editor_keys_cold_ms', kind: 'time' },
  { label: 'Role editor 1M: $pageview property keys, warm', unit: 'ms', ours: 'role_editor_keys_warm_ms', kind: 'time' },
  { label: 'Role editor 1M: $pathname values (kept), cold', unit: 'ms', ours: 'role_editor_values_kept_cold_ms', kind: 'time' },
  { label: 'Role editor 1M: $pathname values (kept), warm', unit: 'ms', ours: 'role_editor_values_kept_warm_ms', kind: 'time' },
  { label: 'Role editor 1M: $browser values (raw JSON), cold', unit: 'ms', ours: 'role_editor_values_raw_cold_ms', kind: 'time' },
  { label: 'Role editor 1M: $browser values (raw JSON), warm', unit: 'ms', ours: 'role_editor_values_raw_warm_ms', kind: 'time' },
  { label: 'Role editor 1M: preview, $pathname filter, cold', unit: 'ms', ours: 'role_editor_preview_kept_cold_ms', kind: 'time' },
  { label: 'Role editor 1M: preview, $pathname filter, warm', unit: 'ms', ours: 'role_editor_preview_kept_warm_ms', kind: 'time' },
  { label: 'Role editor 1M: preview, $browser filter, cold', unit: 'ms', ours: 'role_editor_preview_raw_cold_ms', kind: 'time' },
  { label: 'Role editor 1M: preview, $browser filter, warm', unit: 'ms', ours: 'role_editor_preview_raw_warm_ms', kind: 'time' },
  { label: 'Dashboard 1M in node vs DuckDB', unit: 'ms', ours: 'dashboard_1m_ms', baseline: 'duckdb_1m_ms', kind: 'time', ratio: 'dashboard_1m_vs_duckdb', target: 250 },
  { label: 'Dashboard 10M in node vs DuckDB', unit: 'ms', ours: 'dashboard_10m_ms', baseline: 'duckdb_10m_ms', kind: 'time', ratio: 'dashboard_10m_vs_duckdb', target: 2500 },
  { label: 'Dashboard 10M tiles only vs DuckDB', unit: 'ms', ours: 'dashboard_10m_tiles_ms', baseline: 'duckdb_10m_tiles_ms', kind: 'time', ratio: 'dashboard_10m_tiles_vs_duckdb' },
  { label: 'Demo sync end to end (ClickHouse emulator, 200k)', unit: 'events/s', ours: 'sync_demo_events_per_s', kind: 'rate' },
  { label: 'Read 1M hot, after browser restart', unit: 'ms', ours: 'read_hot_after_restart_1m_ms', kind: 'time' },
  { label: 'Read 1M full, after browser restart', unit: 'ms', ours: 'read_full_after_restart_1m_ms', kind: 'time' },
  { label: 'Read 1M raw, after browser restart', unit: 'ms', ours: 'read_raw_properties_after_restart_1m_ms', kind: 'time' },
];

const num = (figures: Figures, key: string | undefined): number | null => {
  const value = key === undefined ? undefined : figures[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

function ratioOf(row: Comparison, ours: number | null, baseline: number | null): number | null {
  if (ours === null || baseline === null || ours === 0 || baseline === 0) return null;
  return row.kind === 'time' ? baseline / ours : ours / baseline;
}

function meets(row: Comparison, ours: number | null): boolean | null {
  if (row.target === undefined || ours === null) return null;
  return row.kind === 'rate' ? ours >= row.target : ours <= row.target;
}

/** The figures with every ratio key added. */
export function withRatios(figures: Figures): Figures {
  const out: Figures = { ...figures };
  for (const row of COMPARISONS) {
    if (row.ratio) out[row.ratio] = ratioOf(row, num(figures, row.ours), num(figures, row.baseline));
  }
  return out;
}

/** Whether each DESIGN §6 target is met, by the key of its figure. */
export function targetsMet(figures: Figures): Record<string, boolean | null> {
  const met: Record<string, boolean | null> = {};
  for (const row of COMPARISONS) if (row.target !== undefined) met[row.ours] = meets(row, num(figures, row.ours));
  return met;
}

const formatNumber = (value: number | null, unit: string): string => {
  if (value === null) return '–';
  const digits = value >= 100 || value === 0 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${unit}`;
};

function formatRatio(row: Comparison, ratio: number | null): string {
  if (ratio === null) return '';
  const text = ratio >= 10 ? ratio.toFixed(0) : ratio >= 1 ? ratio.toFixed(1) : ratio.toFixed(2);
  return row.kind === 'size' ? `${text}× (${(1 / ratio).toFixed(1)}× smaller)` : `${text}× faster`;
}

function formatTarget(row: Comparison, ours: number | null): string {
  if (row.target === undefined) return '';
  const mark = meets(row, ours) ? '✓' : '✗';
  return `${mark} ${row.kind === 'rate' ? '≥' : '≤'} ${row.target.toLocaleString('en-US')} ${row.unit}`;
}

export function formatTable(figures: Figures): string {
  const header = ['Metric', 'Ours', 'Baseline', 'Ratio', 'DESIGN §6 target'];
  const rows = COMPARISONS.map((row) => {
    const ours = num(figures, row.ours);
    const baseline = num(figures, row.baseline);
    return [row.label, formatNumber(ours, row.unit), row.baseline ? formatNumber(baseline, row.unit) : '', formatRatio(row, ratioOf(row, ours, baseline)), formatTarget(row, ours)];
  });
  const widths = header.map((_, c) => Math.max(...[header, ...rows].map((cells) => (cells[c] as string).length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatNotes(figures: Figures): string {
  const n = num(figures, 'events') ?? 0;
  const b = num(figures, 'baseline_events') ?? 0;
  const at = (key: string) => formatNumber(num(figures, key), '').trim();
  const pct = (key: string) => `${(100 * (num(figures, key) ?? NaN)).toFixed(0)}%`;
  return [
    `Chromium ${figures.chromium_version}, headless. Ours: ${n.toLocaleString('en-US')} events; baseline: ${b.toLocaleString('en-US')} events ` +
      '(its rates are measured on that many events; its read times are scaled to 1M).',
    `Ingest time split: JSON.parse ${pct('ingest_parse_share')}, rows → columns ${pct('ingest_decode_share')}, ` +
      `store (encode + write, texts uncompressed) ${pct('ingest_store_share')}; compacting them afterwards ` +
      `${formatNumber(num(figures, 'compact_1m_ms'), 'ms')} per 1M (the sync does it while waiting for the network). Median page alone: ` +
      `${formatNumber(num(figures, 'ingest_median_page_events_per_s'), 'events/s')} (baseline ${formatNumber(num(figures, 'baseline_ingest_median_page_events_per_s'), 'events/s')}). ` +
      `Page JSON: ${formatNumber(num(figures, 'page_json_bytes_per_event'), 'B/event')}.`,
    `Reads: best of ${READ_REPEATS} (baseline ${BASELINE_READ_REPEATS}), the database closed and reopened before each; full = hot + ` +
      `every kept property column, raw = hot + every properties JSON; medians: hot ` +
      `${formatNumber(num(figures, 'read_hot_median_1m_ms'), 'ms')}, full ${formatNumber(num(figures, 'read_full_median_1m_ms'), 'ms')}, ` +
      `raw ${formatNumber(num(figures, 'read_raw_properties_median_1m_ms'), 'ms')}, ` +
      `baseline ${formatNumber(num(figures, 'baseline_read_median_1m_ms'), 'ms')} per 1M. Baseline read: getAll() on the object store; ` +
      `on its timestamp index (time order, as ours) ${formatNumber(num(figures, 'baseline_read_index_1m_ms'), 'ms')} per 1M.`,
    `Store step, one page re-run (per 1M): encode ${formatNumber(num(figures, 'store_split_encode_1m_ms'), 'ms')}, ` +
      `IndexedDB write ≈ ${formatNumber(num(figures, 'store_split_write_1m_ms'), 'ms')} (the append less the encoding); afterwards ` +
      `compaction ${formatNumber(num(figures, 'store_split_compact_1m_ms'), 'ms')}, of which compressing ` +
      `${formatNumber(num(figures, 'store_split_compress_1m_ms'), 'ms')} (texts ${(num(figures, 'text_compression_ratio') ?? NaN).toFixed(0)}× smaller).`,
    `Side panel UI (best of ${PANEL_REPEATS} opens, each in a fresh browser; median ${formatNumber(num(figures, 'panel_first_tiles_median_1m_ms'), 'ms')} per 1M), ` +
      `ms after navigation start: page loaded ${at('panel_split_page_loaded_ms')}, ` +
      `customers list asked at ${at('panel_split_customers_sent_ms')} and dashboard at ${at('panel_split_dashboard_sent_ms')} ` +
      `(same worker, ${num(figures, 'panel_customers_before_dashboard') === 1 ? 'customers first' : 'dashboard first'}); in the worker read ${at('panel_split_read_ms')} + prepare ` +
      `${at('panel_split_prepare_ms')}, customers answered at ${at('panel_split_customers_answered_ms')} ` +
      `(its totals per customer come before the tiles), tiles ${at('panel_split_tiles_ms')}, dashboard answered at ` +
      `${at('panel_split_dashboard_answered_ms')}, serialized by ${at('panel_split_dashboard_serialized_ms')}, ` +
      `on the page at ${at('panel_split_dashboard_on_page_ms')}; number visible at ${at('panel_split_number_visible_ms')}, ` +
      `chart drawn at ${at('panel_split_chart_drawn_ms')} (${formatNumber(num(figures, 'panel_events'), 'events')}).`,
    `Role editor in the service worker (${formatNumber(num(figures, 'role_editor_events'), 'events')} stored, not scaled): cold = the first answer in a fresh browser ` +
      `(best of ${ROLE_EDITOR_COLD_REPEATS}), warm = best of the ${ROLE_EDITOR_COLD_REPEATS * ROLE_EDITOR_WARM_REPEATS} repeats after it (medians: ` +
      `${ROLE_EDITOR_ASKS.map(({ name }) => `${name} ${at(`role_editor_${name}_warm_median_ms`)}`).join(', ')} ms); all in a row in one fresh browser, ` +
      `sharing their caches: ${ROLE_EDITOR_ASKS.map(({ name }) => `${name} ${at(`role_editor_flow_${name}_ms`)}`).join(', ')} ms. ` +
      'No DESIGN §6 target; an interaction should answer within ~100 ms warm, a first open within ~1 s.',
    `Machine: ${figures.cpus} cores; 1-minute load average ${formatNumber(num(figures, 'load_average_at_start'), '')}at the start, ` +
      `${formatNumber(num(figures, 'load_average_at_end'), '')}at the end (above ~0.5, other processes were competing: figures are pessimistic).`,
    'On disk: the origin\'s IndexedDB folders in the profile (LevelDB + blob files) after ingest and compaction, once their size ' +
      `stopped changing (LevelDB compacts in the background); storage.estimate() is Chromium's own count, taken then. Before ` +
      `compaction: ${formatNumber(num(figures, 'bytes_per_event_before_compaction'), 'B/event')}.` +
      (figures.disk_settled === 0 || figures.baseline_disk_settled === 0 ? ' WARNING: a size was still changing after 90 s.' : ''),
  ].join('\n');
}
