// Actors planted on purpose rather than drawn: internal test accounts (heavy users the test-account
// filter must hide) and one customer whose name, company and some events carry hostile payloads.
import { DAY, HOUR, type Calendar } from './calendar.ts';
import { REGULAR, TESTER, APP_RHYTHM } from './engagement.ts';
import { HOSTILE_COMPANY, HOSTILE_PERSON_NAME } from './hostile.ts';
import { fixedSubscription } from './lifecycle.ts';
import { completeActor, emailLocalPart, PLAN_SALT, setDayRange, type ActorPlan, type PlanContext, type Signup } from './actors.ts';
import { INTERNAL_DOMAIN } from './project.ts';
import { Random } from './random.ts';
import type { CompanyPlan } from './companies.ts';

/** 1 test account at 10k events, one more per tenfold, at most 4. */
export function testerCount(events: number): number {
  return Math.min(4, Math.max(1, 1 + Math.floor(Math.log10(Math.max(1, events / 10_000)))));
}

/** Signed up well before the window, active in every day of it (the window's ends are clamped). */
function veteranSignup(rng: Random, calendar: Calendar): Signup {
  const at = calendar.start - 200 * DAY - rng.int(100) * DAY - rng.int(24 * HOUR);
  return { at, day: calendar.dayOf(at), method: 'email', inVisit: false };
}

function alwaysActive(calendar: Calendar): number[] {
  return [-10_000, calendar.days + 10_000];
}

/** `internal` is the internal company once the first tester has drafted it. */
export function planTester(ctx: PlanContext, index: number, internal: CompanyPlan | null): ActorPlan {
  const rng = new Random(ctx.seed, index, PLAN_SALT);
  const company =
    internal ?? ctx.companies.draft(rng, { name: 'Demo SaaS (internal)', key: 'demo-saas-internal', domain: INTERNAL_DOMAIN });
  const signup = veteranSignup(rng, ctx.calendar);
  const plan = completeActor(ctx, rng, index, {
    kind: 'tester', createdAt: signup.at - HOUR, signup, company, profile: TESTER,
  });
  const tester: ActorPlan = {
    ...plan,
    email: `${emailLocalPart(plan.firstName, plan.lastName)}@${INTERNAL_DOMAIN}`,
    periods: alwaysActive(ctx.calendar),
    subscription: null,
  };
  setDayRange(tester, ctx.calendar);
  return tester;
}

export function planHostile(ctx: PlanContext, index: number): ActorPlan {
  const rng = new Random(ctx.seed, index, PLAN_SALT);
  const { calendar } = ctx;
  const company = ctx.companies.draft(rng, HOSTILE_COMPANY);
  const signup = veteranSignup(rng, calendar);
  const plan = completeActor(ctx, rng, index, {
    kind: 'hostile', createdAt: signup.at - HOUR, signup, company, profile: REGULAR, name: HOSTILE_PERSON_NAME,
  });
  // A paying customer, so the payment views also show the hostile company.
  const subscription = fixedSubscription(rng, signup.at + 20 * DAY, Number.POSITIVE_INFINITY);
  const hostileAt = [0.2, 0.5, 0.8].map((share) => calendar.sampleTimeInDay(rng, Math.floor(calendar.days * share), APP_RHYTHM));
  const hostile: ActorPlan = {
    ...plan,
    email: `${plan.firstName.toLowerCase()}@${company.domain}`,
    periods: alwaysActive(calendar),
    subscription,
    hostileAt,
  };
  setDayRange(hostile, calendar);
  return hostile;
}
