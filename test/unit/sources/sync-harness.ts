// A sync run against the in-process emulator, with an in-memory store that keeps exactly what a real one would:
// events by uuid (duplicates dropped) and the status committed with each page.
import { createHash } from 'node:crypto';
import type { EventBatch } from '../../../src/core/events/event-batch';
import type { RetryPolicy } from '../../../src/sources/posthog/retry';
import { runSync, type PulledMetadata, type SyncPorts } from '../../../src/sources/sync/run-sync';
import type { SyncStatus } from '../../../src/sources/sync/sync-status';

export class MemoryStore {
  readonly uuids = new Set<string>();
  committed: SyncStatus | null = null;
  metadata: PulledMetadata | null = null;
  appends = 0;
  /** Sizes of the batches that held events, in order. */
  batchSizes: number[] = [];
  /** Throws on the Nth batch that holds events, as a worker stopped before the transaction commits. */
  failOnBatch: number | null = null;
  /** What that failure is; a plain error by default. */
  failure: () => Error = () => new Error('worker stopped');

  append(batch: EventBatch, status: SyncStatus) {
    this.appends++;
    if (batch.length > 0 && this.batchSizes.length + 1 === this.failOnBatch) throw this.failure();
    if (batch.length > 0) this.batchSizes.push(batch.length);
    let stored = 0;
    for (let i = 0; i < batch.length; i++) {
      if (!this.uuids.has(batch.uuid[i]!)) {
        this.uuids.add(batch.uuid[i]!);
        stored++;
      }
    }
    this.committed = status;
    return { stored, duplicates: batch.length - stored };
  }
}

export const checksum = (uuids: Iterable<string>) => createHash('sha256').update([...uuids].sort().join('\n')).digest('hex');

export interface Waits {
  delays: number[];
}

/** Retries without really waiting; the delays asked for are recorded so tests can check them. */
export function instantPolicy(waits: Waits, overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  return {
    maxAttempts: 10,
    baseDelayMs: 1000,
    maxDelayMs: 60_000,
    concurrencyDelayMs: 3000,
    random: () => 0.5,
    sleep: async (ms) => {
      waits.delays.push(ms);
    },
    ...overrides,
  };
}

export function runAgainst(options: {
  url: string;
  apiKey: string;
  projectId: number;
  store: MemoryStore;
  start: SyncStatus;
  now: number;
  policy: RetryPolicy;
  pageSize?: number;
  signal?: AbortSignal;
}): Promise<SyncStatus> {
  const ports: SyncPorts = {
    connection: { origin: options.url, apiKey: options.apiKey, fetch: (url, init) => fetch(url, init) },
    projectId: options.projectId,
    policy: options.policy,
    pageSize: options.pageSize ?? 500,
    minWindowMs: 60_000,
    signal: options.signal ?? new AbortController().signal,
    now: () => options.now,
    appendEvents: async (batch, status) => options.store.append(batch, status),
    saveStatus: async (status) => {
      options.store.committed = status;
    },
    saveMetadata: async (metadata) => {
      options.store.metadata = metadata;
    },
    onProgress: () => undefined,
  };
  return runSync(options.start, ports);
}
