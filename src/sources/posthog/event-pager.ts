// Pages through a project's events with keyset pagination on (timestamp, uuid), one bounded time window at a
// time (analytics-apis.md §A2: OFFSET is refused for personal keys, and unbounded scans hit the 10 s limit).
// A 504 halves the window; windows that come back small grow again. The state is plain data, so the caller can
// commit it with the rows it covers and resume from it after the worker is stopped.
import { PostHogError } from './errors';
import { KEPT_PROPERTIES } from '../../core/events/kept-properties';
import { BASE_EVENT_COLUMNS, decodeEventRows, type DecodedPage, type EventCursor } from './event-rows';
import { runHogQL } from './hogql';
import type { PostHogConnection } from './http';
import { withRetries, type RetryPolicy } from './retry';

export interface PagerState {
  /** Start of the window being read (epoch ms). */
  windowStartMs: number;
  windowSizeMs: number;
  /** The last row read; null before the first. */
  cursor: EventCursor | null;
}

export interface PagerOptions {
  projectId: number;
  /** The whole range to pull, [fromMs, toMs). */
  fromMs: number;
  toMs: number;
  pageSize: number;
  minWindowMs: number;
  policy: RetryPolicy;
  signal?: AbortSignal;
  /** Told each time a 504 makes the window smaller. */
  onWindowShrunk?: (sizeMs: number) => void;
}

export interface PageOutcome {
  page: DecodedPage;
  next: PagerState;
  done: boolean;
}

const DAY = 86_400_000;
export const INITIAL_WINDOW_MS = 7 * DAY;

export function initialPagerState(fromMs: number, cursor: EventCursor | null = null): PagerState {
  return { windowStartMs: fromMs, windowSizeMs: INITIAL_WINDOW_MS, cursor };
}

const iso = (ms: number) => new Date(ms).toISOString();

/** A HogQL string literal. */
const hogqlString = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** A HogQL identifier in backticks (any name, `$` included). */
const hogqlIdentifier = (name: string) => `\`${name.replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\``;

/**
 * The columns of EVENT_COLUMNS: the event's own (`$`-names in backticks), then each kept property as
 * `properties['$key'] AS \`$key\``: PostHog extracts it (a string, other JSON as its text, or null), so the
 * extension never parses an event's JSON to fill the kept columns.
 */
export function eventColumnsSql(): string {
  const own = BASE_EVENT_COLUMNS.map((c) => (c.startsWith('$') ? hogqlIdentifier(c) : c));
  const kept = KEPT_PROPERTIES.map((key) => `properties[${hogqlString(key)}] AS ${hogqlIdentifier(key)}`);
  return [...own, ...kept].join(', ');
}

export function eventPageSql(withCursor: boolean, pageSize: number): string {
  const cursor = withCursor
    ? ' AND (timestamp > toDateTime({cursor_ts}) OR (timestamp = toDateTime({cursor_ts}) AND uuid > {cursor_uuid}))'
    : '';
  return `SELECT ${eventColumnsSql()} FROM events WHERE timestamp >= toDateTime({window_from}) AND timestamp < toDateTime({window_to})${cursor} ORDER BY timestamp ASC, uuid ASC LIMIT ${pageSize}`;
}

/** Reads the next page; the returned state says where the following one starts. */
export async function fetchEventPage(connection: PostHogConnection, state: PagerState, options: PagerOptions): Promise<PageOutcome> {
  let windowSizeMs = state.windowSizeMs;
  for (;;) {
    const windowStart = Math.max(options.fromMs, state.windowStartMs);
    const windowEnd = Math.min(options.toMs, windowStart + windowSizeMs);
    const values = {
      window_from: iso(windowStart),
      window_to: iso(windowEnd),
      ...(state.cursor ? { cursor_ts: state.cursor.ts, cursor_uuid: state.cursor.uuid } : {}),
    };
    let result;
    try {
      result = await withRetries(
        () => runHogQL(connection, options.projectId, eventPageSql(state.cursor !== null, options.pageSize), values, { signal: options.signal, name: 'pmf_lens_event_pull' }),
        options.policy,
        options.signal,
      );
    } catch (error) {
      // Too much to scan in 10 s: ask for less at a time rather than the same again.
      if (error instanceof PostHogError && error.kind === 'timeout' && windowSizeMs > options.minWindowMs) {
        windowSizeMs = Math.max(options.minWindowMs, Math.floor(windowSizeMs / 2));
        options.onWindowShrunk?.(windowSizeMs);
        continue;
      }
      throw error;
    }
    const page = decodeEventRows(result.columns, result.results);
    const cursor = page.cursor ?? state.cursor;
    if (result.results.length >= options.pageSize) {
      return { page, next: { windowStartMs: windowStart, windowSizeMs, cursor }, done: false };
    }
    // A short page: this window is finished. Quiet windows let the next one be larger.
    const grown = result.results.length < options.pageSize / 4 ? Math.min(windowSizeMs * 2, 32 * INITIAL_WINDOW_MS) : windowSizeMs;
    const next = { windowStartMs: windowEnd, windowSizeMs: grown, cursor };
    return { page, next, done: windowEnd >= options.toMs };
  }
}
