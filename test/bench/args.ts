// Command line of `npm run bench`.

export interface BenchArgs {
  /** Events for our store (the generator gives within a few percent of this). */
  events: number;
  /** Events for the naive baseline, ~100× slower, so fewer; its figures are scaled. */
  baselineEvents: number;
  json: boolean;
  seed: number;
  /** Events of the larger dashboard run, in node only (0 skips it). */
  dashboardLargeEvents: number;
  help: boolean;
}

export const USAGE = `Usage: npm run bench -- [--events N] [--baseline-events N] [--seed N] [--json]

  --events N           events stored in our columnar store (default 1,000,000)
  --baseline-events N  events stored in the one-record-per-event baseline (default 100,000; it is ~100× slower,
                       its rates are measured on this many events and scaled to 1M)
  --seed N             demo-data seed (default 42)
  --dashboard-large N  events of the second dashboard run, in node beside DuckDB (default 10,000,000; 0 skips)
  --json               print one JSON object on stdout (progress still goes to stderr)`;

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { events: 1_000_000, baselineEvents: 100_000, json: false, seed: 42, dashboardLargeEvents: 10_000_000, help: false };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k] as string;
    const [name, inline] = arg.includes('=') ? (arg.split(/=(.*)/s, 2) as [string, string]) : [arg, undefined];
    const count = (min = 1): number => {
      const text = inline ?? argv[++k];
      const value = Number(text?.replaceAll('_', '').replaceAll(',', ''));
      if (!Number.isInteger(value) || value < min) throw new Error(`${name} needs a whole number ≥ ${min}, not ${JSON.stringify(text)}`);
      return value;
    };
    if (name === '--events') args.events = count();
    else if (name === '--baseline-events') args.baselineEvents = count();
    else if (name === '--seed') args.seed = count(0);
    else if (name === '--dashboard-large') args.dashboardLargeEvents = count(0);
    else if (name === '--json') args.json = true;
    else if (name === '--help' || name === '-h') args.help = true;
    else throw new Error(`unknown option ${arg}\n\n${USAGE}`);
  }
  return args;
}
