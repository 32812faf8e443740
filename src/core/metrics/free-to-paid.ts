// Tile `free_to_paid`: the ordered funnel signup → payment within 42 days (PostHog's 6 weeks; DESIGN §5).
import type { MetricInput } from './metric-input';
import { DAY_MS, funnelTile, type FunnelTile } from './ordered-funnel';

export const FREE_TO_PAID_WINDOW_MS = 42 * DAY_MS;

export function freeToPaid(input: MetricInput): FunnelTile | null {
  return funnelTile(input, 'signup', 'payment', FREE_TO_PAID_WINDOW_MS);
}
