// Tile `active_users`: daily, weekly and monthly active actors for each day of the range (DESIGN §5).
import { rollingActorCounts } from './actor-counts';
import { dayLabels } from './day-range';
import { activityDays, type MetricInput } from './metric-input';

export interface ActiveUsersTile {
  dates: string[];
  /** Actors active on the day. */
  dau: number[];
  /** Actors active on the day or the 6 before it. */
  wau: number[];
  /** Actors active on the day or the 29 before it. */
  mau: number[];
}

export function activeUsers(input: MetricInput): ActiveUsersTile {
  const activity = activityDays(input);
  const { from, to } = input.range;
  return {
    dates: dayLabels(input.calendar, input.range),
    dau: rollingActorCounts(activity, 1, from, to),
    wau: rollingActorCounts(activity, 7, from, to),
    mau: rollingActorCounts(activity, 30, from, to),
  };
}
