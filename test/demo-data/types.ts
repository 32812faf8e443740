// The shape of a PostHog project's data as the emulator serves it and the generator produces it.
// Times are epoch milliseconds (UTC); the emulator formats them in the project's timezone on the way out,
// as PostHog does.

/** A PostHog property filter (the shape of `test_account_filters` entries and action-step properties). */
export interface PropertyFilter {
  key: string;
  value?: unknown;
  operator: string;
  type: 'event' | 'person' | 'group' | 'element' | 'cohort';
  group_type_index?: number;
}

export interface ActionStep {
  event: string | null;
  url?: string | null;
  url_matching?: 'contains' | 'regex' | 'exact' | null;
  properties?: PropertyFilter[] | null;
  selector?: string | null;
  tag_name?: string | null;
  text?: string | null;
  text_matching?: 'contains' | 'regex' | 'exact' | null;
  href?: string | null;
  href_matching?: 'contains' | 'regex' | 'exact' | null;
}

export interface DemoAction {
  id: number;
  name: string;
  description: string;
  steps: ActionStep[];
  created_at: number;
}

export interface DemoGroupType {
  group_type: string;
  group_type_index: number;
  name_singular: string | null;
  name_plural: string | null;
}

/** Team-level config in PostHog's stored shape: each role an EventsNode/ActionsNode, or `{}` when unset. */
export type CustomerAnalyticsConfig = Record<string, unknown>;

export interface DemoProject {
  id: number;
  uuid: string;
  name: string;
  /** IANA name; the demo uses one that is not UTC and has DST. */
  timezone: string;
  api_token: string;
  organization: string;
  test_account_filters: PropertyFilter[];
  customer_analytics_config: CustomerAnalyticsConfig;
  actions: DemoAction[];
  group_types: DemoGroupType[];
  created_at: number;
}

export interface DemoEvent {
  uuid: string;
  event: string;
  /** Epoch ms, UTC: the client's time. */
  timestamp: number;
  /**
   * Epoch ms when PostHog ingested it (`events.created_at`); missing means at `timestamp`. A late event
   * (mobile queue, batch import) has a `created_at` well after its `timestamp`.
   */
  created_at?: number;
  distinct_id: string;
  /**
   * The person's id (UUID). PostHog never leaves it null: a personless event carries
   * uuidv5(PERSON_UUIDV5_NAMESPACE, `${team_id}:${distinct_id}`), which matches no persons row. Null is still
   * accepted from older data sets and files.
   */
  person_id: string | null;
  properties: Record<string, unknown>;
  elements_chain: string;
  /** Mirrors properties.$session_id; '' when none, as PostHog's column. */
  $session_id: string;
  $group_0: string;
  $group_1: string;
  $group_2: string;
  $group_3: string;
  $group_4: string;
}

export interface DemoPerson {
  id: string;
  uuid: string;
  distinct_ids: string[];
  properties: Record<string, unknown>;
  is_identified: boolean;
  created_at: number;
}

export interface DemoGroup {
  group_type_index: number;
  group_key: string;
  group_properties: Record<string, unknown>;
  created_at: number;
}

export interface DemoDataset {
  project: DemoProject;
  /** Sorted by (timestamp, uuid) ascending. */
  events: DemoEvent[];
  persons: DemoPerson[];
  groups: DemoGroup[];
}

/** Input of `generateDemoData` (test/demo-data/generate.ts). Same options, same output: fully deterministic. */
export interface GenerateOptions {
  /** Seed of the pseudo-random generator. */
  seed: number;
  /** Approximate number of events wanted (the result is within a few percent). */
  events: number;
  /** Days of history, ending at `end`. Default 180. */
  days?: number;
  /** Epoch ms of the end of the data (exclusive). Default: a fixed date, so tests are stable; `npm start` passes now. */
  end?: number;
}
