// Tile `signup_conversion`: the ordered funnel signup pageview → signup within 14 days (DESIGN §5).
import type { MetricInput } from './metric-input';
import { DAY_MS, funnelTile, type FunnelTile } from './ordered-funnel';

export const SIGNUP_CONVERSION_WINDOW_MS = 14 * DAY_MS;

export function signupConversion(input: MetricInput): FunnelTile | null {
  return funnelTile(input, 'signup_pageview', 'signup', SIGNUP_CONVERSION_WINDOW_MS);
}
