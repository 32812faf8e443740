// One actor's events on one day, generated from the actor's plan and a stream seeded by
// (seed, actor, day) alone: days need no memory of each other, which is what lets the stream run day
// by day. `expectedEvents` is the mean of the same process, used to size the population.
import type { ActorPlan } from './actors.ts';
import { emitActiveDay } from './app-usage.ts';
import { emitBillingDay, EXPECTED_BILLING_EVENTS, subscriptionEventCount } from './billing.ts';
import { DAY, type Calendar } from './calendar.ts';
import { activeChance, expectedActiveDayEvents, HONEYMOON_DAYS } from './engagement.ts';
import { openSession, webEvent } from './events.ts';
import { ACTIVITY_EVENT } from './features.ts';
import { HOSTILE_EVENT_NAMES, HOSTILE_TICKET_SUBJECT, XSS_SVG } from './hostile.ts';
import { billingInstants, periodIndexOf } from './lifecycle.ts';
import type { Random } from './random.ts';
import { emitTicket } from './tickets.ts';
import type { DemoEvent } from './types.ts';
import { emitMarketingVisit, emitSignupVisit, EXPECTED_VISIT_EVENTS, SIGNUP_FLOW_EVENTS, SIGNUP_VISIT_EVENTS } from './visits.ts';
import { APP_PAGES, DIRECT } from './vocabulary.ts';

/** Per-day weekday weights of in-app activity, computed once per dataset. */
export interface DayContext {
  readonly calendar: Calendar;
  readonly appWeekdayWeights: Float64Array;
}

/** Chance the actor uses the app on `day` (0 outside its activity periods). */
function dayActiveChance(ctx: DayContext, actor: ActorPlan, day: number): number {
  const profile = actor.profile;
  if (!profile || !actor.userId) return 0;
  const period = periodIndexOf(actor.periods, day);
  if (period < 0) return 0;
  const honeymoon = period === 0 && day - (actor.periods[0] as number) < HONEYMOON_DAYS;
  return activeChance(profile, ctx.appWeekdayWeights[day] as number, honeymoon, period > 0);
}

/** Appends the actor's events that start on `day`; some (tickets, retries, late sessions) fall on later days. */
export function generateActorDay(ctx: DayContext, rng: Random, actor: ActorPlan, day: number, out: DemoEvent[]): void {
  const { calendar } = ctx;
  const from = calendar.windowStart(day);
  const to = from + DAY;
  for (let i = 0; i < actor.visits.length; i++) {
    const v = actor.visits[i] as number;
    if (v >= from && v < to) emitMarketingVisit(rng, actor, i, out);
  }
  const signup = actor.signup;
  if (signup && !signup.inVisit && signup.at >= from && signup.at < to) emitSignupVisit(rng, actor, out);
  const p = dayActiveChance(ctx, actor, day);
  if (p > 0 && rng.chance(p)) emitActiveDay(rng, calendar, actor, day, out);
  if (actor.subscription) emitBillingDay(rng, actor, from, to, out);
  for (let i = 0; i < actor.hostileAt.length; i++) {
    const t = actor.hostileAt[i] as number;
    if (t >= from && t < to) emitHostile(rng, actor, i, t, day, out);
  }
}

/** A payload-named event, a feature event with a payload value, and once a ticket with a payload subject. */
function emitHostile(rng: Random, actor: ActorPlan, i: number, t: number, day: number, out: DemoEvent[]): void {
  const s = openSession(rng, actor, t, actor.userId ?? actor.anonId, DIRECT, true);
  const page = APP_PAGES.draw(rng);
  const named = webEvent(rng, s, HOSTILE_EVENT_NAMES[i % HOSTILE_EVENT_NAMES.length] as string, t, page);
  named.properties.note = XSS_SVG;
  out.push(named);
  const viewed = webEvent(rng, s, ACTIVITY_EVENT, t + 4000, page);
  viewed.properties.dashboard_id = 666;
  viewed.properties.dashboard_name = XSS_SVG;
  out.push(viewed);
  if (i === 0) emitTicket(rng, actor, t + 60_000, day, out, HOSTILE_TICKET_SUBJECT);
}

/** The payload-named event and the payload-valued one; the planted ticket adds one more, once. */
const HOSTILE_EVENTS_PER_INSTANT = 2;

/** Mean number of events the actor produces inside the window (the calibration's unit). */
export function expectedEvents(ctx: DayContext, actor: ActorPlan): number {
  const { calendar } = ctx;
  let sum = 0;
  for (let i = 0; i < actor.visits.length; i++) {
    sum += EXPECTED_VISIT_EVENTS;
    if (i === actor.signupPageviewVisit) sum += 1 + (actor.signup?.inVisit ? SIGNUP_FLOW_EVENTS : 0);
  }
  const signup = actor.signup;
  if (signup && !signup.inVisit && signup.at >= calendar.start && signup.at < calendar.end) sum += SIGNUP_VISIT_EVENTS;
  if (actor.profile && actor.userId) {
    const perActiveDay = expectedActiveDayEvents(actor.profile);
    for (let i = 0; i < actor.periods.length; i += 2) {
      const to = Math.min(calendar.days, actor.periods[i + 1] as number);
      for (let day = Math.max(0, actor.periods[i] as number); day < to; day++) sum += dayActiveChance(ctx, actor, day) * perActiveDay;
    }
  }
  const sub = actor.subscription;
  if (sub) {
    sum += billingInstants(sub, calendar.start, calendar.end).length * EXPECTED_BILLING_EVENTS;
    sum += subscriptionEventCount(sub, calendar.start, calendar.end);
  }
  if (actor.hostileAt.length) sum += actor.hostileAt.length * HOSTILE_EVENTS_PER_INSTANT + 1;
  return sum;
}
