// One sync run: count, page through the events committing each page with its cursor, then the metadata.
import type { EventBatch } from '../../core/events/event-batch';
import { describeError } from '../../core/user-error';
import { createPostHogClient, type PostHogProject } from '../posthog/client';
import { PostHogError } from '../posthog/errors';
import { fetchEventPage, type PageOutcome } from '../posthog/event-pager';
import { runHogQL } from '../posthog/hogql';
import type { PostHogConnection } from '../posthog/http';
import { getActions, getEventDefinitions, getGroupTypes, type ActionDefinition, type EventDefinition, type GroupType } from '../posthog/metadata';
import { withRetries, type RetryPolicy } from '../posthog/retry';
import { runPeopleStep, startPeoplePull, type PeoplePorts } from './people-step';
import { finishSegment } from './sync-plan';
import type { SyncStatus } from './sync-status';

/** The project's catalog: what the role editor, the dashboard's defaults and the side panel's names read. */
export interface PulledCatalog {
  /** The project as PostHog describes it now: timezone, test-account filters, its customer-analytics config. */
  project: PostHogProject;
  groupTypes: GroupType[];
  actions: ActionDefinition[];
  eventDefinitions: EventDefinition[];
}

/** What a run needs from the outside: the API, the store, a clock, and someone to tell. */
export interface SyncPorts {
  connection: PostHogConnection;
  projectId: number;
  policy: RetryPolicy;
  pageSize: number;
  minWindowMs: number;
  /** Ids per persons-and-groups round at first; default FIRST_BATCH (people-step.ts). */
  peopleBatchSize?: number;
  signal: AbortSignal;
  now: () => number;
  /** Stores the events and `status` in one transaction; returns how many were new. */
  appendEvents: (batch: EventBatch, status: SyncStatus) => Promise<{ stored: number; duplicates: number }>;
  saveStatus: (status: SyncStatus) => Promise<void>;
  saveCatalog: (catalog: PulledCatalog) => Promise<void>;
  /** The persons-and-groups step's store side: the ids stored events name, and each round's commit. */
  people: Omit<PeoplePorts, 'context' | 'saveProgress'>;
  onProgress: (status: SyncStatus) => void;
}

const iso = (ms: number) => new Date(ms).toISOString();

const COUNT_SQL = 'SELECT count() FROM events WHERE timestamp >= toDateTime({from}) AND timestamp < toDateTime({to})';

/**
 * The number of events to pull, for the progress bar, and per segment (the first window's size follows from it);
 * null when PostHog cannot count them in time.
 */
async function countEvents(ports: SyncPorts, status: SyncStatus): Promise<{ total: number; perSegment: number[] } | null> {
  let total = 0;
  const perSegment: number[] = [];
  for (const segment of status.segments) {
    const late = segment.ingestedSinceMs !== undefined;
    const sql = late ? `${COUNT_SQL} AND created_at >= toDateTime({ingested_since})` : COUNT_SQL;
    const values = { from: iso(segment.fromMs), to: iso(segment.toMs), ...(late ? { ingested_since: iso(segment.ingestedSinceMs as number) } : {}) };
    const result = await withRetries(
      () => runHogQL(ports.connection, ports.projectId, sql, values, { signal: ports.signal, name: 'pmf_lens_count' }),
      ports.policy,
      ports.signal,
    ).catch((error: unknown) => {
      if (error instanceof PostHogError && error.kind === 'timeout') return null;
      throw error;
    });
    if (!result) return null;
    const count = Number(result.results[0]?.[0] ?? 0);
    perSegment.push(count);
    total += count;
  }
  return { total, perSegment };
}

/**
 * The first window of a plain segment, sized from its count to fill about 70% of a page: fewer, fuller pages
 * (a key on PostHog's legacy limit may send 120 queries an hour), and on a dense project a window small enough
 * not to time out.
 */
function sizedFirstWindow(status: SyncStatus, counted: { perSegment: number[] } | null, pageSize: number, minWindowMs: number): SyncStatus {
  const segment = status.segments[0];
  const count = counted?.perSegment[0];
  if (!segment || !status.pager || status.pager.cursor !== null || segment.ingestedSinceMs !== undefined || !count) return status;
  const span = segment.toMs - segment.fromMs;
  const windowSizeMs = Math.min(span, Math.max(minWindowMs, Math.floor((span * 0.7 * pageSize) / count)));
  return { ...status, pager: { ...status.pager, windowSizeMs } };
}

function withRate(status: SyncStatus, resumedAt: { ms: number; pulled: number }, now: number): SyncStatus {
  const seconds = (now - resumedAt.ms) / 1000;
  const rate = seconds > 0.5 ? (status.pulled - resumedAt.pulled) / seconds : null;
  const left = status.estimatedTotal === null ? null : Math.max(0, status.estimatedTotal - status.pulled);
  return { ...status, updatedAt: now, rate, etaSeconds: rate && left !== null ? Math.round(left / rate) : null };
}

