// `npx tsx test/emulator/cli.ts [--port 8010] [--events 200000] [--seed 42] [--days 180]`: generates the demo
// data set ending at the current hour and serves it as a PostHog project until SIGINT/SIGTERM.
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateDemoData } from '../demo-data/generate.ts';
import { DEMO_KEY } from './keys.ts';
import { startEmulator } from './server.ts';

interface CliArgs {
  port: number;
  events: number;
  seed: number;
  days: number;
}

const USAGE = 'usage: tsx test/emulator/cli.ts [--port 8010] [--events 200000] [--seed 42] [--days 180]';

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { port: 8010, events: 200_000, seed: 42, days: 180 };
  const limits: Record<keyof CliArgs, [min: number, max: number]> = {
    port: [0, 65_535],
    events: [1, 50_000_000],
    seed: [0, 2 ** 32 - 1],
    days: [1, 3650],
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const name = flag.replace(/^--/, '') as keyof CliArgs;
    if (!flag.startsWith('--') || !(name in limits)) throw new Error(`unknown option "${flag}"`);
    const text = argv[++i];
    if (text === undefined) throw new Error(`${flag} needs a value`);
    const [min, max] = limits[name];
    if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) throw new Error(`${flag} takes a whole number from ${min} to ${max}, not "${text}"`);
    args[name] = Number(text);
  }
  return args;
}

async function main(): Promise<void> {
  let args: CliArgs;
  try {
    args = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`demo-server: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  try {
    await assertPortFree(args.port);
  } catch (error) {
    console.error(`demo-server: ${(error as Error).message}. Pick another with --port N (0 picks a free one).`);
    process.exit(1);
  }
  const hour = 3_600_000;
  // Rounded down, so that no event lies in the future.
  const end = Math.floor(Date.now() / hour) * hour;
  console.log(`Generating ${args.events.toLocaleString('en')} events over ${args.days} days (seed ${args.seed}) …`);
  const dataset = generateDemoData({ seed: args.seed, events: args.events, days: args.days, end });
  let emulator;
  try {
    emulator = await startEmulator({ dataset, port: args.port });
  } catch (error) {
    console.error(`demo-server: ${(error as Error).message}. Pick another with --port N (0 picks a free one).`);
    process.exit(1);
  }
  const { project } = emulator;
  console.log(`PostHog emulator on ${emulator.url} — project ${project.id} (${project.timezone}), key ${DEMO_KEY}`);
  console.log(`${dataset.events.length.toLocaleString('en')} events, ${dataset.persons.length.toLocaleString('en')} persons. Ctrl-C stops it.`);
  const stop = () => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Fails fast, before minutes of data generation, when the port is taken. */
function assertPortFree(port: number): Promise<void> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      fail(error.code === 'EADDRINUSE' ? new Error(`port ${port} on 127.0.0.1 is already in use`) : error),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => done()));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) void main();
