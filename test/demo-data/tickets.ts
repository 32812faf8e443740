// Support tickets from the helpdesk integration: `support ticket created`, then one or two
// `support ticket updated` (pending → solved) hours or days later.
import type { ActorPlan } from './actors.ts';
import { DAY, HOUR } from './calendar.ts';
import { SECOND_TICKET_UPDATE_CHANCE } from './engagement.ts';
import { serverEvent } from './events.ts';
import { EVENT } from './project.ts';
import { WeightedTable, type Random } from './random.ts';
import type { DemoEvent } from './types.ts';

const SUBJECTS = [
  'Cannot export report to CSV',
  'Dashboard is not loading',
  'Question about our invoice',
  'How do I invite my team?',
  'Numbers look delayed since yesterday',
  'SSO setup help',
  'Chart shows the wrong timezone',
  'Please delete a test project',
] as const;

const PRIORITIES = new WeightedTable<string>([['low', 25], ['normal', 50], ['high', 20], ['urgent', 5]]);
const CHANNELS = ['email', 'chat', 'web'] as const;

/** Created at `at`; later updates land on later days (the stream holds them until their day). */
export function emitTicket(rng: Random, actor: ActorPlan, at: number, day: number, out: DemoEvent[], subject?: string): void {
  const ticketId = `${actor.index.toString(36)}-${day}${subject ? '-p' : ''}`;
  const priority = PRIORITIES.draw(rng);
  const base = { ticket_id: ticketId, subject: subject ?? rng.pick(SUBJECTS), priority, channel: rng.pick(CHANNELS) };
  out.push(serverEvent(rng, actor, EVENT.ticketCreated, at, { ...base, status: 'open' }));
  if (subject) return; // planted tickets stay open
  let t = at + HOUR + rng.int(30 * HOUR);
  if (rng.chance(SECOND_TICKET_UPDATE_CHANCE)) {
    out.push(serverEvent(rng, actor, EVENT.ticketUpdated, t, { ...base, status: 'pending' }));
    t += HOUR + rng.int(4 * DAY);
  }
  out.push(serverEvent(rng, actor, EVENT.ticketUpdated, t, { ...base, status: 'solved' }));
}
