// Every stored event of the customer, grouped into sessions, newest first, 50 events a page ("Older events" goes
// back in time). A session cut by a page boundary says it goes on on the other page.
import type { ActivityHistoryPage, HistorySession } from '../../../core/profile/activity-history';
import { formatCount, formatDuration } from '../../shared/format';
import { HistoryEventRow } from './HistoryEventRow';
import { formatInstant } from './profile-format';

export interface ActivityHistoryProps {
  history: ActivityHistoryPage;
  loading: boolean;
  onPage: (page: number) => void;
}

export function ActivityHistory({ history, loading, onPage }: ActivityHistoryProps) {
  const { page, page_count: pageCount } = history;
  const first = page * history.page_size + 1;
  const last = Math.min((page + 1) * history.page_size, history.total_events);
  return (
    <section class="card stack" data-testid="profile-history" aria-labelledby="profile-history-title" aria-busy={loading}>
      <div class="row spread wrap">
        <h3 id="profile-history-title">Activity history</h3>
        <span class="muted" data-testid="history-summary">
          {formatCount(history.total_events)} {history.total_events === 1 ? 'event' : 'events'} in {formatCount(history.total_sessions)}{' '}
          {history.total_sessions === 1 ? 'session' : 'sessions'}
        </span>
      </div>
      {history.total_events === 0 ? (
        <p class="muted">No stored events.</p>
      ) : (
        <>
          {history.sessions.map((session) => (
            <Session key={session.key} session={session} />
          ))}
          <nav class="row spread wrap history-pager" aria-label="Activity history pages">
            <button type="button" data-testid="history-newer" disabled={page === 0 || loading} onClick={() => onPage(page - 1)}>
              ← Newer events
            </button>
            <span class="muted" data-testid="history-page" aria-live="polite">
              {formatCount(first)}–{formatCount(last)} of {formatCount(history.total_events)} · page {page + 1} of {Math.max(pageCount, 1)}
            </span>
            <button type="button" data-testid="history-older" disabled={page + 1 >= pageCount || loading} onClick={() => onPage(page + 1)}>
              Older events →
            </button>
          </nav>
        </>
      )}
    </section>
  );
}

function Session({ session }: { session: HistorySession }) {
  return (
    <section class="history-session" data-testid="history-session" aria-label={`Session started ${formatInstant(session.start)}`}>
      <header class="history-session-head">
        <strong>{formatInstant(session.start)}</strong>
        <span class="muted">
          {formatDuration(session.duration_seconds)} · {formatCount(session.event_count)} {session.event_count === 1 ? 'event' : 'events'}
          {session.session_id === null ? ' · no session id (cut after 30 min idle)' : ''}
        </span>
        {session.session_id !== null && <span class="muted mono history-session-id" title="$session_id">{session.session_id}</span>}
      </header>
      {session.continues_from_previous_page && <p class="hint">Newer events of this session are on the previous page.</p>}
      <ol class="history-events">
        {session.events.map((event) => (
          <HistoryEventRow key={event.uuid} event={event} />
        ))}
      </ol>
      {session.continues_on_next_page && <p class="hint">Older events of this session are on the next page.</p>}
    </section>
  );
}
