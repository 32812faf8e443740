// `npm run bench:sync`: the whole sync of the demo, end to end, as a user gets it: the demo PostHog server (the
// emulator, its HogQL on embedded ClickHouse) with N events, the built extension in headless Chromium connected
// through its popup, timed from the Connect click to "Up to date" (count, every event page, catalog, persons and
// groups). Prints events/s over the events stored, the queries sent by kind, and the load average. Repeats
// --runs times in fresh browsers and reports the median.
//
//   npm run bench:sync -- [--events 200000] [--runs 3] [--json]
import { loadavg } from 'node:os';
import { build } from 'vite';
import { join, resolve } from 'node:path';
import { generateDemoData } from '../demo-data/generate';
import { DEMO_KEY } from '../emulator/keys';
import { startEmulator } from '../emulator/server';
import { connectThroughPopup } from '../support/connect-through-popup';
import { launchExtension } from '../support/launch-extension';

interface Run {
  seconds: number;
  stored: number;
  eventsPerSecond: number;
  queries: Record<string, number>;
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a whole number ≥ 1`);
  return value;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

export interface DemoSyncReport {
  sync_demo_events: number;
  sync_demo_seconds: number;
  sync_demo_events_per_s: number;
  sync_demo_runs: number[];
  sync_demo_requests: Record<string, number>;
  load_average: number[];
}

/** `runs` whole syncs of a demo project of `events` events, each in a fresh browser; the median and every run. */
export async function measureDemoSync(events: number, runs: number, log: (text: string) => void): Promise<DemoSyncReport> {
  const root = resolve(import.meta.dirname, '../..');
  if (!process.env.PMF_DIST) {
    log('building dist/ …');
    await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  }
  const hour = 3_600_000;
  const dataset = generateDemoData({ seed: 42, events, end: Math.ceil(Date.now() / hour) * hour });
  const emulator = await startEmulator({ dataset, silent: true });
  const results: Run[] = [];
  const loads: number[] = [];
  try {
    for (let k = 0; k < runs; k++) {
      emulator.log.clear();
      const launched = await launchExtension({ headless: true });
      try {
        const popup = await launched.context.newPage();
        await popup.goto(launched.url('popup'));
        const started = performance.now();
        await connectThroughPopup(popup, { url: emulator.url, projectId: dataset.project.id, apiKey: DEMO_KEY });
        await popup.getByTestId('sync-phase').filter({ hasText: /Up to date|Sync failed/ }).waitFor({ timeout: 600_000 });
        const seconds = (performance.now() - started) / 1000;
        const phase = await popup.getByTestId('sync-phase').innerText();
        if (phase !== 'Up to date') throw new Error(`the sync ended "${phase}": ${await popup.getByTestId('sync-error').innerText().catch(() => '')}`);
        // A string, not a function: tsx's helpers are not defined inside the page.
        const reply = (await popup.evaluate("chrome.runtime.sendMessage({ kind: 'request', name: 'getSync', payload: null })")) as { value: { storedEvents: number } };
        const stored = reply.value.storedEvents;
        const queries: Record<string, number> = {};
        for (const entry of emulator.log.entries) {
          const last = entry.path.split('?')[0]!.split('/').filter(Boolean).at(-1) ?? 'other';
          const kind = entry.hogql ? `query:${/FROM (\w+)/.exec(entry.hogql)?.[1] ?? 'other'}` : /^(\d+|@current)$/.test(last) ? 'project' : last;
          queries[kind] = (queries[kind] ?? 0) + 1;
        }
        results.push({ seconds, stored, eventsPerSecond: stored / seconds, queries });
        loads.push(loadavg()[0] as number);
        log(`run ${k + 1}: ${stored.toLocaleString('en')} events in ${seconds.toFixed(1)} s = ${Math.round(stored / seconds).toLocaleString('en')}/s; requests ${JSON.stringify(queries)}`);
      } finally {
        await launched.context.close();
      }
    }
  } finally {
    await emulator.close();
  }
  return {
    sync_demo_events: median(results.map((r) => r.stored)),
    sync_demo_seconds: median(results.map((r) => r.seconds)),
    sync_demo_events_per_s: Math.round(median(results.map((r) => r.eventsPerSecond))),
    sync_demo_runs: results.map((r) => Math.round(r.eventsPerSecond)),
    sync_demo_requests: results[0]?.queries ?? {},
    load_average: loads.map((l) => Number(l.toFixed(2))),
  };
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const report = await measureDemoSync(option('--events', 200_000), option('--runs', 3), (text) => console.error(`[bench:sync] ${text}`));
  if (json) console.log(JSON.stringify(report));
  else console.log(`sync of the demo, end to end: median ${report.sync_demo_events_per_s.toLocaleString('en')} events/s (${report.sync_demo_seconds.toFixed(1)} s for ${report.sync_demo_events.toLocaleString('en')} events; runs ${report.sync_demo_runs.join(', ')}/s; load ${report.load_average.join(', ')})`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`bench:sync failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
