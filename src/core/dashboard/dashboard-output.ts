// The dashboard as the side panel renders it and `cli dashboard --json` prints it: DESIGN §5's JSON, exactly.
import type { RoleName } from '../engine/prepared-data';
import type { PeriodValue } from '../metrics/actor-counts';
import type { ActiveUsersTile } from '../metrics/active-users';
import type { CumulativeSignupsTile } from '../metrics/cumulative-signups';
import type { LifecycleTile } from '../metrics/lifecycle';
import type { NewSignupsTile } from '../metrics/new-signups';
import type { FunnelTile } from '../metrics/ordered-funnel';
import type { PowerUser } from '../metrics/power-users';
import type { RetentionCohort } from '../metrics/retention-cohort';
import type { SessionsTile } from '../metrics/sessions';
import type { SignupsAndSubscriptionsTile } from '../metrics/signups-and-subscriptions';

/** Whose numbers these are: persons (B2C), or the groups of type N (B2B). */
export type DashboardActor = 'person' | `group:${number}`;

export interface DashboardRequest {
  /** 'YYYY-MM-DD', local day in the project timezone, included. */
  from: string;
  /** 'YYYY-MM-DD', included. */
  to: string;
  actor: DashboardActor;
}

/** Every tile; the ones that need an unconfigured role are null. */
export interface DashboardTiles {
  active_users: ActiveUsersTile;
  weekly_active: PeriodValue;
  monthly_active: PeriodValue;
  power_users: PowerUser[];
  retention_daily: RetentionCohort[];
  retention_weekly: RetentionCohort[];
  signups: PeriodValue | null;
  paying_customers: PeriodValue | null;
  signups_and_subscriptions: SignupsAndSubscriptionsTile | null;
  new_signups: NewSignupsTile | null;
  cumulative_signups: CumulativeSignupsTile | null;
  signup_conversion: FunnelTile | null;
  free_to_paid: FunnelTile | null;
  lifecycle: LifecycleTile;
  sessions: SessionsTile;
}

export type TileId = keyof DashboardTiles;

export interface DashboardOutput {
  range: { from: string; to: string; timezone: string };
  actor: DashboardActor;
  tiles: DashboardTiles;
  /** For each null tile, the unconfigured roles it needs; `{}` when nothing is missing. */
  missing_roles: Partial<Record<TileId, RoleName[]>>;
}
