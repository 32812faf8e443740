// One event of the activity history: time, name and a short label; expands to its properties. Names, labels and
// values are data (they may hold markup): text nodes only.
import { useState } from 'preact/hooks';
import { ROLE_LABELS } from '../../../core/config/describe-role';
import type { HistoryEvent } from '../../../core/profile/history-event';
import { KeyValueList } from './KeyValueList';
import { formatClock, formatInstant } from './profile-format';

export function HistoryEventRow({ event }: { event: HistoryEvent }) {
  const [open, setOpen] = useState(false);
  const detailsId = `event-${event.uuid}`;
  return (
    <li class="history-event" data-testid="history-event">
      <button type="button" class="history-event-toggle" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
        <span class="history-time" title={formatInstant(event.timestamp)}>{formatClock(event.timestamp)}</span>
        <span class="history-name" data-testid="event-name">{event.event}</span>
        {event.label !== null && <span class="history-label muted" data-testid="event-label">{event.label}</span>}
        {event.roles.length > 0 && (
          <span class="history-roles">
            {event.roles.map((role) => (
              <span class="badge" key={role}>{ROLE_LABELS[role].title}</span>
            ))}
          </span>
        )}
      </button>
      {open && (
        <div class="history-details" id={detailsId} data-testid="event-properties">
          <p class="hint">
            {formatInstant(event.timestamp)} · distinct id <span class="mono">{event.distinct_id}</span> · uuid <span class="mono">{event.uuid}</span>
          </p>
          <KeyValueList properties={event.properties} />
          {event.elements_chain !== '' && (
            <p class="hint history-chain">
              Elements: <span class="mono">{event.elements_chain}</span>
            </p>
          )}
        </div>
      )}
    </li>
  );
}
