// Activity in the last 7, 30 and 90 days against the same number of days before (PostHog's usage metrics).
import type { UsageSummary } from '../../../core/profile/customer-profile';
import { formatCount } from '../../shared/format';
import { MissingRoles } from './MissingRoles';
import { formatChange, formatInstant } from './profile-format';

export function ProfileUsage({ usage }: { usage: UsageSummary | null }) {
  return (
    <section class="card stack tight" data-testid="profile-usage" aria-labelledby="profile-usage-title">
      <h3 id="profile-usage-title">Usage</h3>
      {usage === null ? (
        <MissingRoles roles={['activity']} />
      ) : (
        <>
          <table class="profile-table usage-table">
            <caption class="visually-hidden">Activity events per window, against the window before</caption>
            <thead>
              <tr>
                <th scope="col">Window</th>
                <th scope="col" class="num">Activity</th>
                <th scope="col" class="num">Before</th>
                <th scope="col" class="num">Change</th>
              </tr>
            </thead>
            <tbody>
              {usage.windows.map((window) => (
                <tr key={window.days} data-testid={`usage-${window.days}`}>
                  <th scope="row">Last {window.days} days</th>
                  <td class="num" data-testid="value">{formatCount(window.value)}</td>
                  <td class="num" data-testid="previous">{formatCount(window.previous)}</td>
                  <td class="num" data-testid="change" data-trend={trend(window.change_percent)}>{formatChange(window.change_percent)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {usage.as_of !== null && <p class="hint">Activity events in each window up to {formatInstant(usage.as_of)}.</p>}
        </>
      )}
    </section>
  );
}

function trend(percent: number | null): string {
  if (percent === null || Math.round(percent) === 0) return 'flat';
  return percent > 0 ? 'up' : 'down';
}
