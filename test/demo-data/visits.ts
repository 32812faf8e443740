// Browser visits outside the app: anonymous marketing-site visits, the signup page, and the signup
// itself (identify → group → signup event → onboarding), which turns the anonymous visitor into a user.
import type { ActorPlan } from './actors.ts';
import { MINUTE } from './calendar.ts';
import { MARKETING_CLICKS, SIGNUP_BUTTON } from './elements.ts';
import { autocaptureEvent, openSession, webEvent, type Session } from './events.ts';
import { COMPANY_GROUP_TYPE, EVENT } from './project.ts';
import type { Random } from './random.ts';
import type { DemoEvent } from './types.ts';
import {
  APP_HOST, APP_ORIGIN, DIRECT, MARKETING_PAGES, ONBOARDING_PAGE, REFERRERS, SIGNUP_PAGE, type Page,
} from './vocabulary.ts';

/** Pages per visit = 1 + [0..2] + [0..1]: mean 2.5; each page may get a click. */
const MEAN_PAGES = 2.5;
const CLICK_CHANCE = 0.35;
/** pageviews and clicks, plus the closing `$pageleave`. */
export const EXPECTED_VISIT_EVENTS = MEAN_PAGES * (1 + CLICK_CHANCE) + 1;
/** Signup button click, `$identify`, `$groupidentify`, the signup event and the onboarding pageview. */
export const SIGNUP_FLOW_EVENTS = 5;
/** A visit made only to sign up: landing pageview + signup flow + `$pageleave`. */
export const SIGNUP_VISIT_EVENTS = SIGNUP_FLOW_EVENTS + 2;

/** Seconds to a couple of minutes between consecutive events of a visit, never near the 30-min idle cut. */
export function stepGap(rng: Random): number {
  const gap = 1500 + Math.floor(rng.exponential(35_000));
  return gap > 20 * MINUTE ? 20 * MINUTE : gap;
}

/** Marketing visit `i` of the actor; ends with the signup page and maybe the signup itself. */
export function emitMarketingVisit(rng: Random, actor: ActorPlan, i: number, out: DemoEvent[]): void {
  const start = actor.visits[i] as number;
  const referrer = i === 0 ? actor.referrer : rng.chance(0.6) ? DIRECT : REFERRERS.draw(rng);
  const s = openSession(rng, actor, start, actor.anonId, referrer, false);
  let t = start;
  let page = i === 0 ? actor.landing : MARKETING_PAGES.draw(rng);
  const pages = 1 + rng.int(3) + rng.int(2);
  for (let p = 0; p < pages; p++) {
    if (p > 0) page = MARKETING_PAGES.draw(rng);
    out.push(webEvent(rng, s, '$pageview', t, page));
    t += stepGap(rng);
    if (rng.chance(CLICK_CHANCE)) {
      out.push(autocaptureEvent(rng, s, t, page, MARKETING_CLICKS.draw(rng)));
      t += stepGap(rng);
    }
  }
  if (i === actor.signupPageviewVisit) {
    page = SIGNUP_PAGE;
    out.push(webEvent(rng, s, '$pageview', t, page));
    t += stepGap(rng);
    if (actor.signup?.inVisit) {
      t = emitSignupFlow(rng, s, t, page, out);
      page = ONBOARDING_PAGE;
    }
  }
  out.push(webEvent(rng, s, '$pageleave', t, page));
}

/** A later visit made to sign up: from the signup page, or from an invite link for invited colleagues. */
export function emitSignupVisit(rng: Random, actor: ActorPlan, out: DemoEvent[]): void {
  const signup = actor.signup;
  if (!signup) return;
  const invited = signup.method === 'invite';
  const s = openSession(rng, actor, signup.at, actor.anonId, invited ? actor.referrer : DIRECT, false);
  const page: Page = invited ? joinPage(actor.groupKey) : SIGNUP_PAGE;
  out.push(webEvent(rng, s, '$pageview', signup.at, page));
  const t = emitSignupFlow(rng, s, signup.at + stepGap(rng), page, out);
  out.push(webEvent(rng, s, '$pageleave', t, ONBOARDING_PAGE));
}

function joinPage(companyKey: string): Page {
  const path = `/join/${companyKey}`;
  return { path, url: APP_ORIGIN + path, host: APP_HOST };
}

/** posthog.identify → posthog.group → capture signup → onboarding; returns the time after it. */
function emitSignupFlow(rng: Random, s: Session, t: number, page: Page, out: DemoEvent[]): number {
  const actor = s.actor;
  const signup = actor.signup;
  if (!signup || !actor.userId) return t;
  out.push(autocaptureEvent(rng, s, t, page, SIGNUP_BUTTON));
  t += 800 + rng.int(2500);

  s.distinctId = actor.userId;
  const identify = webEvent(rng, s, '$identify', t, page);
  identify.properties.$anon_distinct_id = actor.anonId;
  identify.properties.$set = { email: actor.email, name: actor.name };
  identify.properties.$set_once = { $initial_referrer: actor.referrer.url, $initial_pathname: actor.landing.path };
  out.push(identify);
  t += 50 + rng.int(300);

  const company = actor.company;
  if (company) {
    s.grouped = true;
    const group = webEvent(rng, s, '$groupidentify', t, page);
    group.properties.$group_type = COMPANY_GROUP_TYPE;
    group.properties.$group_key = company.key;
    group.properties.$group_set = {
      name: company.name, plan: company.plan, industry: company.industry, employees: company.employees, domain: company.domain,
    };
    out.push(group);
  }
  t += 50 + rng.int(300);

  const signedUp = webEvent(rng, s, EVENT.signup, t, page);
  signedUp.properties.plan = 'free';
  signedUp.properties.signup_method = signup.method;
  out.push(signedUp);
  t += 1500 + rng.int(4000);

  out.push(webEvent(rng, s, '$pageview', t, ONBOARDING_PAGE));
  return t + stepGap(rng);
}
