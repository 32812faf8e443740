// The bold-number active tiles: actors active in the N days ending with `to`, compared with the N days before.
import { rollingActorCounts, type PeriodValue } from './actor-counts';
import { activityDays, type MetricInput } from './metric-input';

export function trailingActive(input: MetricInput, days: number): PeriodValue {
  const { to } = input.range;
  // The rolling count on `to − days` is exactly the window just before the one on `to`.
  const counts = rollingActorCounts(activityDays(input), days, to - days, to);
  return { value: counts[days]!, previous: counts[0]! };
}
