// Tile `weekly_active`: actors active in `to`−6..`to`; previous = in `to`−13..`to`−7 (DESIGN §5).
import type { PeriodValue } from './actor-counts';
import type { MetricInput } from './metric-input';
import { trailingActive } from './trailing-active';

export function weeklyActive(input: MetricInput): PeriodValue {
  return trailingActive(input, 7);
}
