// What a measurement module gets and gives. Each module (our store, the naive baseline; later the dashboard in
// a worker, DuckDB) measures on its own and returns flat, named figures; report.ts compares them.
import type { ApiPages } from './api-pages';
import type { BenchArgs } from './args';
import type { BenchSession } from './bench-session';

/** Named results, e.g. { ingest_events_per_s: 301234 }. Times scaled to 1M events end in `_1m_ms`. */
export type Figures = Record<string, number | string | null>;

export interface BenchContext {
  args: BenchArgs;
  /** The PostHog pages of `--events` events, and of `--baseline-events` events. */
  data: { events: ApiPages; baseline: ApiPages };
  /** A fresh profile and origin, the bench page loaded; the runner disposes of it at the end. */
  openSession(): Promise<BenchSession>;
  /** Page URLs of a data set, as the static server serves them. */
  pageUrls(set: keyof BenchContext['data']): string[];
  log(line: string): void;
}

export interface Measurement {
  name: string;
  run(context: BenchContext): Promise<Figures>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Milliseconds for `events` scaled to one million events. */
export function per1M(ms: number, events: number): number {
  return (ms * 1_000_000) / events;
}

/**
 * Reads are repeated and the best time is the figure: on a shared 2-core machine the slower repeats measure the
 * other processes; the median is reported beside it.
 */
export const READ_REPEATS = 5;
export const BASELINE_READ_REPEATS = 3;
