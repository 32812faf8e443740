// Where a sync stands. Persisted with every page of events (in the same transaction), so a popup opened
// mid-sync shows it and a worker stopped mid-sync resumes from it.
import type { EventCursor } from '../posthog/event-rows';
import type { PagerState } from '../posthog/event-pager';

export type SyncWindowPreset = '7d' | '30d' | '90d' | '180d' | 'all';
export const SYNC_WINDOW_PRESETS: SyncWindowPreset[] = ['7d', '30d', '90d', '180d', 'all'];
export const DEFAULT_SYNC_WINDOW: SyncWindowPreset = '90d';

export interface SyncSegment {
  fromMs: number;
  toMs: number;
  /**
   * Only events PostHog ingested (`created_at`) from this instant: a top-up's pass over the stretch already stored,
   * for events whose client `timestamp` is old but which reached PostHog after that stretch was pulled.
   */
  ingestedSinceMs?: number;
}

/**
 * Where the pull of persons and groups stands: the people the stored events name, a batch of ids per round, each
 * round committed as it lands, so a stopped or failed sync resumes here instead of starting the step again.
 */
export interface PeoplePull {
  stage: 'persons' | 'groups';
  /** The group type being pulled (stage 'groups'). */
  groupIndex: number;
  /** The last distinct id (or group key) done; ids are taken in code-unit order. */
  after: string | null;
  /** Ids per round: halved when PostHog answers that a query is too big, and kept so for the rest of the step. */
  batchSize: number;
}

export type SyncPhase = 'idle' | 'counting' | 'events' | 'metadata' | 'complete' | 'stopped' | 'failed';

export interface SyncStatus {
  phase: SyncPhase;
  preset: SyncWindowPreset;
  /** The whole range this run brings up to date, [fromMs, toMs). */
  fromMs: number;
  toMs: number;
  /** What is left to pull, in order: an older stretch when the window grew, then the new events. */
  segments: SyncSegment[];
  /** Where the pull of segments[0] stands. */
  pager: PagerState | null;
  /** Rows received and events stored in this run; duplicates and unreadable rows are counted, not stored. */
  pulled: number;
  stored: number;
  duplicates: number;
  malformed: number;
  malformedExample: string | null;
  estimatedTotal: number | null;
  startedAt: number | null;
  updatedAt: number;
  /** Events per second over this run, and seconds left at that rate. */
  rate: number | null;
  etaSeconds: number | null;
  /** A wait in progress (rate limit, server error), shown so a pause is not mistaken for a hang. */
  waiting: { reason: string; untilMs: number } | null;
  error: { code: string; message: string } | null;
  /** Events are complete from storedFromMs up to syncedUntilMs; the last row read is lastCursor. */
  storedFromMs: number | null;
  syncedUntilMs: number | null;
  lastCursor: EventCursor | null;
  lastCompletedAt: number | null;
  /**
   * When this run planned its pull: an event PostHog ingests after it may have missed a window already read, so the
   * next top-up asks for everything ingested since (less an overlap). Kept across a resume. Absent before issue 10.
   */
  pullStartedAtMs?: number | null;
  /** The persons-and-groups step in progress; null outside it. Absent before issue 10. */
  people?: PeoplePull | null;
}

export const RUNNING_PHASES: SyncPhase[] = ['counting', 'events', 'metadata'];

export function isRunning(status: SyncStatus | null): boolean {
  return status !== null && RUNNING_PHASES.includes(status.phase);
}

export function idleStatus(now: number): SyncStatus {
  return {
    phase: 'idle', preset: DEFAULT_SYNC_WINDOW, fromMs: now, toMs: now, segments: [], pager: null,
    pulled: 0, stored: 0, duplicates: 0, malformed: 0, malformedExample: null, estimatedTotal: null,
    startedAt: null, updatedAt: now, rate: null, etaSeconds: null, waiting: null, error: null,
    storedFromMs: null, syncedUntilMs: null, lastCursor: null, lastCompletedAt: null, pullStartedAtMs: null, people: null,
  };
}

const DAY = 86_400_000;

/** The start of a window preset: "last N days" as PostHog's -Nd; "all" reaches back ten years. */
export function windowStartMs(preset: SyncWindowPreset, now: number): number {
  const days = preset === 'all' ? 3650 : Number(preset.slice(0, -1));
  return now - days * DAY;
}
