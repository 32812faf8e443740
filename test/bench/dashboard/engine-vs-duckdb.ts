// The whole dashboard over the demo data in node: our engine (prepare + every tile) beside DuckDB computing the
// same tiles from the same rows (test/unit/cross-check/duckdb-tiles.ts), and a check that they agree.
// Run alone: `node --max-old-space-size=12000 --import tsx test/bench/dashboard/engine-vs-duckdb.ts --events 1000000`
import { computeDashboard } from '../../../src/core/dashboard/compute-dashboard';
import { prepare } from '../../../src/core/engine/prepare';
import { createCalendar } from '../../../src/core/time/calendar';
import { diffTiles } from '../../unit/cross-check/compare-tiles';
import { DuckDbTiles } from '../../unit/cross-check/duckdb-tiles';
import { demoColumns } from './demo-columns';

export interface DashboardBench {
  events: number;
  range: { from: string; to: string };
  engine: { prepareMs: number; computeMs: number; totalMs: number };
  duckdb: { loadMs: number; prepareMs: number; computeMs: number; totalMs: number };
  /** Tiles whose numbers differ between the two (0 expected). */
  differences: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchDashboard(events: number, runs: number, log: (line: string) => void): Promise<DashboardBench> {
  log(`dashboard: generating ${events.toLocaleString('en')} events …`);
  const data = demoColumns(events, 7);
  const calendar = createCalendar(data.timezone, data.config.weekStart);
  // Every whole local day of the data: the dashboard over all 180 days.
  const from = calendar.label(calendar.dayOf(data.firstMs) + 1);
  const to = calendar.label(calendar.dayOf(data.lastMs) - 1);

  const prepareTimes: number[] = [];
  const computeTimes: number[] = [];
  let output = null;
  for (let run = 0; run < runs; run++) {
    let started = performance.now();
    const prepared = prepare({ table: data.table, persons: data.persons, groups: [], config: data.config });
    prepareTimes.push(performance.now() - started);
    started = performance.now();
    output = computeDashboard(prepared.data, { from, to, actor: 'person' });
    computeTimes.push(performance.now() - started);
  }
  log(`dashboard: engine ${Math.round(median(prepareTimes))} ms prepare + ${Math.round(median(computeTimes))} ms tiles; loading DuckDB …`);

  let started = performance.now();
  const duck = await DuckDbTiles.load(data.rawEvents(), data.rawPersons, data.timezone);
  const loadMs = performance.now() - started - duck.prepareMs;
  const duckTimes: number[] = [];
  let sql = null;
  for (let run = 0; run < Math.max(1, Math.min(runs, 3)); run++) {
    started = performance.now();
    sql = await duck.compute(from, to, data.config.weekStart);
    duckTimes.push(performance.now() - started);
  }
  duck.close();
  const differences = diffTiles(output!.tiles as unknown as Record<string, unknown>, sql as unknown as Record<string, unknown>).length;
  const engine = { prepareMs: median(prepareTimes), computeMs: median(computeTimes), totalMs: median(prepareTimes) + median(computeTimes) };
  const duckdb = { loadMs, prepareMs: duck.prepareMs, computeMs: median(duckTimes), totalMs: duck.prepareMs + median(duckTimes) };
  log(`dashboard: DuckDB ${Math.round(duckdb.prepareMs)} ms prepare + ${Math.round(duckdb.computeMs)} ms tiles; ${differences} differences`);
  return { events: data.table.count, range: { from, to }, engine, duckdb, differences };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--events');
  const events = at > 0 ? Number(process.argv[at + 1]) : 1_000_000;
  benchDashboard(events, events > 2_000_000 ? 2 : 3, (line) => process.stderr.write(`${line}\n`)).then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
}
