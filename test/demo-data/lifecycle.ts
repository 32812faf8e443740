// A signed-up user's life: when they are in the app (activity periods: first use, churn, sometimes a
// comeback), and whether and how long they pay. Decided once per user up front, so each day can be
// generated on its own without remembering earlier days.
import { DAY, HOUR } from './calendar.ts';
import type { Profile } from './engagement.ts';
import type { Random } from './random.ts';

/** Share of churned users who come back for a while (lifecycle "resurrecting"). */
const RESURRECT_CHANCE = 0.3;
/** Share of subscribers who convert within the 42-day free-to-paid window. */
const QUICK_CONVERSION_SHARE = 0.75;
const EUR_SHARE = 0.25;

export type PaidPlan = 'pro' | 'business';

export interface Subscription {
  /** First payment, and `subscription started` when the billing system reports it. */
  readonly start: number;
  readonly plan: PaidPlan;
  readonly interval: 'month' | 'year';
  /** In major currency units per billing period. */
  readonly amount: number;
  readonly currency: 'USD' | 'EUR';
  /** False for payers whose subscription start was never tracked: payments only. */
  readonly hasEvent: boolean;
  /** When it is cancelled (after churn), or +Infinity. */
  readonly cancelAt: number;
  readonly periodMs: number;
}

/**
 * Activity periods as flattened [fromDay, toDay) pairs of day indices relative to the data window
 * (negative for users who signed up before it). The first period starts the day after signup.
 */
export function planActivityPeriods(rng: Random, profile: Profile, signupDay: number): number[] {
  const from = signupDay + 1;
  const to = from + Math.ceil(profile.lifetimeMin + rng.exponential(profile.lifetimeMean));
  if (!rng.chance(RESURRECT_CHANCE)) return [from, to];
  const comeback = to + 10 + Math.floor(rng.exponential(25));
  return [from, to, comeback, comeback + 5 + Math.ceil(rng.exponential(25))];
}

/** The period index containing `day`, or -1 when the user is dormant or not yet signed up. */
export function periodIndexOf(periods: readonly number[], day: number): number {
  for (let i = 0; i < periods.length; i += 2) {
    if (day >= (periods[i] as number) && day < (periods[i + 1] as number)) return i / 2;
  }
  return -1;
}

export function planSubscription(
  rng: Random,
  profile: Profile,
  signupAt: number,
  activeUntil: number,
): Subscription | null {
  if (!rng.chance(profile.subscribeChance)) return null;
  const delayDays = rng.chance(QUICK_CONVERSION_SHARE)
    ? Math.min(41, 1 + rng.exponential(10))
    : 43 + rng.exponential(30);
  const start = signupAt + Math.floor(delayDays * DAY);
  if (start >= activeUntil) return null; // churned before paying
  return fixedSubscription(rng, start, activeUntil + rng.int(21) * DAY + rng.int(12 * HOUR));
}

export function fixedSubscription(rng: Random, start: number, cancelAt: number): Subscription {
  const plan: PaidPlan = rng.chance(0.3) ? 'business' : 'pro';
  const yearly = rng.chance(0.15);
  const monthly = plan === 'business' ? 199 : 49;
  return {
    start,
    plan,
    interval: yearly ? 'year' : 'month',
    amount: yearly ? monthly * 10 : monthly,
    currency: rng.chance(EUR_SHARE) ? 'EUR' : 'USD',
    hasEvent: rng.chance(0.9),
    cancelAt,
    periodMs: (yearly ? 365 : 30) * DAY,
  };
}

/** Billing instants (first payment included) within [from, to). */
export function billingInstants(sub: Subscription, from: number, to: number): number[] {
  const stop = Math.min(to, sub.cancelAt);
  const out: number[] = [];
  let k = from > sub.start ? Math.ceil((from - sub.start) / sub.periodMs) : 0;
  for (let t = sub.start + k * sub.periodMs; t < stop; t = sub.start + ++k * sub.periodMs) out.push(t);
  return out;
}

/** Whether the subscription is running at `ms` (the person's and company's `plan` at the end). */
export function isPayingAt(sub: Subscription, ms: number): boolean {
  return sub.start < ms && sub.cancelAt >= ms;
}