export async function runSync(start: SyncStatus, ports: SyncPorts): Promise<SyncStatus> {
  let status = start;
  const resumedAt = { ms: ports.now(), pulled: start.pulled };
  const policy: RetryPolicy = {
    ...ports.policy,
    onRetry: ({ delayMs, error }) => {
      status = { ...status, waiting: { reason: error.message, untilMs: ports.now() + delayMs } };
      ports.onProgress(status);
    },
  };
  const progress = (next: SyncStatus) => {
    status = withRate({ ...next, waiting: null }, resumedAt, ports.now());
    ports.onProgress(status);
  };
  try {
    if (status.estimatedTotal === null && status.pulled === 0) {
      progress({ ...status, phase: 'counting' });
      const counted = await countEvents({ ...ports, policy }, status);
      progress({ ...sizedFirstWindow(status, counted, ports.pageSize, ports.minWindowMs), estimatedTotal: counted?.total ?? null });
    }
    progress({ ...status, phase: 'events' });
    await ports.saveStatus(status);
    // The next page's query depends only on the cursor just read, so it is asked for while this page is stored:
    // PostHog's time and the network overlap the IndexedDB commit. Only a stored page moves the committed cursor;
    // a page fetched ahead and never stored (a failure, a stop) is simply asked for again on resume.
    // Stops a page fetched ahead when the loop ends early (a failed commit), so it neither runs on nor reports waits.
    const pages = new AbortController();
    const stopPages = () => pages.abort(ports.signal.reason);
    ports.signal.addEventListener('abort', stopPages, { once: true });
    const pageAt = (at: SyncStatus): Promise<PageOutcome> => {
      const segment = at.segments[0]!;
      return fetchEventPage(ports.connection, at.pager!, {
        projectId: ports.projectId, fromMs: segment.fromMs, toMs: segment.toMs, pageSize: ports.pageSize,
        minWindowMs: ports.minWindowMs, policy, signal: pages.signal,
        ...(segment.ingestedSinceMs === undefined ? {} : { ingestedSinceMs: segment.ingestedSinceMs }),
      });
    };
    let ahead: Promise<PageOutcome> | null = null;
    try {
      while (status.segments.length > 0 && status.pager) {
        const outcome = await (ahead ?? pageAt(status));
        ahead = null;
        const { page } = outcome;
        let next: SyncStatus = {
          ...status,
          pager: outcome.next,
          lastCursor: outcome.next.cursor ?? status.lastCursor,
          pulled: status.pulled + page.batch.length + page.malformed.count,
          malformed: status.malformed + page.malformed.count,
          malformedExample: status.malformedExample ?? page.malformed.example,
        };
        if (outcome.done) next = finishSegment(next);
        ports.signal.throwIfAborted();
        if (next.segments.length > 0 && next.pager) {
          ahead = pageAt(next);
          // Awaited on the next turn; if this page's commit fails first, its failure must not go unhandled.
          ahead.catch(() => undefined);
        }
        const result = await ports.appendEvents(page.batch, next);
        progress({ ...next, stored: next.stored + result.stored, duplicates: next.duplicates + result.duplicates });
      }
    } finally {
      ports.signal.removeEventListener('abort', stopPages);
      if (ahead) pages.abort(new Error('the sync stopped before this page was needed'));
    }
    progress({ ...status, phase: 'metadata', people: status.people ?? startPeoplePull(ports.peopleBatchSize) });
    await ports.saveStatus(status);
    const context = { connection: ports.connection, projectId: ports.projectId, policy, signal: ports.signal };
    // The catalog is a handful of small requests: asked again on a resume rather than tracked.
    const retryAll = { timeouts: 'retry' } as const;
    await ports.saveCatalog({
      project: await withRetries(() => createPostHogClient(ports.connection).getProject(ports.projectId), policy, ports.signal, retryAll),
      groupTypes: await getGroupTypes(context),
      actions: await getActions(context),
      eventDefinitions: await getEventDefinitions(context),
    });
    await runPeopleStep(status.people ?? startPeoplePull(ports.peopleBatchSize), {
      ...ports.people,
      context,
      saveProgress: async (people) => {
        progress({ ...status, people });
        await ports.saveStatus(status);
      },
    });
    progress({ ...status, phase: 'complete', lastCompletedAt: ports.now(), pager: null, etaSeconds: 0, people: null });
  } catch (error) {
    const stopped = ports.signal.aborted;
    progress({ ...status, phase: stopped ? 'stopped' : 'failed', error: stopped ? null : describeError(error) });
  }
  await ports.saveStatus(status).catch(() => undefined);
  return status;
}
