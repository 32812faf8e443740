// Tile `retention_weekly`: first-time retention over the 5 weeks ending with the week that holds `to` (DESIGN §5).
// The last week is counted up to `to` only: nothing after `to` is read.
import { entryStart, NO_DAY } from './actor-days';
import { activityDays, type MetricInput } from './metric-input';
import type { RetentionCohort } from './retention-cohort';

const COHORTS = 5;

export function retentionWeekly(input: MetricInput): RetentionCohort[] {
  const activity = activityDays(input);
  const { to } = input.range;
  const firstWeek = input.calendar.weekStartOf(to) - 7 * (COHORTS - 1);
  const retained = Array.from({ length: COHORTS }, (_, i) => new Array<number>(COHORTS - i).fill(0));
  const lastWeekOfActor = new Int32Array(input.actorCount).fill(NO_DAY);
  for (let d = firstWeek; d <= to; d++) {
    const week = Math.floor((d - firstWeek) / 7);
    const end = entryStart(activity, d + 1);
    for (let e = entryStart(activity, d); e < end; e++) {
      const actor = activity.actors[e]!;
      const firstDay = activity.firstDayOfActor[actor]!;
      if (firstDay < firstWeek || lastWeekOfActor[actor] === week) continue;
      lastWeekOfActor[actor] = week;
      const cohort = Math.floor((firstDay - firstWeek) / 7);
      retained[cohort]![week - cohort]!++;
    }
  }
  return retained.map((row, i) => ({ cohort: input.calendar.label(firstWeek + 7 * i), size: row[0]!, retained: row }));
}
