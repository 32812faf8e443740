// What a new sync run must pull, given what is already stored.
import { initialPagerState } from '../posthog/event-pager';
import { windowStartMs, type SyncSegment, type SyncStatus, type SyncWindowPreset } from './sync-status';

export type SyncMode = 'update' | 'resync';

/**
 * - nothing stored yet, or a resync from scratch: the whole window up to now;
 * - a run that was stopped or failed: the same run, from where it stood;
 * - otherwise an incremental top-up: events after the last completed run's end, plus the older stretch when
 *   the window was made longer. Events already stored are not asked for again.
 */
export function planRun(previous: SyncStatus, preset: SyncWindowPreset, mode: SyncMode, now: number): SyncStatus {
  const fresh = { pulled: 0, stored: 0, duplicates: 0, malformed: 0, malformedExample: null, estimatedTotal: null,
    startedAt: now, updatedAt: now, rate: null, etaSeconds: null, waiting: null, error: null };
  const resumable = (previous.phase === 'stopped' || previous.phase === 'failed') && previous.segments.length > 0;
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
    pager: first ? initialPagerState(first.fromMs) : null,
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
    pager: next ? initialPagerState(next.fromMs) : null,
    storedFromMs: status.storedFromMs === null ? done.fromMs : Math.min(status.storedFromMs, done.fromMs),
    syncedUntilMs: status.syncedUntilMs === null ? done.toMs : Math.max(status.syncedUntilMs, done.toMs),
  };
}
