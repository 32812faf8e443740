// The retention grid's cells: each cohort's share still active k periods later, as PostHog's retention table
// shades them. Periods that have not happened yet (after `to`) are absent, not zero.
import type { RetentionCohort } from '../../../core/metrics/retention-cohort';

export interface RetentionCell {
  count: number;
  /** count / size, 0..1; null for an empty cohort. */
  rate: number | null;
}

export function retentionPeriods(cohorts: readonly RetentionCohort[]): number {
  return Math.max(0, ...cohorts.map((c) => c.retained.length));
}

/** One entry per period up to `periods`; null where the period is still in the future. */
export function retentionRow(cohort: RetentionCohort, periods: number): (RetentionCell | null)[] {
  return Array.from({ length: periods }, (_, k) => {
    const count = cohort.retained[k];
    if (count === undefined) return null;
    return { count, rate: cohort.size > 0 ? count / cohort.size : null };
  });
}

export function formatRetentionRate(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 1000) / 10}%`;
}
