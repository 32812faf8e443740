// Everyone who shows up in the data ("actors"), each planned once up front from its own seeded stream:
// anonymous visitors, visitors who sign up, colleagues invited to a company and users who signed up
// before the window. A plan holds only what later days need; events are generated from it day by day.
import { isPersonless, personlessPersonId } from './personless.ts';
import { PROJECT_ID } from './project.ts';
import { DAY, type Calendar } from './calendar.ts';
import type { CompanyPlan, CompanyRegistry } from './companies.ts';
import { upgradeCompanyPlan } from './companies.ts';
import { CASUAL, POWER, REGULAR, WEB_RHYTHM, type Profile } from './engagement.ts';
import { isPayingAt, planActivityPeriods, planSubscription, type Subscription } from './lifecycle.ts';
import { Random, WeightedTable } from './random.ts';
import { uuidV4, uuidV7 } from './uuid.ts';
import {
  DEVICES, FIRST_NAMES, LAST_NAMES, MARKETING_PAGES, REFERRERS,
  type Device, type Page, type Referrer,
} from './vocabulary.ts';

export type ActorKind = 'visitor' | 'user' | 'tester' | 'hostile';
export type SignupMethod = 'email' | 'google' | 'invite';

export interface Signup {
  /** Start of the visit in which the user signs up (the signup itself follows within minutes). */
  readonly at: number;
  readonly day: number;
  readonly method: SignupMethod;
  /** True when it happens at the end of the visit that viewed the signup page, minutes after it. */
  readonly inVisit: boolean;
}

export interface ActorPlan {
  readonly index: number;
  readonly kind: ActorKind;
  readonly personId: string;
  /** The anonymous distinct id the browser had before identify. */
  readonly anonId: string;
  /** The distinct id after identify; null for visitors who never sign up in the data. */
  readonly userId: string | null;
  /** No person profile (personless.ts): personId is then the v5 UUID of (team, anonId) and no persons row exists. */
  readonly personless: boolean;
  readonly createdAt: number;
  readonly device: Device;
  readonly referrer: Referrer;
  readonly landing: Page;
  /** Start times of anonymous marketing visits, ascending. */
  readonly visits: number[];
  /** Index in `visits` of the visit that views /signup, or -1. */
  readonly signupPageviewVisit: number;
  readonly signup: Signup | null;
  readonly company: CompanyPlan | null;
  /** `$group_0` of this actor's identified events ('' when none); set when the actor is committed. */
  groupKey: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly name: string;
  readonly email: string;
  readonly profile: Profile | null;
  readonly periods: number[];
  readonly subscription: Subscription | null;
  /** Times of the hostile-payload events (only for the hostile actor). */
  readonly hostileAt: number[];
  /** Window day range (inclusive) in which this actor can produce events. */
  firstDay: number;
  lastDay: number;
}

export interface PlanContext {
  readonly seed: number;
  readonly calendar: Calendar;
  readonly companies: CompanyRegistry;
}

/** Salt of the per-actor planning stream (day streams use the day index). */
export const PLAN_SALT = 0x7fffffff;
/** Visitors arriving at the end of the period versus its start. */
export const GROWTH = 2.5;
const PRE_EXISTING_SHARE = 0.04;
const INVITED_SHARE = 0.05;
const SIGNUP_PAGE_SHARE = 0.35;
const SIGNUP_CONVERSION = 0.25;
/** Of signups: same visit, later within 14 days, later than 14 days. */
const SAME_VISIT_SHARE = 0.65;
const WITHIN_14_DAYS_SHARE = 0.22;
const EXTRA_VISITS = new WeightedTable<number>([[0, 65], [1, 22], [2, 9], [3, 4]]);
const NEW_USER_PROFILES = new WeightedTable<Profile>([[POWER, 7], [REGULAR, 30], [CASUAL, 63]]);
const OLD_USER_PROFILES = new WeightedTable<Profile>([[POWER, 15], [REGULAR, 40], [CASUAL, 45]]);
const INVITE_REFERRER: Referrer = { url: 'https://mail.google.com/', domain: 'mail.google.com' };

export function emailLocalPart(first: string, last: string): string {
  return `${first}.${last}`.normalize('NFKD').replace(/[^A-Za-z.]/g, '').toLowerCase();
}

export interface ActorSeed {
  kind: ActorKind;
  createdAt: number;
  visits?: number[];
  signupPageviewVisit?: number;
  signup?: Signup | null;
  company?: CompanyPlan | null;
  profile?: Profile | null;
  referrer?: Referrer;
  name?: string;
}

/** Fills in identity and, for signed-up actors, lifecycle and subscription. */
export function completeActor(ctx: PlanContext, rng: Random, index: number, seed: ActorSeed): ActorPlan {
  const { calendar } = ctx;
  const firstName = rng.pick(FIRST_NAMES);
  const lastName = rng.pick(LAST_NAMES);
  const signup = seed.signup ?? null;
  const company = signup ? (seed.company ?? null) : null;
  const profile = signup ? (seed.profile ?? null) : null;
  const periods = profile && signup ? planActivityPeriods(rng, profile, signup.day) : [];
  const activeUntil = calendar.windowStart(periods.length ? (periods[periods.length - 1] as number) : 0);
  const subscription = profile && signup ? planSubscription(rng, profile, signup.at, activeUntil) : null;
  const visits = seed.visits ?? [];
  const plan: ActorPlan = {
    index,
    kind: seed.kind,
    personId: uuidV4(rng),
    anonId: uuidV7(seed.createdAt, rng),
    userId: signup ? `user_${100_000 + index}` : null,
    personless: false,
    createdAt: seed.createdAt,
    device: DEVICES.draw(rng),
    referrer: seed.referrer ?? REFERRERS.draw(rng),
    landing: MARKETING_PAGES.draw(rng),
    visits,
    signupPageviewVisit: seed.signupPageviewVisit ?? -1,
    signup,
    company,
    groupKey: '',
    firstName,
    lastName,
    name: seed.name ?? `${firstName} ${lastName}`,
    email: `${emailLocalPart(firstName, lastName)}@${company?.domain ?? 'mail.example'}`,
    profile,
    periods,
    subscription,
    hostileAt: [],
    firstDay: 0,
    lastDay: 0,
  };
  setDayRange(plan, calendar);
  // Decided after every draw, so the rest of the data set is the same as without personless visitors.
  if (isPersonless(plan)) return { ...plan, personless: true, personId: personlessPersonId(PROJECT_ID, plan.anonId) };
  return plan;
}

