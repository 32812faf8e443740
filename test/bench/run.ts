// `npm run bench`: measures the store against the DESIGN §6 targets in headless Chromium, beside the naive
// one-record-per-event baseline in the same run. See test/bench/README.md.
import { cpus, loadavg } from 'node:os';
import { buildApiPages, type ApiPages } from './api-pages';
import { parseArgs, USAGE, type BenchArgs } from './args';
import { BenchSession } from './bench-session';
import { buildBenchPage } from './build-page';
import type { BenchContext, Figures } from './measurement';
import { MEASUREMENTS } from './measurements/index';
import { formatNotes, formatTable, targetsMet, withRatios } from './report';
import { pageUrls, startStaticServer } from './static-server';
import { chromiumHelp, findChromium } from '../../scripts/chromium.mjs';

const started = performance.now();
const log = (line: string): void => {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(5)}s] ${line}\n`);
};

/** Things to undo at the end, newest first, also on Ctrl-C. */
const cleanups: (() => Promise<void>)[] = [];
async function cleanUp(): Promise<void> {
  for (const undo of cleanups.splice(0).reverse()) await undo().catch((error: unknown) => log(`cleanup failed: ${String(error)}`));
}
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    interrupted = true;
    log(`${signal}: closing the browser and removing the temporary profiles…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

function describe(pages: ApiPages): string {
  return `${pages.events.toLocaleString('en-US')} events, ${pages.texts.length} pages, ${(pages.bytes / 1e6).toFixed(0)} MB of JSON`;
}

async function bench(args: BenchArgs): Promise<Figures> {
  log(`generating ${args.events.toLocaleString('en-US')} demo events (seed ${args.seed}) as PostHog query pages…`);
  const events = buildApiPages({ seed: args.seed, events: args.events });
  log(`  ${describe(events)} (timestamps in ${events.timezone})`);
  const baseline = args.baselineEvents === args.events ? events : buildApiPages({ seed: args.seed, events: args.baselineEvents });
  if (baseline !== events) log(`  baseline: ${describe(baseline)}`);
  log('building the bench page with Vite…');
  const dist = await buildBenchPage();
  const data = { events, baseline };
  const server = startStaticServer(dist, { events: events.texts, baseline: baseline.texts });
  cleanups.push(() => server.close());
  const context: BenchContext = {
    args,
    data,
    log,
    pageUrls: (set) => pageUrls(set, data[set].texts.length),
    async openSession() {
      const session = await BenchSession.open(await server.newOrigin());
      cleanups.push(() => session.dispose());
      return session;
    },
  };
  // Other processes on the machine slow every figure down; the load average says whether there were any.
  const figures: Figures = { cpus: cpus().length, load_average_at_start: loadavg()[0] ?? null };
  for (const measurement of MEASUREMENTS) Object.assign(figures, await measurement.run(context));
  figures.load_average_at_end = loadavg()[0] ?? null;
  return figures;
}

async function main(): Promise<number> {
  let args: BenchArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!findChromium()) {
    process.stderr.write(`npm run bench needs Chromium.\n${chromiumHelp()}\n`);
    return 1;
  }
  try {
    const figures = withRatios(await bench(args));
    log('done.');
    if (args.json) process.stdout.write(`${JSON.stringify({ ...figures, targets_met: targetsMet(figures) }, null, 2)}\n`);
    else process.stdout.write(`\n${formatTable(figures)}\n\n${formatNotes(figures)}\n`);
    return 0;
  } catch (error) {
    // The browser closing under an interrupted run is no failure to report.
    if (interrupted) return 130;
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  } finally {
    await cleanUp();
  }
}

process.exitCode = await main();
