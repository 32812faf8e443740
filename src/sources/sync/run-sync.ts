// One sync run: count, page through the events committing each page with its cursor, then the metadata.
import type { EventBatch } from '../../core/events/event-batch';
import { describeError } from '../../core/user-error';
import { createPostHogClient, type PostHogProject } from '../posthog/client';
import { PostHogError } from '../posthog/errors';
import { fetchEventPage } from '../posthog/event-pager';
import { runHogQL } from '../posthog/hogql';
import type { PostHogConnection } from '../posthog/http';
import { getActions, getEventDefinitions, getGroupTypes, pullGroups, pullPersons, type ActionDefinition, type EventDefinition, type GroupType, type PulledGroup, type PulledPerson } from '../posthog/metadata';
import { withRetries, type RetryPolicy } from '../posthog/retry';
import { finishSegment } from './sync-plan';
import type { SyncStatus } from './sync-status';

export interface PulledMetadata {
  /** The project as PostHog describes it now: timezone, test-account filters, its customer-analytics config. */
  project: PostHogProject;
  persons: PulledPerson[];
  groups: PulledGroup[];
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
  signal: AbortSignal;
  now: () => number;
  /** Stores the events and `status` in one transaction; returns how many were new. */
  appendEvents: (batch: EventBatch, status: SyncStatus) => Promise<{ stored: number; duplicates: number }>;
  saveStatus: (status: SyncStatus) => Promise<void>;
  saveMetadata: (metadata: PulledMetadata) => Promise<void>;
  onProgress: (status: SyncStatus) => void;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The number of events to pull, for the progress bar; null when PostHog cannot count them in time. */
async function countEvents(ports: SyncPorts, status: SyncStatus): Promise<number | null> {
  let total = 0;
  for (const segment of status.segments) {
    const result = await withRetries(
      () => runHogQL(ports.connection, ports.projectId, 'SELECT count() FROM events WHERE timestamp >= toDateTime({from}) AND timestamp < toDateTime({to})', { from: iso(segment.fromMs), to: iso(segment.toMs) }, { signal: ports.signal, name: 'pmf_lens_count' }),
      ports.policy,
      ports.signal,
    ).catch((error: unknown) => {
      if (error instanceof PostHogError && error.kind === 'timeout') return null;
      throw error;
    });
    if (!result) return null;
    total += Number(result.results[0]?.[0] ?? 0);
  }
  return total;
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
      progress({ ...status, estimatedTotal: await countEvents({ ...ports, policy }, status) });
    }
    progress({ ...status, phase: 'events' });
    await ports.saveStatus(status);
    while (status.segments.length > 0 && status.pager) {
      const segment = status.segments[0]!;
      const outcome = await fetchEventPage(ports.connection, status.pager, {
        projectId: ports.projectId, fromMs: segment.fromMs, toMs: segment.toMs, pageSize: ports.pageSize,
        minWindowMs: ports.minWindowMs, policy, signal: ports.signal,
      });
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
      const result = await ports.appendEvents(page.batch, next);
      progress({ ...next, stored: next.stored + result.stored, duplicates: next.duplicates + result.duplicates });
    }
    progress({ ...status, phase: 'metadata' });
    await ports.saveStatus(status);
    const context = { connection: ports.connection, projectId: ports.projectId, policy, signal: ports.signal, pageSize: 50_000 };
    const metadata: PulledMetadata = {
      project: await withRetries(() => createPostHogClient(ports.connection).getProject(ports.projectId), policy, ports.signal),
      groupTypes: await getGroupTypes(context),
      actions: await getActions(context),
      eventDefinitions: await getEventDefinitions(context),
      persons: await pullPersons(context),
      groups: await pullGroups(context),
    };
    await ports.saveMetadata(metadata);
    progress({ ...status, phase: 'complete', lastCompletedAt: ports.now(), pager: null, etaSeconds: 0 });
  } catch (error) {
    const stopped = ports.signal.aborted;
    progress({ ...status, phase: stopped ? 'stopped' : 'failed', error: stopped ? null : describeError(error) });
  }
  await ports.saveStatus(status).catch(() => undefined);
  return status;
}
