// The dashboard's headline numbers. The full dashboard (charts, every tile) builds on this model.
import type { TileId } from '../../core/dashboard/dashboard-output';
import type { FunnelTile } from '../../core/metrics/ordered-funnel';
import type { PeriodValue } from '../../core/metrics/actor-counts';
import { formatCount } from '../shared/format';
import type { DashboardModel } from './dashboard-model';

function Period({ id, label, tile, missing }: { id: TileId; label: string; tile: PeriodValue | null; missing?: string[] }) {
  return (
    <div class="metric" data-testid={`tile-${id}`}>
      <dt>{label}</dt>
      {tile ? (
        <dd><span data-testid="value">{formatCount(tile.value)}</span> <span class="muted">previous {formatCount(tile.previous)}</span></dd>
      ) : (
        <dd class="muted" data-testid="missing">Needs configuration: {missing?.join(', ')}</dd>
      )}
    </div>
  );
}

function Funnel({ id, label, tile, missing }: { id: TileId; label: string; tile: FunnelTile | null; missing?: string[] }) {
  return (
    <div class="metric" data-testid={`tile-${id}`}>
      <dt>{label}</dt>
      {tile ? (
        <dd>
          <span data-testid="value">{tile.rate === null ? '–' : `${(tile.rate * 100).toFixed(1)}%`}</span>{' '}
          <span class="muted">{formatCount(tile.converted)} of {formatCount(tile.entered)}</span>
        </dd>
      ) : (
        <dd class="muted" data-testid="missing">Needs configuration: {missing?.join(', ')}</dd>
      )}
    </div>
  );
}

export function DashboardSummary({ model }: { model: DashboardModel }) {
  const result = model.result.value;
  if (model.error.value) return <p class="error" role="alert">{model.error.value}</p>;
  if (!result) return model.computing.value ? <p class="muted">Computing the dashboard…</p> : null;
  const { output } = result;
  const { tiles, missing_roles: missing } = output;
  return (
    <section class="card stack" aria-labelledby="dashboard-title" data-testid="dashboard-summary">
      <div class="row spread">
        <h2 id="dashboard-title">Dashboard</h2>
        <span class="muted" data-testid="dashboard-range">{output.range.from} to {output.range.to}</span>
      </div>
      {result.plainPageviewActivity && (
        <p class="warning" role="note">Activity is any pageview. What makes a customer active in your product? Choose a more specific activity event in the popup.</p>
      )}
      <dl class="metrics">
        <Period id="weekly_active" label="Weekly active" tile={tiles.weekly_active} />
        <Period id="monthly_active" label="Monthly active" tile={tiles.monthly_active} />
        <Period id="signups" label="Signups" tile={tiles.signups} missing={missing.signups} />
        <Period id="paying_customers" label="Paying customers" tile={tiles.paying_customers} missing={missing.paying_customers} />
        <Funnel id="signup_conversion" label="Signup conversion" tile={tiles.signup_conversion} missing={missing.signup_conversion} />
        <Funnel id="free_to_paid" label="Free to paid" tile={tiles.free_to_paid} missing={missing.free_to_paid} />
        <div class="metric" data-testid="tile-sessions">
          <dt>Sessions</dt>
          <dd><span data-testid="value">{formatCount(tiles.sessions.unique_sessions)}</span> <span class="muted">by {formatCount(tiles.sessions.unique_users)}</span></dd>
        </div>
      </dl>
      {result.warnings.map((warning) => <p class="muted" role="note">{warning}</p>)}
      <p class="muted" data-testid="dashboard-timing">
        {formatCount(result.eventCount)} events · computed in {Math.round(result.timings.prepareMs + result.timings.computeMs)} ms
      </p>
    </section>
  );
}
