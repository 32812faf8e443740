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
  /**
   * Only events PostHog ingested (`created_at`) at or after this instant: the late arrivals (mobile queues,
   * batch imports, slow ingestion) whose client `timestamp` falls in a stretch already pulled.
   */
  ingestedSinceMs?: number;
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

export function initialPagerState(fromMs: number, cursor: EventCursor | null = null, windowSizeMs = INITIAL_WINDOW_MS): PagerState {
  return { windowStartMs: fromMs, windowSizeMs, cursor };
}

/**
 * The next window after one that held `rows` of at most `pageSize`: sized so that it should fill about 70% of a
 * page at the density just seen (at most 8× larger at once). Fewer, fuller pages: a key on PostHog's legacy
 * limit may send only 120 queries an hour. A 504 halves it again.
 */
export function nextWindowSize(windowSizeMs: number, rows: number, pageSize: number): number {
  const factor = Math.min(8, (0.7 * pageSize) / Math.max(rows, pageSize / 100));
  return Math.max(windowSizeMs, Math.floor(windowSizeMs * factor));
}

const iso = (ms: number) => new Date(ms).toISOString();

/** A HogQL string literal. */
const hogqlString = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** A HogQL identifier in backticks (any name, `$` included). */
const hogqlIdentifier = (name: string) => `\`${name.replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\``;

/**
 * The columns of EVENT_COLUMNS: the event's own (`$`-names in backticks), then each kept property as
 * `JSONExtractRaw(properties, '$key') AS \`$key\``, so the extension never parses an event's JSON to fill them.
 *
 * Not `properties['$key']`: HogQL prints that per key by how PostHog stores it (posthog/hogql/printer.py
 * visit_property_type): read from the JSON it keeps JSON escapes inside the string (`\"`, `\\`, `\n`); from a
 * materialized column or the custom property group it comes decoded; a key typed in the property definitions comes
 * converted (Numeric → a float's text, DateTime in the project timezone). A key PostHog materializes between two
 * syncs would then split an error group or a role filter. `JSONExtractRaw` is a HogQL function
 * (posthog/hogql/functions/clickhouse/json.py) over the whole `properties` column, which is always the JSON text,
 * so its answer is the value's JSON text whatever the storage; keptValue decodes it the same way every time.
 */
export function eventColumnsSql(): string {
  const own = BASE_EVENT_COLUMNS.map((c) => (c.startsWith('$') ? hogqlIdentifier(c) : c));
  const kept = KEPT_PROPERTIES.map((key) => `JSONExtractRaw(properties, ${hogqlString(key)}) AS ${hogqlIdentifier(key)}`);
  return [...own, ...kept].join(', ');
}

export function eventPageSql(withCursor: boolean, pageSize: number, ingestedSince = false): string {
  const cursor = withCursor
    ? ' AND (timestamp > toDateTime({cursor_ts}) OR (timestamp = toDateTime({cursor_ts}) AND uuid > {cursor_uuid}))'
    : '';
  const late = ingestedSince ? ' AND created_at >= toDateTime({ingested_since})' : '';
  return `SELECT ${eventColumnsSql()} FROM events WHERE timestamp >= toDateTime({window_from}) AND timestamp < toDateTime({window_to})${late}${cursor} ORDER BY timestamp ASC, uuid ASC LIMIT ${pageSize}`;
}

/** Reads the next page; the returned state says where the following one starts. */
export async function fetchEventPage(connection: PostHogConnection, state: PagerState, options: PagerOptions): Promise<PageOutcome> {
  let windowSizeMs = state.windowSizeMs;
  for (;;) {
    const windowStart = Math.max(options.fromMs, state.windowStartMs);
    const windowEnd = Math.min(options.toMs, windowStart + windowSizeMs);
    const late = options.ingestedSinceMs !== undefined;
    const values = {
      window_from: iso(windowStart),
      window_to: iso(windowEnd),
      ...(late ? { ingested_since: iso(options.ingestedSinceMs as number) } : {}),
      ...(state.cursor ? { cursor_ts: state.cursor.ts, cursor_uuid: state.cursor.uuid } : {}),
    };
    let result;
    try {
      result = await withRetries(
        () => runHogQL(connection, options.projectId, eventPageSql(state.cursor !== null, options.pageSize, late), values, { signal: options.signal, name: 'pmf_lens_event_pull' }),
        options.policy,
        options.signal,
      );
    } catch (error) {
      // Too much for ClickHouse (10 s, or its estimate, or memory): ask for less at a time, not the same again.
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
    const next = { windowStartMs: windowEnd, windowSizeMs: nextWindowSize(windowSizeMs, result.results.length, options.pageSize), cursor };
    return { page, next, done: windowEnd >= options.toMs };
  }
}