/** Registers the actor's company membership once the calibration keeps the actor. */
export function commitActor(ctx: PlanContext, plan: ActorPlan): void {
  const { company, signup, subscription } = plan;
  if (!company || !signup) return;
  ctx.companies.addMember(company, signup.at, plan.kind === 'user');
  plan.groupKey = company.key;
  if (subscription && isPayingAt(subscription, ctx.calendar.end)) upgradeCompanyPlan(company, subscription.plan);
}

/** The first and last window day on which the plan can emit anything, clamped to the window. */
export function setDayRange(plan: ActorPlan, calendar: Calendar): void {
  const days: number[] = plan.visits.map((v) => calendar.dayOf(v));
  if (plan.signup) days.push(calendar.dayOf(plan.signup.at));
  for (let i = 0; i < plan.periods.length; i += 2) days.push(plan.periods[i] as number, (plan.periods[i + 1] as number) - 1);
  const sub = plan.subscription;
  if (sub) days.push(calendar.dayOf(sub.start), calendar.dayOf(Math.min(sub.cancelAt, calendar.end - 1)));
  for (const t of plan.hostileAt) days.push(calendar.dayOf(t));
  const last = calendar.days - 1;
  plan.firstDay = Math.max(0, Math.min(last, ...days));
  plan.lastDay = Math.min(last, Math.max(0, ...days));
}

/** Plans ordinary actor `index` (specials are planned separately). */
export function planActor(ctx: PlanContext, index: number): ActorPlan {
  const rng = new Random(ctx.seed, index, PLAN_SALT);
  const { calendar, companies } = ctx;
  const roll = rng.next();
  if (roll < PRE_EXISTING_SHARE) {
    const signupAt = calendar.start - DAY - Math.floor(rng.next() * 300 * DAY);
    const signup: Signup = { at: signupAt, day: calendar.dayOf(signupAt), method: rng.chance(0.3) ? 'google' : 'email', inVisit: false };
    const company = (rng.chance(0.2) ? companies.pickBySize(rng) : null) ?? companies.draft(rng);
    const createdAt = signupAt - Math.floor(rng.exponential(3 * DAY));
    return completeActor(ctx, rng, index, { kind: 'user', createdAt, signup, company, profile: OLD_USER_PROFILES.draw(rng) });
  }
  if (roll < PRE_EXISTING_SHARE + INVITED_SHARE) {
    const at = calendar.sampleGrowingTime(rng, GROWTH, WEB_RHYTHM);
    const company = companies.pickBySize(rng) ?? companies.draft(rng);
    const signup: Signup = { at, day: calendar.dayOf(at), method: 'invite', inVisit: false };
    return completeActor(ctx, rng, index, {
      kind: 'user', createdAt: at, signup, company, profile: NEW_USER_PROFILES.draw(rng), referrer: INVITE_REFERRER,
    });
  }
  const visits = [calendar.sampleGrowingTime(rng, GROWTH, WEB_RHYTHM)];
  for (let extra = EXTRA_VISITS.draw(rng); extra > 0; extra--) {
    const day = calendar.dayOf(visits[visits.length - 1] as number) + 1 + Math.floor(rng.exponential(4));
    if (day >= calendar.days) break;
    visits.push(calendar.sampleTimeInDay(rng, day, WEB_RHYTHM));
  }
  const createdAt = visits[0] as number;
  if (!rng.chance(SIGNUP_PAGE_SHARE)) return completeActor(ctx, rng, index, { kind: 'visitor', createdAt, visits });
  const signupPageviewVisit = visits.length - 1;
  let signup: Signup | null = null;
  if (rng.chance(SIGNUP_CONVERSION)) {
    const viewedAt = visits[signupPageviewVisit] as number;
    const roll2 = rng.next();
    const method: SignupMethod = rng.chance(0.3) ? 'google' : 'email';
    if (roll2 < SAME_VISIT_SHARE) {
      signup = { at: viewedAt, day: calendar.dayOf(viewedAt), method, inVisit: true };
    } else {
      const delay = roll2 < SAME_VISIT_SHARE + WITHIN_14_DAYS_SHARE ? rng.between(1, 13) : rng.between(15, 45);
      const day = calendar.dayOf(viewedAt) + delay;
      if (day < calendar.days) {
        const at = calendar.sampleTimeInDay(rng, day, WEB_RHYTHM);
        signup = { at, day, method, inVisit: false };
      }
    }
  }
  if (!signup) return completeActor(ctx, rng, index, { kind: 'visitor', createdAt, visits, signupPageviewVisit });
  const company = (rng.chance(0.2) ? companies.pickBySize(rng) : null) ?? companies.draft(rng);
  return completeActor(ctx, rng, index, {
    kind: 'user', createdAt, visits, signupPageviewVisit, signup, company, profile: NEW_USER_PROFILES.draw(rng),
  });
}
