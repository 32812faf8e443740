// The customer's support tickets from the `support_ticket` role: events that share a `ticket_id` are one ticket
// (opened, commented, solved…); an event without one is a ticket of its own. A ticket shows what its events last
// said: the latest subject, status and priority that some event carried. Newest activity first, as a support
// queue reads.
import type { EventTable } from '../events/event-table';
import { formatTimestamp } from '../events/timestamps';
import { compareCodeUnits } from './code-unit-order';
import { firstText, parseProperties } from './event-properties';
import { uuidTextAt } from './uuid-text';

/** Property names read, first present wins. */
export const TICKET_FIELDS = {
  id: ['ticket_id'],
  subject: ['subject', 'title'],
  status: ['status'],
  priority: ['priority'],
} as const;

export interface SupportTicket {
  /** "ticket:<ticket_id>", or "event:<uuid>" for an event without a ticket_id. */
  key: string;
  ticket_id: string | null;
  subject: string | null;
  /** The latest status an event of the ticket carried. */
  status: string | null;
  priority: string | null;
  /** First and latest event of the ticket, ISO UTC. */
  opened_at: string;
  updated_at: string;
  event_count: number;
  last_event_uuid: string;
}

export function groupTickets(table: EventTable, rows: Int32Array, mask: Uint8Array): SupportTicket[] {
  const byKey = new Map<string, { ticket: SupportTicket; lastMs: number }>();
  for (const row of rows) {
    if (mask[row] !== 1) continue;
    const properties = parseProperties(table.properties[row]);
    const uuid = uuidTextAt(table.uuid, row);
    const ticketId = firstText(properties, TICKET_FIELDS.id);
    const key = ticketId !== null ? `ticket:${ticketId}` : `event:${uuid}`;
    const time = table.timestamp[row]!;
    let entry = byKey.get(key);
    if (!entry) {
      const at = formatTimestamp(time);
      entry = {
        ticket: { key, ticket_id: ticketId, subject: null, status: null, priority: null, opened_at: at, updated_at: at, event_count: 0, last_event_uuid: uuid },
        lastMs: time,
      };
      byKey.set(key, entry);
    }
    // Rows ascend in time, so each event overrides what the earlier ones said, when it says anything.
    const { ticket } = entry;
    ticket.event_count++;
    ticket.subject = firstText(properties, TICKET_FIELDS.subject) ?? ticket.subject;
    ticket.status = firstText(properties, TICKET_FIELDS.status) ?? ticket.status;
    ticket.priority = firstText(properties, TICKET_FIELDS.priority) ?? ticket.priority;
    ticket.updated_at = formatTimestamp(time);
    ticket.last_event_uuid = uuid;
    entry.lastMs = time;
  }
  const entries = [...byKey.values()];
  entries.sort((a, b) => b.lastMs - a.lastMs || compareCodeUnits(a.ticket.key, b.ticket.key));
  return entries.map((entry) => entry.ticket);
}

