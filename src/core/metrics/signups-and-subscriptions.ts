// Tile `signups_and_subscriptions`: PostHog's 7-day smoothed daily uniques (DESIGN §5). For each day d of the range,
// the mean over d−6..d of each day's distinct actors with the role's event; the days before `from` come from the
// stored events there.
import { entryStart, type ActorDays } from './actor-days';
import { dayLabels, type DayRange } from './day-range';
import type { MetricInput } from './metric-input';

export interface SignupsAndSubscriptionsTile {
  dates: string[];
  signups: number[];
  subscriptions: number[];
}

const SMOOTHING_DAYS = 7;

export function signupsAndSubscriptions(input: MetricInput): SignupsAndSubscriptionsTile | null {
  const signup = input.actorDays('signup');
  const subscription = input.actorDays('subscription');
  if (!signup || !subscription) return null;
  return {
    dates: dayLabels(input.calendar, input.range),
    signups: trailingMeanOfDailyActors(signup, input.range),
    subscriptions: trailingMeanOfDailyActors(subscription, input.range),
  };
}

function trailingMeanOfDailyActors(index: ActorDays, range: DayRange): number[] {
  // An index holds each actor once per day, so a day's distinct actors is its number of entries.
  const actorsOn = (day: number): number => entryStart(index, day + 1) - entryStart(index, day);
  let windowSum = 0;
  for (let d = range.from - SMOOTHING_DAYS + 1; d < range.from; d++) windowSum += actorsOn(d);
  const means: number[] = [];
  for (let d = range.from; d <= range.to; d++) {
    windowSum += actorsOn(d);
    means.push(windowSum / SMOOTHING_DAYS);
    windowSum -= actorsOn(d - SMOOTHING_DAYS + 1);
  }
  return means;
}
