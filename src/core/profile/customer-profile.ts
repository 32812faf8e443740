// What clicking a customer opens (DESIGN §5, PostHog's profile panels): who it is, its milestones and usage, its
// whole activity history by session, its errors and its support tickets. Plain data: every name and property
// value is a string as stored, for the UI to render as text.
import type { RoleName } from '../engine/prepared-data';
import type { ActivityHistoryPage } from './activity-history';
import type { ErrorGroup } from './error-groups';
import type { CustomerIdentity } from './identity';
import type { Milestones } from './milestones';
import type { SupportTicket } from './support-tickets';
import type { UsageWindow } from './usage-windows';

export interface UsageSummary {
  /** The instant the windows end at, ISO UTC; null when there is none (no `now` and no stored event). */
  as_of: string | null;
  /** 7, 30 and 90 days. */
  windows: UsageWindow[];
}

export interface CustomerProfile extends CustomerIdentity {
  /** The earlier of the record's created_at and the first stored event (DESIGN §5's first seen); ISO UTC. */
  first_seen: string | null;
  /** The last stored event of any kind. */
  last_seen: string | null;
  /** Stored events of this actor, all kinds. */
  event_count: number;
  /** The roles this profile reads that are not configured: their sections are null, not zero. */
  missing_roles: RoleName[];
  milestones: Milestones;
  /** null when the activity role is not configured. */
  usage: UsageSummary | null;
  history: ActivityHistoryPage;
  errors: ErrorGroup[];
  /** null when the support_ticket role is not configured. */
  tickets: SupportTicket[] | null;
}

/** The roles a profile reads, in the order `missing_roles` lists them. */
export const PROFILE_ROLES: readonly RoleName[] = ['activity', 'signup', 'subscription', 'payment', 'support_ticket'];
