// A sync run against the in-process emulator, with an in-memory store that keeps exactly what a real one would:
// events by uuid (duplicates dropped) and the status committed with each page.
import { createHash } from 'node:crypto';
import type { EventBatch } from '../../../src/core/events/event-batch';
import type { RetryPolicy } from '../../../src/sources/posthog/retry';
import type { PersonRound, PulledGroup, PulledPerson } from '../../../src/sources/posthog/metadata';
import { runSync, type PulledCatalog, type SyncPorts } from '../../../src/sources/sync/run-sync';
import type { SyncStatus } from '../../../src/sources/sync/sync-status';

/** The store's people side as store/person-refresh.ts keeps it: rounds of mappings and persons, then a finish. */
export class MemoryPeople {
  readonly links = new Map<string, string>();
  readonly byId = new Map<string, Omit<PulledPerson, 'distinct_ids'>>();
  readonly groups = new Map<string, PulledGroup>();
  rounds = 0;
  finished = 0;
  /** The persons as the finish leaves them: each with the distinct ids that point at it, the rest gone. */
  persons: PulledPerson[] = [];

  saveRound(asked: readonly string[], round: PersonRound): void {
    this.rounds++;
    const mapped = new Set(round.mappings.map((m) => m.distinctId));
    for (const id of asked) if (!mapped.has(id)) this.links.delete(id);
    for (const m of round.mappings) this.links.set(m.distinctId, m.personId);
    for (const person of round.persons) this.byId.set(person.id, person);
  }

  finish(): void {
    this.finished++;
    const ids = new Map<string, string[]>();
    for (const [distinctId, personId] of this.links) {
      if (!this.byId.has(personId)) this.links.delete(distinctId);
      else ids.set(personId, [...(ids.get(personId) ?? []), distinctId]);
    }
    for (const id of [...this.byId.keys()]) if (!ids.has(id)) this.byId.delete(id);
    this.persons = [...this.byId.values()].map((p) => ({ ...p, distinct_ids: (ids.get(p.id) ?? []).sort() }));
  }
}

export class MemoryStore {
  readonly uuids = new Set<string>();
  /** The distinct ids and group keys of the stored events, as readStoredActorKeys gives them. */
  readonly distinctIds = new Set<string>();
  readonly groupKeys = Array.from({ length: 5 }, () => new Set<string>());
  committed: SyncStatus | null = null;
  catalog: PulledCatalog | null = null;
  readonly people = new MemoryPeople();
  /** The persons step's batch size in each status saved while it ran. */
  readonly peopleBatchSizes: number[] = [];
  /** Throws on the Nth person round, as a worker stopped or a store that failed mid-step. */
  failOnPersonRound: number | null = null;
  appends = 0;
  /** Sizes of the batches that held events, in order. */
  batchSizes: number[] = [];
  /** Throws on the Nth batch that holds events, as a worker stopped before the transaction commits. */
  failOnBatch: number | null = null;
  /** Times (performance.now()) each append began and ended, to see what overlapped it. */
  readonly appendSpans: { from: number; to: number }[] = [];
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
        this.distinctIds.add(batch.distinctId[i]!);
        batch.groups.forEach((slot, g) => {
          const key = slot[i];
          if (key) this.groupKeys[g]!.add(key);
        });
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
  peopleBatchSize?: number;
  appendDelayMs?: number;
  /** Told each request's body as it is sent. */
  onRequest?: (body: unknown) => void;
  /** Called once, when the persons step reads the stored ids (after the events and the catalog). */
  beforePeople?: () => void;
}): Promise<SyncStatus> {
  const ports: SyncPorts = {
    connection: {
      origin: options.url,
      apiKey: options.apiKey,
      fetch: (url, init) => {
        options.onRequest?.(init?.body);
        return fetch(url, init);
      },
    },
    projectId: options.projectId,
    policy: options.policy,
    pageSize: options.pageSize ?? 500,
    minWindowMs: 60_000,
    ...(options.peopleBatchSize ? { peopleBatchSize: options.peopleBatchSize } : {}),
    signal: options.signal ?? new AbortController().signal,
    now: () => options.now,
    appendEvents: async (batch, status) => {
      const from = performance.now();
      // A commit that takes a while, as IndexedDB's does for 50k events.
      if (options.appendDelayMs) await new Promise((done) => setTimeout(done, options.appendDelayMs));
      const result = options.store.append(batch, status);
      options.store.appendSpans.push({ from, to: performance.now() });
      return result;
    },
    saveStatus: async (status) => {
      options.store.committed = status;
      if (status.people) options.store.peopleBatchSizes.push(status.people.batchSize);
    },
    saveCatalog: async (catalog) => {
      options.store.catalog = catalog;
    },
    people: {
      keys: async () => {
        options.beforePeople?.();
        return { distinctIds: [...options.store.distinctIds].sort(), groupKeys: options.store.groupKeys.map((keys) => [...keys].sort()) };
      },
      savePersonRound: async (asked, round) => {
        if (options.store.people.rounds + 1 === options.store.failOnPersonRound) throw new Error('worker stopped');
        options.store.people.saveRound(asked, round);
      },
      saveGroups: async (groups) => {
        for (const group of groups) options.store.people.groups.set(`${group.group_type_index}:${group.group_key}`, group);
      },
      finish: async () => options.store.people.finish(),
    },
    onProgress: () => undefined,
  };
  return runSync(options.start, ports);
}
