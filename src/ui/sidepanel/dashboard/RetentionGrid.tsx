// Retention as PostHog draws it: one row per cohort, its size, then the share retained in each later period,
// each cell shaded by that share.
import type { RetentionCohort } from '../../../core/metrics/retention-cohort';
import { formatCount } from '../../shared/format';
import { formatRetentionRate, retentionPeriods, retentionRow } from './retention-cells';

export function RetentionGrid({ cohorts, unit, caption }: { cohorts: RetentionCohort[]; unit: 'Day' | 'Week'; caption: string }) {
  const periods = retentionPeriods(cohorts);
  if (cohorts.length === 0) return <p class="muted">No cohorts in this range.</p>;
  return (
    <div class="table-scroll">
      <table class="retention">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Cohort</th>
            <th scope="col">Size</th>
            {Array.from({ length: periods }, (_, k) => <th scope="col" key={k}>{unit} {k}</th>)}
          </tr>
        </thead>
        <tbody>
          {cohorts.map((cohort) => (
            <tr key={cohort.cohort}>
              <th scope="row">{cohort.cohort}</th>
              <td>{formatCount(cohort.size)}</td>
              {retentionRow(cohort, periods).map((cell, k) =>
                cell === null ? (
                  <td key={k} class="future" />
                ) : (
                  <td
                    key={k}
                    class={cell.rate !== null && cell.rate >= 0.6 ? 'rate strong' : 'rate'}
                    style={{ '--rate': String(cell.rate ?? 0) }}
                    title={`${formatCount(cell.count)} of ${formatCount(cohort.size)}`}
                  >
                    {formatRetentionRate(cell.rate)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
