// Server-side billing events of subscribers: `subscription started`, a `payment succeeded` per billing
// period (sometimes after a `payment failed` and a retry), and `subscription canceled` after churn.
import type { ActorPlan } from './actors.ts';
import { DAY, HOUR } from './calendar.ts';
import { serverEvent } from './events.ts';
import { billingInstants, type Subscription } from './lifecycle.ts';
import { EVENT } from './project.ts';
import type { Random } from './random.ts';
import type { DemoEvent } from './types.ts';

const FAILURE_CHANCE = 0.06;
const RETRY_SUCCESS_CHANCE = 0.75;
const FAILURE_REASONS = ['card_declined', 'insufficient_funds', 'expired_card'] as const;
/** Per billing instant: a success, or a failure plus (usually) a retried success. */
export const EXPECTED_BILLING_EVENTS = 1 - FAILURE_CHANCE + FAILURE_CHANCE * (1 + RETRY_SUCCESS_CHANCE);

/** Subscription/cancel events, counted exactly when the window [from, to) contains them. */
export function subscriptionEventCount(sub: Subscription, from: number, to: number): number {
  if (!sub.hasEvent) return 0;
  return (sub.start >= from && sub.start < to ? 1 : 0) + (sub.cancelAt >= from && sub.cancelAt < to ? 1 : 0);
}

export function emitBillingDay(rng: Random, actor: ActorPlan, from: number, to: number, out: DemoEvent[]): void {
  const sub = actor.subscription;
  if (!sub) return;
  const terms = { plan: sub.plan, interval: sub.interval, amount: sub.amount, currency: sub.currency };
  if (sub.hasEvent && sub.start >= from && sub.start < to) {
    out.push(serverEvent(rng, actor, EVENT.subscription, sub.start, { ...terms }));
  }
  for (const instant of billingInstants(sub, from, to)) {
    const t = instant + 2000; // the charge follows the subscription record by a moment
    const invoice = `in_${actor.index.toString(36)}_${Math.round((instant - sub.start) / DAY)}`;
    if (rng.chance(FAILURE_CHANCE)) {
      out.push(serverEvent(rng, actor, EVENT.paymentFailed, t, {
        ...terms, invoice_id: invoice, failure_reason: rng.pick(FAILURE_REASONS),
      }));
      if (!rng.chance(RETRY_SUCCESS_CHANCE)) continue;
      const retryAt = t + DAY + rng.int(2 * DAY) + rng.int(HOUR);
      out.push(serverEvent(rng, actor, EVENT.payment, retryAt, { ...terms, invoice_id: invoice, retry: true }));
      continue;
    }
    out.push(serverEvent(rng, actor, EVENT.payment, t, { ...terms, invoice_id: invoice }));
  }
  if (sub.hasEvent && sub.cancelAt >= from && sub.cancelAt < to) {
    out.push(serverEvent(rng, actor, EVENT.subscriptionCanceled, sub.cancelAt, { plan: sub.plan, interval: sub.interval, reason: 'churned' }));
  }
}
