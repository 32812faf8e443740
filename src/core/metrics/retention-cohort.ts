// What both retention tiles return, one row per cohort.
export interface RetentionCohort {
  /** The cohort's day, or the first day of its week. */
  cohort: string;
  /** Actors whose first activity event falls in the cohort. */
  size: number;
  /** retained[k] = cohort actors active k periods later; retained[0] = size; only periods starting by `to`. */
  retained: number[];
}
