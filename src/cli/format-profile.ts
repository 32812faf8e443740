// A customer profile for a terminal.
import type { CustomerProfile } from '../core/profile/customer-profile';
import { textTable } from './text-table';

export function formatProfile(profile: CustomerProfile): string {
  const m = profile.milestones;
  const lines = [
    `${profile.name} (${profile.kind} ${profile.actor})`,
    `  first seen ${profile.first_seen ?? '–'}, last seen ${profile.last_seen ?? '–'}, ${profile.event_count.toLocaleString('en')} events`,
    `  signed up ${m.signed_up_at ?? '–'}, subscribed ${m.subscribed_at ?? '–'}, first payment ${m.first_payment_at ?? '–'}`,
  ];
  if (m.payments) lines.push(`  payments: ${m.payments.count}, ${m.payments.totals.map((t) => `${t.amount} ${t.currency ?? ''}`.trim()).join(' + ') || 'no amounts'}`);
  if (profile.usage) lines.push(`  activity: ${profile.usage.windows.map((w) => `${w.value} in ${w.days} days (before: ${w.previous})`).join('; ')}`);
  lines.push('', `Activity, page ${profile.history.page} of ${profile.history.page_count} (${profile.history.total_sessions} sessions, newest first)`);
  for (const session of profile.history.sessions) {
    lines.push(`  ${session.start} · ${session.event_count} events · ${Math.round(session.duration_seconds)} s`);
    for (const event of session.events) lines.push(`    ${event.timestamp}  ${event.event}${event.label ? `  ${event.label}` : ''}`);
  }
  if (profile.errors.length > 0) {
    lines.push('', 'Errors');
    lines.push(textTable(['  type', 'message', 'count', 'last seen'], profile.errors.map((e) => [`  ${e.type ?? '–'}`, (e.message ?? '').slice(0, 60), e.count, e.last_seen])));
  }
  if (profile.tickets && profile.tickets.length > 0) {
    lines.push('', 'Support tickets');
    lines.push(textTable(['  subject', 'status', 'opened', 'updated'], profile.tickets.map((t) => [`  ${t.subject ?? '–'}`, t.status ?? '–', t.opened_at, t.updated_at])));
  }
  return lines.join('\n');
}
