// The activity history, paged. A page is a fixed number of EVENTS, not of sessions: one long session can hold
// thousands of events, so a page of N sessions has no bound on its size, while N events always render quickly.
// The history reads as one list — sessions newest first, each session's events newest first — and a page is a
// slice of it, handed back grouped by session. A session cut by a page boundary appears on both pages, with its
// full totals each time and a flag saying it continues on the other one.
import type { RoleName } from '../engine/prepared-data';
import type { EventTable } from '../events/event-table';
import { formatTimestamp } from '../events/timestamps';
import type { ActivitySession } from './activity-sessions';
import { historyEvent, type HistoryEvent } from './history-event';

export const DEFAULT_HISTORY_PAGE_SIZE = 50;
export const MAX_HISTORY_PAGE_SIZE = 1000;

export interface HistorySession {
  key: string;
  /** The `$session_id`; null for a session cut by 30 minutes of inactivity. */
  session_id: string | null;
  /** The whole session's first and last event (ISO UTC) and length, not only this page's part. */
  start: string;
  end: string;
  duration_seconds: number;
  event_count: number;
  /** Newer events of this session are on the previous page. */
  continues_from_previous_page: boolean;
  /** Older events of this session are on the next page. */
  continues_on_next_page: boolean;
  /** This page's events of the session, newest first. */
  events: HistoryEvent[];
}

export interface ActivityHistoryPage {
  /** 0-based. A page past the end is empty. */
  page: number;
  page_size: number;
  page_count: number;
  total_events: number;
  total_sessions: number;
  sessions: HistorySession[];
}

export function historyPage(
  table: EventTable,
  sessions: readonly ActivitySession[],
  roles: Record<RoleName, Uint8Array | null>,
  page: number,
  pageSize: number,
): ActivityHistoryPage {
  const totalEvents = sessions.reduce((sum, session) => sum + session.rows.length, 0);
  const from = page * pageSize;
  const to = Math.min(from + pageSize, totalEvents);
  const blocks: HistorySession[] = [];
  // `before` = events of the sessions ahead of this one in the history.
  let before = 0;
  for (const session of sessions) {
    const count = session.rows.length;
    if (before >= to) break;
    if (before + count > from) {
      const first = Math.max(from - before, 0);
      const last = Math.min(to - before, count);
      blocks.push({
        key: session.key,
        session_id: session.sessionId,
        start: formatTimestamp(session.startMs),
        end: formatTimestamp(session.endMs),
        duration_seconds: (session.endMs - session.startMs) / 1000,
        event_count: count,
        continues_from_previous_page: first > 0,
        continues_on_next_page: last < count,
        events: session.rows.slice(first, last).map((row) => historyEvent(table, row, roles)),
      });
    }
    before += count;
  }
  return {
    page,
    page_size: pageSize,
    page_count: Math.ceil(totalEvents / pageSize),
    total_events: totalEvents,
    total_sessions: sessions.length,
    sessions: blocks,
  };
}

/** A whole page number ≥ 0, and a page size in 1..MAX (NaN or missing → the defaults). */
export function normalizePaging(page: number | undefined, pageSize: number | undefined): { page: number; pageSize: number } {
  const size = pageSize === undefined || !Number.isFinite(pageSize) ? DEFAULT_HISTORY_PAGE_SIZE : Math.trunc(pageSize);
  const index = page === undefined || !Number.isFinite(page) ? 0 : Math.trunc(page);
  return { page: Math.max(index, 0), pageSize: Math.min(Math.max(size, 1), MAX_HISTORY_PAGE_SIZE) };
}
