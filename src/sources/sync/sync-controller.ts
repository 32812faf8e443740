// The worker's one sync at a time: starts, stops, resumes after the worker was stopped, and tells the pages.
import type { SyncView } from '../../platform/protocol';
import type { Database } from '../../store/database';
import { deleteAllData } from '../../store/database';
import { CATALOG_META_KEY } from '../../store/catalog-meta';
import { countEvents } from '../../store/chunk-summaries';
import { openEventWriter } from '../../store/event-writer';
import { getMeta, putMeta } from '../../store/meta';
import { putGroups } from '../../store/groups';
import { finishPersonRefresh, putPersonRound } from '../../store/person-refresh';
import { readStoredActorKeys } from '../../store/stored-actor-keys';
import type { StoredConnection } from '../../store/connection-store';
import type { FetchLike } from '../posthog/http';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../posthog/retry';
import { runSync, type PulledCatalog } from './run-sync';
import { planRun, type SyncMode } from './sync-plan';
import { idleStatus, isRunning, type SyncStatus, type SyncWindowPreset } from './sync-status';

export const SYNC_META_KEY = 'sync';

export interface SyncControllerDeps {
  db: () => Promise<Database>;
  connection: () => Promise<StoredConnection | null>;
  fetch: FetchLike;
  now: () => number;
  publish: (view: SyncView) => void;
  /** Keeps the worker from being stopped while a sync runs. */
  keepAlive: (signal: AbortSignal) => void;
  policy?: RetryPolicy;
  pageSize?: number;
}

export type Catalog = PulledCatalog;

export function createSyncController(deps: SyncControllerDeps) {
  let active: { abort: AbortController; status: SyncStatus; done: Promise<SyncStatus> } | null = null;
  let lastPublished = 0;

  async function storedStatus(): Promise<SyncStatus> {
    return (await getMeta<SyncStatus>(await deps.db(), SYNC_META_KEY)) ?? idleStatus(deps.now());
  }

  async function view(status?: SyncStatus): Promise<SyncView> {
    const db = await deps.db();
    return { status: status ?? active?.status ?? (await storedStatus()), storedEvents: await countEvents(db) };
  }

  /** Progress is told at most a few times a second, but every change of phase and every wait at once. */
  function progress(status: SyncStatus, previous: SyncStatus): void {
    const now = deps.now();
    const sameWait = (status.waiting?.untilMs ?? null) === (previous.waiting?.untilMs ?? null);
    if (status.phase === previous.phase && sameWait && now - lastPublished < 250) return;
    lastPublished = now;
    void view(status).then(deps.publish, () => undefined);
  }

  function launch(start: SyncStatus, connection: StoredConnection): SyncStatus {
    const abort = new AbortController();
    deps.keepAlive(abort.signal);
    const state = { abort, status: start, done: Promise.resolve(start) };
    active = state;
    state.done = (async () => {
      const db = await deps.db();
      const writer = await openEventWriter(db);
      const final = await runSync(start, {
        connection: { origin: connection.origin, apiKey: connection.apiKey, fetch: deps.fetch },
        projectId: connection.projectId,
        policy: deps.policy ?? DEFAULT_RETRY_POLICY,
        pageSize: deps.pageSize ?? 50_000,
        minWindowMs: 60_000,
        signal: abort.signal,
        now: deps.now,
        appendEvents: (batch, status) => writer.append(batch, { key: SYNC_META_KEY, value: status }),
        saveStatus: (status) => putMeta(db, SYNC_META_KEY, status),
        saveCatalog: (catalog) => putMeta(db, CATALOG_META_KEY, catalog),
        people: {
          keys: () => readStoredActorKeys(db),
          savePersonRound: (asked, round) => putPersonRound(db, asked, round.mappings, round.persons),
          saveGroups: (groups) => putGroups(db, groups),
          finish: async () => void (await finishPersonRefresh(db)),
        },
        onProgress: (status) => {
          const previous = state.status;
          state.status = status;
          progress(status, previous);
        },
      });
      // Pages are committed with their texts uncompressed; deflate them before the worker may sleep.
      await writer.compact().catch(() => undefined);
      return final;
    })().catch(async (error: unknown) => {
      // Opening the store failed before the run could record anything.
      const failed: SyncStatus = { ...state.status, phase: 'failed', error: { code: 'store', message: `The local database could not be opened: ${String(error)}` } };
      state.status = failed;
      return failed;
    }).finally(() => {
      abort.abort();
      if (active === state) active = null;
      void view(state.status).then(deps.publish, () => undefined);
    });
    return start;
  }

  async function start(mode: SyncMode, preset?: SyncWindowPreset): Promise<SyncView> {
    if (active) return view();
    const connection = await deps.connection();
    if (!connection) throw new Error('Connect a PostHog project first.');
    if (mode === 'resync') await deleteAllData(await deps.db());
    const previous = mode === 'resync' ? idleStatus(deps.now()) : await storedStatus();
    return view(launch(planRun(previous, preset ?? previous.preset, mode, deps.now()), connection));
  }

  async function stop(): Promise<SyncView> {
    const current = active;
    if (current) {
      current.abort.abort();
      await current.done;
    }
    return view();
  }

  return {
    view: () => view(),
    start,
    stop,
    /** Everything stored goes; the connection stays. */
    async deleteLocalData(): Promise<SyncView> {
      await stop();
      const db = await deps.db();
      await deleteAllData(db);
      return view(idleStatus(deps.now()));
    },
    /** A worker that was stopped mid-sync picks it up where the last committed page left it. */
    async resumeIfInterrupted(): Promise<void> {
      if (active) return;
      const status = await storedStatus();
      const connection = await deps.connection();
      if (!isRunning(status) || !connection) return;
      launch({ ...status, startedAt: deps.now() }, connection);
    },
    /** The hourly alarm: new events for a project whose last sync completed; failures wait for the user. */
    async topUpIfIdle(): Promise<void> {
      if (active || !(await deps.connection())) return;
      if ((await storedStatus()).phase === 'complete') await start('update');
    },
    isActive: () => active !== null,
    /** The running sync's end, for the import path, which must not write at the same time. */
    whenIdle: () => active?.done ?? Promise.resolve(null),
  };
}

export type SyncController = ReturnType<typeof createSyncController>;
