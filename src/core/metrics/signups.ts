// Tile `signups`: actors with a signup event in the range, and in the previous range (DESIGN §5).
import { countInRangeAndPrevious, type PeriodValue } from './actor-counts';
import type { MetricInput } from './metric-input';

export function signups(input: MetricInput): PeriodValue | null {
  const signup = input.actorDays('signup');
  return signup && countInRangeAndPrevious(signup, input.actorCount, input.range);
}
