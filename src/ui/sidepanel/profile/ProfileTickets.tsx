// Support tickets from the support_ticket role: subject, status and priority as the ticket's events last said.
import type { SupportTicket } from '../../../core/profile/support-tickets';
import { formatCount } from '../../shared/format';
import { MissingRoles } from './MissingRoles';
import { formatInstant } from './profile-format';

export function ProfileTickets({ tickets }: { tickets: readonly SupportTicket[] | null }) {
  return (
    <section class="card stack tight" data-testid="profile-tickets" aria-labelledby="profile-tickets-title">
      <h3 id="profile-tickets-title">Support tickets</h3>
      {tickets === null ? (
        <MissingRoles roles={['support_ticket']} />
      ) : tickets.length === 0 ? (
        <p class="muted">There are no tickets for this customer.</p>
      ) : (
        <ul class="profile-list">
          {tickets.map((ticket) => (
            <li key={ticket.key} class="profile-item" data-testid="ticket">
              <div class="row spread wrap">
                <strong class="profile-item-title">{ticket.subject ?? (ticket.ticket_id === null ? 'Ticket' : `Ticket ${ticket.ticket_id}`)}</strong>
                <span class="badge" data-testid="ticket-status">{ticket.status ?? 'no status'}</span>
              </div>
              <p class="hint">
                {ticket.ticket_id !== null && ticket.subject !== null ? `#${ticket.ticket_id} · ` : ''}
                {ticket.priority !== null ? `priority ${ticket.priority} · ` : ''}
                created {formatInstant(ticket.opened_at)} · updated {formatInstant(ticket.updated_at)}
                {ticket.event_count > 1 ? ` · ${formatCount(ticket.event_count)} events` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
