// The dashboard in node beside DuckDB computing the same tiles on the same events (test/bench/dashboard/), at
// --events and at the larger size. Each size runs in a child process with a large heap, so 10M events fit.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { DashboardBench } from '../dashboard/engine-vs-duckdb';
import type { Figures, Measurement } from '../measurement';

const run = promisify(execFile);
const script = resolve(import.meta.dirname, '../dashboard/engine-vs-duckdb.ts');

async function benchInChild(events: number): Promise<DashboardBench> {
  const { stdout } = await run(process.execPath, ['--max-old-space-size=16000', '--import', 'tsx', script, '--events', String(events)], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as DashboardBench;
}

function figuresOf(result: DashboardBench, label: string): Figures {
  if (result.differences !== 0) throw new Error(`dashboard: the engine and DuckDB disagree on ${result.differences} numbers at ${label}`);
  return {
    [`dashboard_${label}_ms`]: result.engine.totalMs,
    [`dashboard_${label}_prepare_ms`]: result.engine.prepareMs,
    [`dashboard_${label}_tiles_ms`]: result.engine.computeMs,
    [`duckdb_${label}_ms`]: result.duckdb.totalMs,
    [`duckdb_${label}_tiles_ms`]: result.duckdb.computeMs,
    [`dashboard_${label}_events`]: result.events,
  };
}

export const dashboardNode: Measurement = {
  name: 'dashboard in node beside DuckDB',
  async run({ args, log }) {
    log(`dashboard (node): ${args.events.toLocaleString('en-US')} events, engine and DuckDB…`);
    const figures = figuresOf(await benchInChild(args.events), '1m');
    if (args.dashboardLargeEvents > 0) {
      log(`dashboard (node): ${args.dashboardLargeEvents.toLocaleString('en-US')} events (a few minutes: DuckDB loads row by row)…`);
      Object.assign(figures, figuresOf(await benchInChild(args.dashboardLargeEvents), '10m'));
    }
    return figures;
  },
};
