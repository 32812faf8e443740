// What a new sync run must pull, given what is already stored.
import { initialPagerState, type PagerState } from '../posthog/event-pager';
import { windowStartMs, type SyncSegment, type SyncStatus, type SyncWindowPreset } from './sync-status';

export type SyncMode = 'update' | 'resync';

/**
 * How far before the last pull a top-up looks for late events: PostHog stamps `created_at` when it ingests an
 * event, a little before the event can be queried (its pipeline's lag), and our clock may differ from its own.
 * What the overlap fetches again is dropped as a duplicate by uuid.
 */
export const LATE_EVENT_OVERLAP_MS = 60 * 60_000;

/**
 * A segment's first window: a late-event pass reads sparse rows (a created_at filter over the whole stretch), so
 * it starts as one window and lets a 504 split it; a plain stretch starts at a week.
 */
export function pagerFor(segment: SyncSegment): PagerState {
  return segment.ingestedSinceMs === undefined ? initialPagerState(segment.fromMs) : initialPagerState(segment.fromMs, null, segment.toMs - segment.fromMs);
}

/**
 * - nothing stored yet, or a resync from scratch: the whole window up to now;
 * - a run that was stopped or failed (in its events or its persons-and-groups step): the same run, from where
 *   it stood;
 * - otherwise an incremental top-up: events after the last completed run's end, the older stretch when the
 *   window was made longer, and the events PostHog ingested since the last pull began (less an overlap) whatever
 *   their timestamp in the stretch already stored. Events already stored are not asked for again, except what
 *   the overlap re-reads, which the store drops as duplicates.
 */
export function planRun(previous: SyncStatus, preset: SyncWindowPreset, mode: SyncMode, now: number): SyncStatus {
  const fresh = { pulled: 0, stored: 0, duplicates: 0, malformed: 0, malformedExample: null, estimatedTotal: null,
    startedAt: now, updatedAt: now, rate: null, etaSeconds: null, waiting: null, error: null };
  const resumable = (previous.phase === 'stopped' || previous.phase === 'failed') && (previous.segments.length > 0 || (previous.people ?? null) !== null);
  if (mode === 'update' && resumable && previous.preset === preset) {
    return { ...previous, phase: 'counting', waiting: null, error: null, updatedAt: now };
  }
  const start = windowStartMs(preset, now);
  let segments: SyncSegment[];
  if (mode === 'resync' || previous.syncedUntilMs === null || previous.storedFromMs === null) {
    segments = [{ fromMs: start, toMs: now }];
  } else {
    segments = [];
    if (start < previous.storedFromMs) segments.push({ fromMs: start, toMs: previous.storedFromMs });
    if (previous.syncedUntilMs < now) segments.push({ fromMs: previous.syncedUntilMs, toMs: now });
    const lastPull = previous.pullStartedAtMs ?? previous.startedAt;
    if (lastPull !== null && previous.storedFromMs < previous.syncedUntilMs) {
      segments.push({ fromMs: Math.max(start, previous.storedFromMs), toMs: previous.syncedUntilMs, ingestedSinceMs: lastPull - LATE_EVENT_OVERLAP_MS });
    }
  }
  const first = segments[0];
  const keepsHistory = mode === 'update' && previous.syncedUntilMs !== null;
  return {
    ...previous,
    ...fresh,
    phase: 'counting',
    preset,
    fromMs: first ? first.fromMs : now,
    toMs: now,
    segments,
    pager: first ? pagerFor(first) : null,
    pullStartedAtMs: now,
    people: null,
    storedFromMs: keepsHistory ? previous.storedFromMs : null,
    syncedUntilMs: keepsHistory ? previous.syncedUntilMs : null,
    lastCursor: keepsHistory ? previous.lastCursor : null,
  };
}

/** After segments[0] is complete: the next one starts, and the stored range grows to cover the finished one. */
export function finishSegment(status: SyncStatus): SyncStatus {
  const [done, ...rest] = status.segments;
  if (!done) return status;
  const next = rest[0];
  return {
    ...status,
    segments: rest,
    pager: next ? pagerFor(next) : null,
    storedFromMs: status.storedFromMs === null ? done.fromMs : Math.min(status.storedFromMs, done.fromMs),
    syncedUntilMs: status.syncedUntilMs === null ? done.toMs : Math.max(status.syncedUntilMs, done.toMs),
  };
}
