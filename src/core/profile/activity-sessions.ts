// The customer's events grouped into sessions, as PostHog's session feed does: events sharing a `$session_id`
// form one session (the column already holds the properties' `$session_id` where the source only had that, so
// no event needs parsing here); events without one are cut into sessions wherever more than 30 minutes pass
// between two of them. Newest first.
import type { EventTable } from '../events/event-table';
import { compareCodeUnits } from './code-unit-order';
import { uuidTextAt } from './uuid-text';

/** A gap longer than this between session-less events starts a new session; exactly 30 minutes does not. */
export const INACTIVITY_GAP_MS = 30 * 60_000;

export interface ActivitySession {
  /** "session:<$session_id>", or "gap:<uuid of its first event>" for a session cut by inactivity. */
  key: string;
  sessionId: string | null;
  /** Its rows, newest first. */
  rows: number[];
  startMs: number;
  endMs: number;
}

/** Sessions newest first: by start, then by end, then by key (a total order, so paging is stable). */
export function groupIntoSessions(table: EventTable, rows: Int32Array): ActivitySession[] {
  const sessions: ActivitySession[] = [];
  const bySession = new Map<number, ActivitySession>();
  let open: ActivitySession | null = null;
  for (const row of rows) {
    const time = table.timestamp[row]!;
    const code = table.session[row]!;
    if (code !== 0) {
      let session = bySession.get(code);
      if (!session) {
        session = { key: `session:${table.sessionIds[code] ?? ''}`, sessionId: table.sessionIds[code] ?? '', rows: [], startMs: time, endMs: time };
        bySession.set(code, session);
        sessions.push(session);
      }
      session.rows.push(row);
      session.endMs = time;
      continue;
    }
    if (open === null || time - open.endMs > INACTIVITY_GAP_MS) {
      open = { key: `gap:${uuidTextAt(table.uuid, row)}`, sessionId: null, rows: [], startMs: time, endMs: time };
      sessions.push(open);
    }
    open.rows.push(row);
    open.endMs = time;
  }
  for (const session of sessions) session.rows.reverse();
  return sessions.sort((a, b) => b.startMs - a.startMs || b.endMs - a.endMs || compareCodeUnits(a.key, b.key));
}
