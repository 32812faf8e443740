import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateDemoData } from '../../demo-data/generate';
import type { DemoDataset } from '../../demo-data/types';
import { DEMO_KEY, NO_QUERY_SCOPE_KEY, OTHER_PROJECT_KEY } from '../../emulator/keys';
import { startEmulator, type Emulator } from '../../emulator/server';
import { LATE_EVENT_OVERLAP_MS, planRun } from '../../../src/sources/sync/sync-plan';
import { StorageFullError } from '../../../src/store/storage-full-error';
import { idleStatus } from '../../../src/sources/sync/sync-status';
import { checksum, instantPolicy, MemoryStore, runAgainst, type Waits } from './sync-harness';

const END = Date.UTC(2026, 9, 15, 12);
const DAY = 86_400_000;
let dataset: DemoDataset;
let emulator: Emulator;
let waits: Waits;

beforeAll(async () => {
  dataset = generateDemoData({ seed: 11, events: 4000, days: 40, end: END });
  emulator = await startEmulator({ dataset, silent: true, rateLimit: false });
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.faults.clear();
  emulator.log.clear();
  waits = { delays: [] };
});

/** The persons the stored events name: the sync asks for those, by distinct id. */
const personsNamedBy = (store: MemoryStore) => dataset.persons.filter((p) => p.distinct_ids.some((id) => store.distinctIds.has(id)));
const inWindow = (fromMs: number, toMs: number) => dataset.events.filter((e) => e.timestamp >= fromMs && e.timestamp < toMs).map((e) => e.uuid);
const fullRun = (store: MemoryStore, options: { key?: string; projectId?: number; url?: string; pageSize?: number; peopleBatchSize?: number; beforePeople?: () => void } = {}) =>
  runAgainst({
    url: options.url ?? emulator.url, apiKey: options.key ?? DEMO_KEY, projectId: options.projectId ?? dataset.project.id, store,
    start: planRun(idleStatus(END), '90d', 'update', END), now: END, policy: instantPolicy(waits, { maxAttempts: 4 }), pageSize: options.pageSize,
    beforePeople: options.beforePeople, peopleBatchSize: options.peopleBatchSize,
  });

