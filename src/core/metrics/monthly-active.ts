// Tile `monthly_active`: actors active in `to`−29..`to`; previous = in `to`−59..`to`−30 (DESIGN §5).
import type { PeriodValue } from './actor-counts';
import type { MetricInput } from './metric-input';
import { trailingActive } from './trailing-active';

export function monthlyActive(input: MetricInput): PeriodValue {
  return trailingActive(input, 30);
}
