// The side panel's customer-analytics dashboard, section by section and tile by tile as PostHog lays it out.
import { useMemo, useRef } from 'preact/hooks';
import type { RoleName } from '../../../core/engine/prepared-data';
import { ChartFigure } from '../../charts/ChartFigure';
import type { DashboardResult } from '../../dashboard/worker-protocol';
import { formatCount } from '../../shared/format';
import { capitalized, customerLabel } from './customer-label';
import { DashboardHeader } from './DashboardHeader';
import { FunnelSteps } from './FunnelSteps';
import { LifecycleChart } from './LifecycleChart';
import { PeriodNumber } from './PeriodNumber';
import { PowerUsersTable } from './PowerUsersTable';
import { RetentionGrid } from './RetentionGrid';
import { SessionsNumbers } from './SessionsNumbers';
import { Tile } from './Tile';
import { activeUsersChart, cumulativeSignupsChart, newSignupsChart, signupsAndSubscriptionsChart } from './tile-charts';
import { FUNNEL_STEPS, tileTitles } from './tile-titles';
import './dashboard.css';

export interface DashboardViewProps {
  result: DashboardResult;
  /** The same dashboard over the previous period of equal length; its series are overlaid dashed. */
  comparison: DashboardResult | null;
  /** B2B: the group type's name, which replaces "users" in tile names. */
  groupTypeName?: string | null;
  onOpenCustomer(actor: string): void;
  onConfigureRole(role: RoleName): void;
}

export function DashboardView({ result, comparison, groupTypeName, onOpenCustomer, onConfigureRole }: DashboardViewProps) {
  const root = useRef<HTMLElement>(null);
  const { output } = result;
  const { tiles } = output;
  const before = comparison?.output.tiles ?? null;
  const label = customerLabel(groupTypeName);
  const titles = tileTitles(label);
  const charts = useMemo(
    () => ({
      activeUsers: activeUsersChart(tiles.active_users),
      signupsAndSubscriptions: tiles.signups_and_subscriptions && signupsAndSubscriptionsChart(tiles.signups_and_subscriptions, before?.signups_and_subscriptions ?? null),
      newSignups: tiles.new_signups && newSignupsChart(tiles.new_signups, before?.new_signups ?? null),
      cumulativeSignups: tiles.cumulative_signups && cumulativeSignupsChart(tiles.cumulative_signups, before?.cumulative_signups ?? null),
    }),
    [tiles, before],
  );
  const tile = { output, onConfigureRole };

  return (
    <section class="dashboard stack" ref={root} aria-labelledby="dashboard-title" data-testid="dashboard-summary">
      <DashboardHeader output={output} root={root} />
      {result.warnings.map((warning) => <p class="muted" role="note" key={warning}>{warning}</p>)}

      <section class="dashboard-section" aria-labelledby="section-active">
        <h2 id="section-active">Active {label.plural}</h2>
        {result.plainPageviewActivity && (
          <div class="warning row wrap spread" role="note">
            <span>Activity is any pageview. What makes a customer active in your product? Choose a more specific activity event in the popup.</span>
            <button type="button" onClick={() => onConfigureRole('activity')}>Set up activity</button>
          </div>
        )}
        <div class="tiles">
          <Tile id="active_users" title={titles.active_users} wide {...tile}>
            <ChartFigure title={titles.active_users} spec={charts.activeUsers} />
          </Tile>
          <Tile id="weekly_active" title={titles.weekly_active} description="Last 7 days" {...tile}>
            <PeriodNumber tile={tiles.weekly_active} />
          </Tile>
          <Tile id="monthly_active" title={titles.monthly_active} description="Last 30 days" {...tile}>
            <PeriodNumber tile={tiles.monthly_active} />
          </Tile>
          <Tile id="power_users" title={titles.power_users} description="Most active in the last 30 days" wide {...tile}>
            <PowerUsersTable users={tiles.power_users} customer={capitalized(label.singular)} onOpenCustomer={onOpenCustomer} />
          </Tile>
        </div>
      </section>

      <section class="dashboard-section" aria-labelledby="section-retention">
        <h2 id="section-retention">Retention</h2>
        <div class="tiles">
          <Tile id="retention_daily" title={titles.retention_daily} wide {...tile}>
            <RetentionGrid cohorts={tiles.retention_daily} unit="Day" caption={titles.retention_daily} />
          </Tile>
          <Tile id="retention_weekly" title={titles.retention_weekly} wide {...tile}>
            <RetentionGrid cohorts={tiles.retention_weekly} unit="Week" caption={titles.retention_weekly} />
          </Tile>
        </div>
      </section>

      <section class="dashboard-section" aria-labelledby="section-signups">
        <h2 id="section-signups">Signups</h2>
        <div class="tiles">
          <Tile id="signups" title={titles.signups} {...tile}>
            {tiles.signups && <PeriodNumber tile={tiles.signups} />}
          </Tile>
          <Tile id="paying_customers" title={titles.paying_customers} description={`${capitalized(label.plural)} with a payment in the range`} {...tile}>
            {tiles.paying_customers && <PeriodNumber tile={tiles.paying_customers} />}
          </Tile>
          <Tile id="signups_and_subscriptions" title={titles.signups_and_subscriptions} wide {...tile}>
            {charts.signupsAndSubscriptions && <ChartFigure title={titles.signups_and_subscriptions} spec={charts.signupsAndSubscriptions} />}
          </Tile>
          <Tile id="new_signups" title={titles.new_signups} {...tile}>
            {charts.newSignups && <ChartFigure title={titles.new_signups} spec={charts.newSignups} />}
          </Tile>
          <Tile id="cumulative_signups" title={titles.cumulative_signups} {...tile}>
            {charts.cumulativeSignups && <ChartFigure title={titles.cumulative_signups} spec={charts.cumulativeSignups} />}
          </Tile>
          <Tile id="signup_conversion" title={titles.signup_conversion} {...tile}>
            {tiles.signup_conversion && <FunnelSteps tile={tiles.signup_conversion} steps={FUNNEL_STEPS.signup_conversion} />}
          </Tile>
          <Tile id="lifecycle" title={titles.lifecycle} wide {...tile}>
            <LifecycleChart tile={tiles.lifecycle} title={titles.lifecycle} />
          </Tile>
          <Tile id="free_to_paid" title={titles.free_to_paid} {...tile}>
            {tiles.free_to_paid && <FunnelSteps tile={tiles.free_to_paid} steps={FUNNEL_STEPS.free_to_paid} />}
          </Tile>
        </div>
      </section>

      <section class="dashboard-section" aria-labelledby="section-sessions">
        <h2 id="section-sessions">Sessions</h2>
        <div class="tiles">
          <Tile id="sessions" title={titles.sessions} wide {...tile}>
            <SessionsNumbers tile={tiles.sessions} previous={before?.sessions ?? null} customers={label.plural} />
          </Tile>
        </div>
      </section>

      <p class="muted" data-testid="dashboard-timing">
        {formatCount(result.eventCount)} events ·{' '}
        {result.fromCache ? 'as computed when the panel was last open (same data, roles and day)' : `computed in ${Math.round(result.timings.prepareMs + result.timings.computeMs)} ms`}
      </p>
    </section>
  );
}

