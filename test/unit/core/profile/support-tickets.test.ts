import { describe, expect, it } from 'vitest';
import { buildCustomerProfile } from '../../../../src/core/profile/build-customer-profile';
import { buildFixture, type EventRow } from './fixtures';

const ticket = (at: string, event: string, properties: Record<string, unknown>, extra: Partial<EventRow> = {}): EventRow => ({
  at: `2026-03-10T${at}Z`, event, person: 'p1', properties, roles: ['support_ticket'], ...extra,
});
const SCRIPT = '<script>alert("x")</script>';

describe('support tickets', () => {
  it('groups support_ticket events by ticket_id with the latest status, newest first', () => {
    const fixture = buildFixture([
      ticket('09:00:00', 'ticket_created', { ticket_id: 'T-1', subject: 'Cannot log in', status: 'open', priority: 'high' }),
      ticket('10:00:00', 'ticket_updated', { ticket_id: 'T-1', status: 'pending', priority: 'urgent' }),
      // A comment says no status: the ticket keeps the latest one said.
      ticket('12:00:00', 'ticket_commented', { ticket_id: 'T-1', body: 'any news?' }),
      ticket('11:00:00', 'ticket_created', { ticket_id: 42, title: 'Billing question', status: 'solved' }),
      // Without a ticket_id an event is a ticket of its own.
      ticket('11:30:00', 'ticket_created', { subject: SCRIPT }),
      // Not the role, or not this customer.
      { at: '2026-03-10T13:00:00Z', event: 'ticket_viewed', person: 'p1', properties: { ticket_id: 'T-1', status: 'closed' } },
      ticket('13:30:00', 'ticket_updated', { ticket_id: 'T-1', status: 'closed' }, { person: 'p2' }),
    ]);
    const profile = buildCustomerProfile({ ...fixture, actorId: 'p1' })!;
    const tickets = profile.tickets!;
    expect(tickets.map((t) => [t.ticket_id, t.subject, t.status, t.priority, t.opened_at.slice(11, 19), t.updated_at.slice(11, 19), t.event_count])).toEqual([
      ['T-1', 'Cannot log in', 'pending', 'urgent', '09:00:00', '12:00:00', 3],
      [null, SCRIPT, null, null, '11:30:00', '11:30:00', 1],
      ['42', 'Billing question', 'solved', null, '11:00:00', '11:00:00', 1],
    ]);
    expect(tickets[0]!.key).toBe('ticket:T-1');
    expect(tickets[1]!.key).toBe(`event:${tickets[1]!.last_event_uuid}`);
    // The subject is the ticket event's label in the history, verbatim.
    const labels = profile.history.sessions.flatMap((s) => s.events.map((e) => e.label));
    expect(labels).toContain(SCRIPT);
  });

  it('is null when the support_ticket role is not configured, and [] when it has no event', () => {
    const rows = [ticket('09:00:00', 'ticket_created', { ticket_id: 'T-1' })];
    const unconfigured = buildCustomerProfile({ ...buildFixture(rows, { unconfigured: ['support_ticket'] }), actorId: 'p1' })!;
    expect(unconfigured.tickets).toBeNull();
    expect(unconfigured.missing_roles).toEqual(['support_ticket']);
    const none = buildCustomerProfile({ ...buildFixture([{ ...rows[0]!, roles: [] }]), actorId: 'p1' })!;
    expect(none.tickets).toEqual([]);
    expect(none.missing_roles).toEqual([]);
  });
});
