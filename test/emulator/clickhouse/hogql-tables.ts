// The HogQL tables the emulator answers for and the ClickHouse tables behind them, named as PostHog names
// them (posthog/hogql/database/schema/events.py, persons.py, person_distinct_ids.py, groups.py):
// - `events` is a real table, printed as `events`;
// - `persons`, `person_distinct_ids` and `groups` are lazy tables: PostHog prints each as a subquery over the
//   versioned raw table (`person`, `person_distinct_id2`, `groups`) that keeps the latest version of a row
//   (argMax by version) and drops deleted ones. lazy-tables.ts prints those subqueries.

export type FieldKind = 'string' | 'uuid' | 'datetime' | 'integer' | 'json';

export interface FieldDef {
  /** The column in the raw ClickHouse table. */
  column: string;
  kind: FieldKind;
}

export const HOGQL_TABLE_NAMES = ['events', 'persons', 'person_distinct_ids', 'groups'] as const;
export type HogQLTableName = (typeof HOGQL_TABLE_NAMES)[number];

export interface HogQLTable {
  name: HogQLTableName;
  /** The raw ClickHouse table. */
  raw: string;
  fields: Record<string, FieldDef>;
  lazy: boolean;
}

const f = (column: string, kind: FieldKind): FieldDef => ({ column, kind });

export const TABLES: Record<HogQLTableName, HogQLTable> = {
  events: {
    name: 'events',
    raw: 'events',
    lazy: false,
    fields: {
      uuid: f('uuid', 'uuid'),
      event: f('event', 'string'),
      properties: f('properties', 'json'),
      timestamp: f('timestamp', 'datetime'),
      created_at: f('created_at', 'datetime'),
      distinct_id: f('distinct_id', 'string'),
      person_id: f('person_id', 'uuid'),
      elements_chain: f('elements_chain', 'string'),
      $session_id: f('$session_id', 'string'),
      $window_id: f('$window_id', 'string'),
      $group_0: f('$group_0', 'string'),
      $group_1: f('$group_1', 'string'),
      $group_2: f('$group_2', 'string'),
      $group_3: f('$group_3', 'string'),
      $group_4: f('$group_4', 'string'),
      team_id: f('team_id', 'integer'),
    },
  },
  persons: {
    name: 'persons',
    raw: 'person',
    lazy: true,
    fields: {
      id: f('id', 'uuid'),
      created_at: f('created_at', 'datetime'),
      team_id: f('team_id', 'integer'),
      properties: f('properties', 'json'),
      is_identified: f('is_identified', 'integer'),
    },
  },
  person_distinct_ids: {
    name: 'person_distinct_ids',
    raw: 'person_distinct_id2',
    lazy: true,
    fields: {
      distinct_id: f('distinct_id', 'string'),
      person_id: f('person_id', 'uuid'),
      team_id: f('team_id', 'integer'),
    },
  },
  groups: {
    name: 'groups',
    raw: 'groups',
    lazy: true,
    fields: {
      index: f('group_type_index', 'integer'),
      key: f('group_key', 'string'),
      created_at: f('created_at', 'datetime'),
      updated_at: f('_timestamp', 'datetime'),
      team_id: f('team_id', 'integer'),
      properties: f('group_properties', 'json'),
    },
  },
};

export function isTableName(name: string): name is HogQLTableName {
  return (HOGQL_TABLE_NAMES as readonly string[]).includes(name);
}
