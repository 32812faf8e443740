import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../bench/args';
import { formatTable, targetsMet, withRatios } from '../../bench/report';

describe('bench arguments', () => {
  it('has the documented defaults', () => {
    expect(parseArgs([])).toMatchObject({ events: 1_000_000, baselineEvents: 100_000, json: false });
  });

  it('reads counts with separators, in both spellings', () => {
    expect(parseArgs(['--events', '200_000', '--baseline-events=20,000', '--json'])).toMatchObject({
      events: 200_000,
      baselineEvents: 20_000,
      json: true,
    });
  });

  it('refuses unknown options and bad counts', () => {
    expect(() => parseArgs(['--event', '5'])).toThrow(/unknown option/);
    expect(() => parseArgs(['--events', 'many'])).toThrow(/whole number/);
    expect(() => parseArgs(['--events'])).toThrow(/whole number/);
  });
});

describe('bench report', () => {
  const figures = {
    events: 1_000_000,
    baseline_events: 100_000,
    ingest_events_per_s: 300_000,
    baseline_ingest_events_per_s: 6_000,
    read_hot_1m_ms: 120,
    read_full_1m_ms: 700,
    baseline_read_1m_ms: 24_000,
    bytes_per_event: 44,
    baseline_bytes_per_event: 340,
  };

  it('computes speed-ups for rates and times, ours/baseline for sizes', () => {
    const out = withRatios(figures);
    expect(out.ingest_speedup).toBe(50);
    expect(out.read_hot_speedup).toBe(200);
    expect(out.bytes_ratio).toBeCloseTo(44 / 340);
    expect(out.estimate_bytes_ratio).toBeNull();
    expect(out.read_raw_properties_speedup).toBeNull();
    expect(withRatios({ ...figures, read_raw_properties_1m_ms: 2400 }).read_raw_properties_speedup).toBe(10);
  });

  it('checks each DESIGN §6 target in the right direction', () => {
    const noDashboard = { dashboard_worker_1m_ms: null, dashboard_worker_first_1m_ms: null, dashboard_1m_ms: null, dashboard_10m_ms: null, panel_first_tiles_1m_ms: null };
    expect(targetsMet(figures)).toEqual({ ingest_events_per_s: true, read_hot_1m_ms: true, read_full_1m_ms: false, bytes_per_event: true, ...noDashboard });
    const dashboard = { ...figures, dashboard_worker_1m_ms: 240, dashboard_worker_first_1m_ms: 1200, dashboard_1m_ms: 251, dashboard_10m_ms: 2400, duckdb_1m_ms: 2400, panel_first_tiles_1m_ms: 990 };
    expect(targetsMet(dashboard)).toMatchObject({ dashboard_worker_1m_ms: true, dashboard_worker_first_1m_ms: false, dashboard_1m_ms: false, dashboard_10m_ms: true, panel_first_tiles_1m_ms: true });
    expect(targetsMet({ ...dashboard, panel_first_tiles_1m_ms: 1001 })).toMatchObject({ panel_first_tiles_1m_ms: false });
    expect(withRatios(dashboard).dashboard_1m_vs_duckdb).toBeCloseTo(2400 / 251);
    const table = formatTable(figures);
    expect(table).toMatch(/Read 1M back: \+ kept properties.*✗ ≤ 600 ms/);
    expect(table).toMatch(/Read 1M back: \+ raw properties/);
    expect(table).toMatch(/Ingest \+ compaction afterwards/);
    expect(table).toMatch(/Ingest.*50× faster.*✓ ≥ 250,000 events\/s/);
  });
});
