// Writes a demo dataset to a directory for the emulator and benchmarks:
//   npx tsx test/demo-data/cli.ts --events 1000000 --seed 42 [--days 180] [--end ISO] --out DIR
// events.jsonl is streamed day by day, so 10M events need no more memory than one day's worth.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateDemoStream } from './generate.ts';
import { eventToJsonLine, groupToJsonLine, personToJsonLine, projectToJson } from './jsonl.ts';
import { demoRoleConfig } from './role-config.ts';
import { LineWriter } from './line-writer.ts';
import { DEFAULT_DAYS, DEFAULT_END, resolveOptions } from './world.ts';
import type { GenerateOptions } from './types.ts';

const USAGE = `Usage: npx tsx test/demo-data/cli.ts --out DIR [--events N] [--seed N] [--days N] [--end ISO]

  --out DIR     output directory (created if missing): events.jsonl, persons.jsonl, groups.jsonl, project.json, config.json
  --events N    approximate number of events (default 200000; "1e6", "1_000_000" and "1m" work too)
  --seed N      seed of the generator (default 42); same options give byte-identical files
  --days N      days of history (default ${DEFAULT_DAYS})
  --end ISO     end of the data, exclusive (default ${new Date(DEFAULT_END).toISOString()})`;

class UsageError extends Error {}

function parseCount(text: string, name: string): number {
  const match = /^([\d_.]+(?:e\d+)?)([km]?)$/i.exec(text.trim());
  const value = match ? Number((match[1] as string).replace(/_/g, '')) * ({ k: 1e3, m: 1e6 }[(match[2] ?? '').toLowerCase()] ?? 1) : NaN;
  if (!Number.isFinite(value) || value < 0) throw new UsageError(`--${name} must be a non-negative number, got "${text}"`);
  return Math.round(value);
}

function parseCli(argv: string[]): { options: GenerateOptions; out: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      options: {
        events: { type: 'string' }, seed: { type: 'string' }, days: { type: 'string' },
        end: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (!parsed.out) throw new UsageError('--out DIR is required');
  const seed = parsed.seed === undefined ? 42 : Number(parsed.seed);
  if (!Number.isInteger(seed)) throw new UsageError(`--seed must be an integer, got "${parsed.seed}"`);
  const options: GenerateOptions = { seed, events: parsed.events === undefined ? 200_000 : parseCount(parsed.events, 'events') };
  if (parsed.days !== undefined) options.days = parseCount(parsed.days, 'days');
  if (parsed.end !== undefined) {
    const end = /^\d+$/.test(parsed.end) ? Number(parsed.end) : Date.parse(parsed.end);
    if (!Number.isFinite(end)) throw new UsageError(`--end must be an ISO date-time or epoch ms, got "${parsed.end}"`);
    options.end = end;
  }
  try {
    resolveOptions(options);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return { options, out: parsed.out };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const YOUNG_GENERATION_FLAG = '--max-semi-space-size=64';

/**
 * A day of a 10M-event dataset is ~50 MB of objects held until the day is sorted; with V8's default
 * 16 MB semi-spaces they get promoted and collected the expensive way (~30 % of the run). So the CLI
 * re-runs itself once under a roomier young generation; returns false when already there.
 */
function relaunchWithLargerYoungGeneration(): boolean {
  if (process.execArgv.includes(YOUNG_GENERATION_FLAG)) return false;
  const script = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, [YOUNG_GENERATION_FLAG, ...process.execArgv, script, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  return true;
}

async function main(): Promise<void> {
  const { options, out } = parseCli(process.argv.slice(2));
  if (relaunchWithLargerYoungGeneration()) return;
  const started = performance.now();
  mkdirSync(out, { recursive: true });
  const stream = generateDemoStream(options);
  const days = options.days ?? DEFAULT_DAYS;
  process.stderr.write(
    `demo-data: seed ${options.seed}, ~${fmt(options.events)} events over ${days} days, ` +
      `${fmt(stream.personCount)} persons, ${fmt(stream.groups.length)} companies (planned in ${fmt(performance.now() - started)} ms)\n`,
  );

  writeFileSync(join(out, 'project.json'), projectToJson(stream.project) + '\n');
  writeFileSync(join(out, 'config.json'), demoRoleConfig(stream.project) + '\n');
  const groups = new LineWriter(join(out, 'groups.jsonl'));
  for (const group of stream.groups) if (groups.write(groupToJsonLine(group))) await groups.drained();
  await groups.close();
  const persons = new LineWriter(join(out, 'persons.jsonl'));
  for (const person of stream.persons()) if (persons.write(personToJsonLine(person))) await persons.drained();
  await persons.close();

  const events = new LineWriter(join(out, 'events.jsonl'));
  const byName = new Map<string, number>();
  let nextReport = performance.now() + 2000;
  for (const batch of stream.days()) {
    for (const e of batch.events) {
      byName.set(e.event, (byName.get(e.event) ?? 0) + 1);
      if (events.write(eventToJsonLine(e))) await events.drained();
    }
    const now = performance.now();
    if (now >= nextReport) {
      nextReport = now + 2000;
      const seconds = (now - started) / 1000;
      process.stderr.write(`  day ${batch.day + 1}/${days}: ${fmt(events.count)} events, ${fmt(events.count / seconds)}/s\n`);
    }
  }
  await events.close();

  const seconds = (performance.now() - started) / 1000;
  const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([name, n]) => `${name} ${fmt(n)}`);
  process.stderr.write(
    `done in ${seconds.toFixed(1)} s: ${fmt(events.count)} events (${fmt(events.count / seconds)}/s, ` +
      `${(events.bytes / 1e6).toFixed(0)} MB), ${fmt(persons.count)} persons, ${fmt(groups.count)} groups → ${out}\n` +
      `  ${top.join(', ')}\n`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`demo-data: ${error.message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  process.stderr.write(`demo-data: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