describe('a full sync against the PostHog emulator', () => {
  it('stores exactly the events of the window, pages of 500 at a time, then persons and groups', async () => {
    const store = new MemoryStore();
    const status = await fullRun(store);
    const expected = inWindow(END - 90 * 86_400_000, END);
    expect(status.phase).toBe('complete');
    expect(status.error).toBeNull();
    expect(store.uuids.size).toBe(expected.length);
    expect(checksum(store.uuids)).toBe(checksum(expected));
    expect(status.estimatedTotal).toBe(expected.length);
    expect(status.duplicates).toBe(0);
    expect(store.appends).toBeGreaterThan(expected.length / 500);
    expect(store.people.persons.length).toBe(personsNamedBy(store).length);
    expect(store.people.groups.size).toBe(dataset.groups.filter((g) => store.groupKeys[g.group_type_index]!.has(g.group_key)).length);
    // A person's distinct ids as far as the stored events name them (the ones with no event are not asked for).
    const person = dataset.persons.find((p) => p.distinct_ids.filter((id) => store.distinctIds.has(id)).length > 1)!;
    expect(store.people.persons.find((p) => p.id === person.id)?.distinct_ids).toEqual([...person.distinct_ids].sort());
    expect(store.catalog?.actions.length).toBe(dataset.project.actions.length);
    expect(store.catalog?.groupTypes[0]?.group_type).toBe('company');
    expect(status.people).toBeNull();
    // Every query bounded in time and sent with force_blocking, as PostHog's cache demands.
    for (const entry of emulator.log.entries.filter((e) => e.hogql !== undefined)) {
      expect((entry.body as { refresh?: string }).refresh).toBe('force_blocking');
      expect(entry.hogql).not.toMatch(/OFFSET/i);
    }
  });

  it.each([
    ['rate_limit', { retryAfter: 7 }],
    ['rate_limit_no_retry_after', {}],
    ['concurrency', {}],
    ['server_error', {}],
    ['bad_gateway', {}],
    ['drop', {}],
    ['truncate', {}],
  ] as const)('survives %s faults with nothing lost or duplicated', async (kind, extra) => {
    emulator.faults.add({ kind, times: 3, ...extra });
    const store = new MemoryStore();
    const status = await fullRun(store);
    const expected = inWindow(END - 90 * 86_400_000, END);
    expect(status.phase).toBe('complete');
    expect(checksum(store.uuids)).toBe(checksum(expected));
    expect(emulator.faults.pending()).toHaveLength(0);
    expect(waits.delays.length).toBeGreaterThanOrEqual(3);
    if (kind === 'rate_limit') expect(waits.delays.slice(0, 3).every((ms) => ms >= 7000 && ms < 8000)).toBe(true);
    if (kind === 'concurrency') expect(waits.delays.slice(0, 3).every((ms) => ms >= 3000)).toBe(true);
  });

  it('asks for the next page while the current one is being stored, and still stores exactly the window', async () => {
    const store = new MemoryStore();
    const asked: number[] = [];
    const started = planRun(idleStatus(END), '90d', 'update', END);
    const status = await runAgainst({
      url: emulator.url, apiKey: DEMO_KEY, projectId: dataset.project.id, store, start: started, now: END, policy: instantPolicy(waits), appendDelayMs: 150,
      onRequest: (body) => {
        if (typeof body === 'string' && body.includes('SELECT uuid')) asked.push(performance.now());
      },
    });
    expect(status.phase).toBe('complete');
    expect(checksum(store.uuids)).toBe(checksum(inWindow(END - 90 * DAY, END)));
    expect(store.appendSpans.length).toBeGreaterThan(3);
    // Every page after the first was asked for before the previous page's commit had ended.
    expect(asked.length).toBe(store.appendSpans.length);
    const late = asked.slice(1).filter((at, k) => at >= store.appendSpans[k]!.to);
    expect(late).toEqual([]);
  });

  it('halves the time window on 504 time-outs and still gets every event', async () => {
    // The first one meets the count query, whose answer only feeds the progress bar: it is done without.
    emulator.faults.add({ kind: 'timeout', times: 3 });
    const store = new MemoryStore();
    const status = await fullRun(store);
    expect(status.phase).toBe('complete');
    expect(status.estimatedTotal).toBeNull();
    expect(checksum(store.uuids)).toBe(checksum(inWindow(END - 90 * 86_400_000, END)));
    const spans = emulator.log.entries.filter((e) => e.hogql !== undefined)
      .map((q) => (q.body as { query: { values?: Record<string, string> } }).query.values ?? {})
      .filter((v) => v.window_from && v.window_to)
      .map((v) => Date.parse(v.window_to!) - Date.parse(v.window_from!));
    expect(spans[0]).toBe(7 * 86_400_000);
    expect(spans).toContain(3.5 * 86_400_000);
    expect(spans).toContain(1.75 * 86_400_000);
  });

  it('resumes from the committed cursor after being stopped mid-page, with the exact set', async () => {
    const store = new MemoryStore();
    store.failOnBatch = 4;
    const interrupted = await fullRun(store);
    expect(interrupted.phase).toBe('failed');
    expect(store.batchSizes).toHaveLength(3);
    expect(store.uuids.size).toBe(store.batchSizes.reduce((a, b) => a + b, 0));
    // The next worker starts from what was committed, not from what the dead one had in memory.
    const resumed = planRun(store.committed!, '90d', 'update', END);
    expect(resumed.pager?.cursor).toEqual(store.committed!.pager!.cursor);
    store.failOnBatch = null;
    const status = await runAgainst({ url: emulator.url, apiKey: DEMO_KEY, projectId: dataset.project.id, store, start: resumed, now: END, policy: instantPolicy(waits) });
    expect(status.error).toBeNull();
    expect(status.phase).toBe('complete');
    expect(checksum(store.uuids)).toBe(checksum(inWindow(END - 90 * 86_400_000, END)));
    expect(status.duplicates).toBe(0);
  });

  it('stops on a full disk with the store\'s message, keeping every committed page and a resumable cursor', async () => {
    const store = new MemoryStore();
    store.failOnBatch = 3;
    store.failure = () => new StorageFullError(store.uuids.size);
    const status = await fullRun(store);
    expect(status.phase).toBe('failed');
    expect(status.error?.code).toBe('storage_full');
    expect(status.error?.message).toContain(`${store.uuids.size.toLocaleString('en-US')} events are stored and kept`);
    expect(store.uuids.size).toBe(store.batchSizes[0]! + store.batchSizes[1]!);
    expect(planRun(status, '90d', 'update', END).pager).toEqual(store.committed!.pager);
  });

  it('tops up with only the events that arrived since', async () => {
    const store = new MemoryStore();
    const first = await fullRun(store);
    const later = END + 3_600_000;
    const fresh = dataset.events.slice(-25).map((e, i) => ({ ...e, uuid: `0199${String(i).padStart(4, '0')}-0000-7000-8000-000000000000`, timestamp: END + 60_000 * (i + 1) }));
    await emulator.appendEvents(fresh.map((e) => ({ ...e, created_at: e.timestamp })));
    emulator.log.clear();
    const topUp = planRun(first, '90d', 'update', later);
    // The new stretch whole; the stored one only for what PostHog ingested since the first pull (less an hour).
    expect(topUp.segments).toEqual([
      { fromMs: END, toMs: later },
      { fromMs: later - 90 * DAY, toMs: END, ingestedSinceMs: END - LATE_EVENT_OVERLAP_MS },
    ]);
    const status = await runAgainst({ url: emulator.url, apiKey: DEMO_KEY, projectId: dataset.project.id, store, start: topUp, now: later, policy: instantPolicy(waits) });
    expect(status.phase).toBe('complete');
    expect(status.stored).toBe(25);
    // The overlap re-reads the last hour's events: dropped as duplicates, never stored twice.
    const lastHour = dataset.events.filter((e) => e.timestamp >= END - LATE_EVENT_OVERLAP_MS && e.timestamp < END).length;
    expect(status.pulled).toBe(25 + lastHour);
    expect(status.duplicates).toBe(lastHour);
    expect(store.uuids.size).toBe(inWindow(END - 90 * DAY, END).length + 25);
  });

  it('a top-up stores the events PostHog ingested late, with client timestamps long before the last sync', async () => {
    const store = new MemoryStore();
    const first = await fullRun(store);
    const later = END + 2 * 3_600_000;
    const late = dataset.events.slice(0, 30).map((e, i) => ({
      ...e, uuid: `01980000-0000-7000-8000-${String(i).padStart(12, '0')}`, timestamp: END - (3 + i) * DAY, created_at: END + 3_600_000,
    }));
    await emulator.appendEvents(late);
    const status = await runAgainst({ url: emulator.url, apiKey: DEMO_KEY, projectId: dataset.project.id, store, start: planRun(first, '90d', 'update', later), now: later, policy: instantPolicy(waits) });
    expect(status.phase).toBe('complete');
    for (const e of late) expect(store.uuids.has(e.uuid)).toBe(true);
    // The next top-up looks from this run's start on: these are not asked for again.
    const next = planRun(status, '90d', 'update', later + 3_600_000);
    expect(next.segments.at(-1)?.ingestedSinceMs).toBe(later - LATE_EVENT_OVERLAP_MS);
  });

  it.each(['timeout', 'estimated_too_long', 'memory_limit'] as const)('splits a persons round that PostHog answers %s, and gets every person', async (kind) => {
    const store = new MemoryStore();
    // The event pages and the catalog first; then the first person query meets the fault, twice.
    const status = await fullRun(store, { beforePeople: () => emulator.faults.add({ kind, times: 2 }) });
    expect(status.phase).toBe('complete');
    expect(store.people.persons.length).toBe(personsNamedBy(store).length);
    // Halved twice (1,000 → 500 → 250 ids a round), kept so for the rest of the step.
    expect(store.peopleBatchSizes.slice(0, 3)).toEqual([1000, 500, 250]);
    expect(new Set(store.peopleBatchSizes.slice(2))).toEqual(new Set([250]));
  });

  it('resumes the persons step at the round after the last one committed, not from the start', async () => {
    const store = new MemoryStore();
    store.failOnPersonRound = 3;
    const failed = await fullRun(store, { peopleBatchSize: 50 });
    expect(failed.phase).toBe('failed');
    expect(store.people.rounds).toBe(2);
    expect(failed.people?.after).not.toBeNull();
    const resumed = planRun(store.committed!, '90d', 'update', END);
    expect(resumed.segments).toEqual([]);
    expect(resumed.people).toEqual(failed.people);
    store.failOnPersonRound = null;
    emulator.log.clear();
    const status = await runAgainst({ url: emulator.url, apiKey: DEMO_KEY, projectId: dataset.project.id, store, start: resumed, now: END, policy: instantPolicy(waits), peopleBatchSize: 50 });
    expect(status.phase).toBe('complete');
    expect(store.people.persons.length).toBe(personsNamedBy(store).length);
    expect(store.people.rounds).toBe(Math.ceil(store.distinctIds.size / 50));
    // No event page again, and the first round asked for ids after the last committed one.
    expect(emulator.log.entries.some((e) => e.hogql?.startsWith('SELECT uuid'))).toBe(false);
    const firstRound = emulator.log.entries.find((e) => e.hogql?.includes('FROM person_distinct_ids'));
    const ids = (firstRound!.body as { query: { values: { distinct_ids: string[] } } }).query.values.distinct_ids;
    expect(ids[0]! > failed.people!.after!).toBe(true);
  });

  it('retries a 504 on the catalog requests instead of failing the sync', async () => {
    emulator.faults.add({ kind: 'timeout', path: '/actions/' });
    emulator.faults.add({ kind: 'timeout', path: '/groups_types/' });
    const store = new MemoryStore();
    const status = await fullRun(store);
    expect(status.phase).toBe('complete');
    expect(store.catalog?.actions.length).toBe(dataset.project.actions.length);
    expect(emulator.faults.pending()).toHaveLength(0);
  });

  it('gives a wrong key, a missing scope, another project and a dead host each their own message', async () => {
    const wrong = await fullRun(new MemoryStore(), { key: 'phx_not_a_real_key' });
    expect(wrong).toMatchObject({ phase: 'failed', error: { code: 'unauthorized' } });
    const scope = await fullRun(new MemoryStore(), { key: NO_QUERY_SCOPE_KEY });
    expect(scope.error?.message).toContain('"query:read" scope');
    const other = await fullRun(new MemoryStore(), { key: OTHER_PROJECT_KEY });
    expect(other.error?.message).toContain(`may not read project ${dataset.project.id}`);
    const missing = await fullRun(new MemoryStore(), { projectId: 424242 });
    expect(missing.error?.code).toBe('not_found');
    const dead = await fullRun(new MemoryStore(), { url: 'http://127.0.0.1:9' });
    expect(dead.error?.code).toBe('network');
    expect(dead.error?.message).toContain('Could not reach http://127.0.0.1:9');
  });
});
