// A signed-up user's day in the app: one to three sessions (≥ 30 idle minutes apart, so each is its
// own PostHog session) of pageviews, feature events, clicks and the odd front-end error; now and then a
// support ticket.
import type { ActorPlan } from './actors.ts';
import { MINUTE, type Calendar } from './calendar.ts';
import { APP_CLICKS } from './elements.ts';
import { APP_RHYTHM, TICKET_CHANCE, type Profile } from './engagement.ts';
import { autocaptureEvent, openSession, webEvent } from './events.ts';
import { addExceptionProperties } from './exceptions.ts';
import { FEATURES } from './features.ts';
import type { Random } from './random.ts';
import { emitTicket } from './tickets.ts';
import type { DemoEvent } from './types.ts';
import { APP_PAGES, DIRECT } from './vocabulary.ts';
import { stepGap } from './visits.ts';

/** What one step of a session is: cumulative thresholds of a single draw. */
const FEATURE_UNTIL = 0.55;
const PAGEVIEW_UNTIL = 0.8;
const CLICK_UNTIL = 0.98; // the remaining 2 % are `$exception`s

const SESSION_IDLE_GAP = 31 * MINUTE;

export function emitActiveDay(rng: Random, calendar: Calendar, actor: ActorPlan, day: number, out: DemoEvent[]): void {
  const profile = actor.profile;
  if (!profile) return;
  const count = 1 + (rng.chance(profile.secondSession) ? 1 : 0) + (rng.chance(profile.thirdSession) ? 1 : 0);
  const starts: number[] = [];
  for (let i = 0; i < count; i++) starts.push(calendar.sampleTimeInDay(rng, day, APP_RHYTHM));
  starts.sort((a, b) => a - b);
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const start of starts) {
    lastEnd = emitAppSession(rng, actor, profile, Math.max(start, lastEnd + SESSION_IDLE_GAP), out);
  }
  if (rng.chance(TICKET_CHANCE)) emitTicket(rng, actor, (starts[0] as number) + 10 * MINUTE + rng.int(60 * MINUTE), day, out);
}

/** One session; returns the time of its last event. */
function emitAppSession(rng: Random, actor: ActorPlan, profile: Profile, start: number, out: DemoEvent[]): number {
  const s = openSession(rng, actor, start, actor.userId ?? actor.anonId, DIRECT, true);
  let page = APP_PAGES.draw(rng);
  let t = start;
  out.push(webEvent(rng, s, '$pageview', t, page));
  const steps = profile.minSteps + rng.int(profile.stepSpread + 1) + rng.int(profile.stepSpread + 1);
  for (let i = 0; i < steps; i++) {
    t += stepGap(rng);
    const kind = rng.next();
    if (kind < FEATURE_UNTIL) {
      const feature = FEATURES.draw(rng);
      const e = webEvent(rng, s, feature.event, t, page);
      feature.describe(e.properties, rng);
      out.push(e);
    } else if (kind < PAGEVIEW_UNTIL) {
      page = APP_PAGES.draw(rng);
      out.push(webEvent(rng, s, '$pageview', t, page));
    } else if (kind < CLICK_UNTIL) {
      out.push(autocaptureEvent(rng, s, t, page, APP_CLICKS.draw(rng)));
    } else {
      const e = webEvent(rng, s, '$exception', t, page);
      addExceptionProperties(e.properties, rng);
      out.push(e);
    }
  }
  t += stepGap(rng);
  out.push(webEvent(rng, s, '$pageleave', t, page));
  return t;
}
