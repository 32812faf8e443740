// Tile `retention_daily`: first-time retention over the 8 days `to`−7..`to` (DESIGN §5). An actor's cohort is the
// day of its first activity event in all stored data, so an actor first active before the range is in no cohort.
import { entryStart } from './actor-days';
import { activityDays, type MetricInput } from './metric-input';
import type { RetentionCohort } from './retention-cohort';

const COHORTS = 8;

export function retentionDaily(input: MetricInput): RetentionCohort[] {
  const activity = activityDays(input);
  const { to } = input.range;
  const firstCohort = to - COHORTS + 1;
  const retained = Array.from({ length: COHORTS }, (_, i) => new Array<number>(COHORTS - i).fill(0));
  for (let d = firstCohort; d <= to; d++) {
    const dayEnd = entryStart(activity, d + 1);
    for (let e = entryStart(activity, d); e < dayEnd; e++) {
      const cohort = activity.firstDayOfActor[activity.actors[e]!]!;
      if (cohort < firstCohort) continue;
      retained[cohort - firstCohort]![d - cohort]!++;
    }
  }
  return retained.map((row, i) => ({ cohort: input.calendar.label(firstCohort + i), size: row[0]!, retained: row }));
}
