// Tile `paying_customers`: actors with a payment event in the range, and in the previous range. This is PostHog's
// code definition (its tooltip says so), not "customers on a paid plan", which would need subscription state.
import { countInRangeAndPrevious, type PeriodValue } from './actor-counts';
import type { MetricInput } from './metric-input';

export function payingCustomers(input: MetricInput): PeriodValue | null {
  const payment = input.actorDays('payment');
  return payment && countInRangeAndPrevious(payment, input.actorCount, input.range);
}
