// The role configuration (DESIGN §4): which events play each role, plus the project settings every computation
// needs. Matchers keep PostHog's shapes so that PostHog's own customer_analytics_config and actions import as
// they are; an action's steps are carried inline so that a config file stands alone (the CLI needs no API).
import type { RoleName } from '../engine/prepared-data';

/** The operators we evaluate (DESIGN §5). gte/lte are PostHog's, accepted because they are as simple as gt/lt. */
export const EVALUATED_OPERATORS = ['exact', 'is_not', 'icontains', 'not_icontains', 'regex', 'not_regex', 'gt', 'lt', 'gte', 'lte', 'is_set', 'is_not_set'] as const;

/**
 * PostHog operators a config may hold (an imported action may use them) but that we cannot evaluate: the matcher
 * holding one is reported and treated as matching nothing.
 */
export const OTHER_POSTHOG_OPERATORS = [
  'is_date_exact', 'is_date_before', 'is_date_after', 'between', 'not_between', 'min', 'max', 'in', 'not_in',
  'is_cleaned_path_exact', 'flag_evaluates_to', 'icontains_multi', 'not_icontains_multi',
  'semver_eq', 'semver_neq', 'semver_gt', 'semver_gte', 'semver_lt', 'semver_lte', 'semver_tilde', 'semver_caret', 'semver_wildcard',
] as const;

export type EvaluatedOperator = (typeof EVALUATED_OPERATORS)[number];
export type PropertyOperator = EvaluatedOperator | (typeof OTHER_POSTHOG_OPERATORS)[number];

/** Filter types we evaluate: the event's own properties, and its person's. */
export const EVALUATED_FILTER_TYPES = ['event', 'person'] as const;

/** PostHog filter types a config may hold but that we cannot evaluate offline (reported, never dropped). */
export const OTHER_POSTHOG_FILTER_TYPES = [
  'element', 'cohort', 'static-cohort', 'precalculated-cohort', 'group', 'session', 'hogql', 'behavioral', 'recording',
  'feature', 'flag', 'data_warehouse', 'data_warehouse_person_property', 'error_tracking_issue', 'log_entry',
  'revenue_analytics', 'event_metadata', 'log', 'workflow_variable',
] as const;

export type PropertyFilterType = (typeof EVALUATED_FILTER_TYPES)[number] | (typeof OTHER_POSTHOG_FILTER_TYPES)[number];

/** A scalar a filter compares with; a list means any of (positive operators) or none of (negative ones). */
export type FilterScalar = string | number | boolean;
export type FilterValue = FilterScalar | FilterScalar[];

export interface PropertyFilter {
  key: string;
  /** Absent for is_set / is_not_set (whatever PostHog stored there is ignored). */
  value?: FilterValue;
  operator: PropertyOperator;
  type: PropertyFilterType;
}

export type UrlMatching = 'contains' | 'regex' | 'exact';

/** An action step as PostHog returns it: every set field must match; null means not set. */
export interface ActionStep {
  /** null = any event. */
  event: string | null;
  url: string | null;
  /** How `url` is compared with `$current_url`; PostHog's default is contains. */
  url_matching: UrlMatching;
  properties: PropertyFilter[];
  /** Element fields: PostHog applies them to `$autocapture` steps only. */
  text: string | null;
  /** null = exact (PostHog's default). */
  text_matching: UrlMatching | null;
  href: string | null;
  href_matching: UrlMatching | null;
  tag_name: string | null;
  selector: string | null;
}

export interface EventsNode {
  kind: 'EventsNode';
  /** null = any event. Case-sensitive. */
  event: string | null;
  name?: string;
  properties: PropertyFilter[];
}

export interface ActionsNode {
  kind: 'ActionsNode';
  id: number;
  name?: string;
  /** The action's steps, ORed. */
  steps: ActionStep[];
  /** Extra filters on top of the action (a series may carry them), ANDed with it. */
  properties: PropertyFilter[];
}

export type Matcher = EventsNode | ActionsNode;

export type BusinessMode = { type: 'b2c' } | { type: 'b2b'; groupTypeIndex: number; groupType?: string };

export type WeekStart = 'sunday' | 'monday';

export interface RoleConfig {
  version: 1;
  /** Every role, each a list of matchers (OR); activity is never empty (it defaults to $pageview). */
  roles: Record<RoleName, Matcher[]>;
  business: BusinessMode;
  filterTestAccounts: boolean;
  testAccountFilters: PropertyFilter[];
  /** IANA name. */
  timezone: string;
  weekStart: WeekStart;
}
