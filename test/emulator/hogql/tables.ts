// The four PostHog tables the emulator answers for, with HogQL's column names and ClickHouse types
// (posthog/hogql/database/schema/{events,persons,person_distinct_ids,groups}.py; reference A4).
import type { DemoEvent, DemoGroup, DemoPerson } from '../../demo-data/types.ts';
import type { Timezone } from '../timezone.ts';
import { HogQLQueryError } from './errors.ts';
import { INT8, NULLABLE_STRING, STRING, UINT8, UUID, UINT64, dateTime, type HogType, type Value } from './types.ts';

export interface Column {
  type: HogType;
  read: (row: unknown) => Value;
  /** events.timestamp: the column the data is sorted by, so bounds on it become a binary search. */
  isEventTimestamp?: boolean;
  isEventUuid?: boolean;
}

export interface Table {
  name: string;
  rows: readonly unknown[];
  /** The column a field chain names (the table name or alias already stripped), or undefined. */
  column(chain: readonly string[]): Column | undefined;
}

/** What a query runs over: the project's data at the moment of the query. */
export interface QueryData {
  projectId: number;
  timezone: Timezone;
  /** Sorted by (timestamp, uuid). */
  events: readonly DemoEvent[];
  persons: readonly DemoPerson[];
  personsById: ReadonlyMap<string, DemoPerson>;
  groups: readonly DemoGroup[];
  nowMicros: number;
}

export const TABLE_NAMES = ['events', 'persons', 'person_distinct_ids', 'groups'] as const;

function column<Row>(type: HogType, read: (row: Row) => Value, extra: Partial<Column> = {}): Column {
  return { type, read: read as (row: unknown) => Value, ...extra };
}

/**
 * `properties.$foo.bar` as HogQL returns it: the string itself, other JSON as its text, null when missing or
 * JSON null (HogQL: nullIf(nullIf(JSONExtractRaw(…), ''), 'null') with the outer quotes stripped).
 */
export function propertyText(properties: unknown, path: readonly string[]): string | null {
  let value = properties;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return null;
    value = Array.isArray(value) ? value[Number(key)] : (value as Record<string, unknown>)[key];
    if (value === undefined) return null;
  }
  if (value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function propertiesColumns<Row>(chain: readonly string[], properties: (row: Row) => unknown): Column | undefined {
  if (chain[0] !== 'properties') return undefined;
  if (chain.length === 1) return column<Row>(STRING, (row) => JSON.stringify(properties(row) ?? {}));
  const path = chain.slice(1);
  return column<Row>(NULLABLE_STRING, (row) => propertyText(properties(row), path));
}

function eventsTable(data: QueryData): Table {
  const tz = data.timezone.name;
  const person = (event: DemoEvent) => (event.person_id === null ? undefined : data.personsById.get(event.person_id));
  const simple: Record<string, Column> = {
    uuid: column<DemoEvent>(UUID, (e) => e.uuid, { isEventUuid: true }),
    event: column<DemoEvent>(STRING, (e) => e.event),
    timestamp: column<DemoEvent>(dateTime(6, tz), (e) => e.timestamp * 1000, { isEventTimestamp: true }),
    // The emulator has no ingestion time; the event time stands in for it.
    created_at: column<DemoEvent>(dateTime(6, tz), (e) => e.timestamp * 1000),
    distinct_id: column<DemoEvent>(STRING, (e) => e.distinct_id),
    person_id: column<DemoEvent>(UUID, (e) => e.person_id),
    elements_chain: column<DemoEvent>(STRING, (e) => e.elements_chain),
    $session_id: column<DemoEvent>(STRING, (e) => e.$session_id),
    $window_id: column<DemoEvent>(STRING, (e) => propertyText(e.properties, ['$window_id']) ?? ''),
    $group_0: column<DemoEvent>(STRING, (e) => e.$group_0),
    $group_1: column<DemoEvent>(STRING, (e) => e.$group_1),
    $group_2: column<DemoEvent>(STRING, (e) => e.$group_2),
    $group_3: column<DemoEvent>(STRING, (e) => e.$group_3),
    $group_4: column<DemoEvent>(STRING, (e) => e.$group_4),
    team_id: column<DemoEvent>(UINT64, () => data.projectId),
  };
  return {
    name: 'events',
    rows: data.events,
    column(chain) {
      if (chain.length === 1 && chain[0] !== undefined && Object.hasOwn(simple, chain[0])) return simple[chain[0]];
      const properties = propertiesColumns<DemoEvent>(chain, (e) => e.properties);
      if (properties) return properties;
      if (chain[0] !== 'person' || chain.length < 2) return undefined;
      // The lazy join to persons through person_id (reference A4: person.properties.*, person.created_at).
      const rest = chain.slice(1);
      if (rest.length === 1 && rest[0] === 'id') return column<DemoEvent>(UUID, (e) => person(e)?.id ?? null);
      if (rest.length === 1 && rest[0] === 'created_at') {
        return column<DemoEvent>(dateTime(3, tz), (e) => {
          const found = person(e);
          return found ? found.created_at * 1000 : null;
        });
      }
      return propertiesColumns<DemoEvent>(rest, (e) => person(e)?.properties);
    },
  };
}

function personsTable(data: QueryData): Table {
  const tz = data.timezone.name;
  const simple: Record<string, Column> = {
    id: column<DemoPerson>(UUID, (p) => p.id),
    created_at: column<DemoPerson>(dateTime(3, tz), (p) => p.created_at * 1000),
    // ClickHouse stores it as Int8, so it comes back as 0 or 1.
    is_identified: column<DemoPerson>(INT8, (p) => (p.is_identified ? 1 : 0)),
    team_id: column<DemoPerson>(UINT64, () => data.projectId),
  };
  return {
    name: 'persons',
    rows: data.persons,
    column: (chain) =>
      chain.length === 1 && chain[0] !== undefined && Object.hasOwn(simple, chain[0])
        ? simple[chain[0]]
        : propertiesColumns<DemoPerson>(chain, (p) => p.properties),
  };
}

interface DistinctIdRow {
  distinct_id: string;
  person_id: string;
}

function personDistinctIdsTable(data: QueryData): Table {
  const rows: DistinctIdRow[] = data.persons.flatMap((p) => p.distinct_ids.map((distinct_id) => ({ distinct_id, person_id: p.id })));
  const columns: Record<string, Column> = {
    distinct_id: column<DistinctIdRow>(STRING, (r) => r.distinct_id),
    person_id: column<DistinctIdRow>(UUID, (r) => r.person_id),
    team_id: column<DistinctIdRow>(UINT64, () => data.projectId),
  };
  return { name: 'person_distinct_ids', rows, column: (chain) => (chain.length === 1 && chain[0] !== undefined ? columns[chain[0]] : undefined) };
}

function groupsTable(data: QueryData): Table {
  const simple: Record<string, Column> = {
    index: column<DemoGroup>(UINT8, (g) => g.group_type_index),
    key: column<DemoGroup>(STRING, (g) => g.group_key),
    created_at: column<DemoGroup>(dateTime(6, data.timezone.name), (g) => g.created_at * 1000),
    team_id: column<DemoGroup>(UINT64, () => data.projectId),
  };
  return {
    name: 'groups',
    rows: data.groups,
    column: (chain) =>
      chain.length === 1 && chain[0] !== undefined && Object.hasOwn(simple, chain[0])
        ? simple[chain[0]]
        : propertiesColumns<DemoGroup>(chain, (g) => g.group_properties),
  };
}

/** `SELECT 1` with no FROM reads one row with no columns, as ClickHouse's system.one. */
const NO_TABLE: Table = { name: '', rows: [{}], column: () => undefined };

export function resolveTable(name: string | undefined, data: QueryData): Table {
  switch (name) {
    case undefined:
      return NO_TABLE;
    case 'events':
      return eventsTable(data);
    case 'persons':
      return personsTable(data);
    case 'person_distinct_ids':
      return personDistinctIdsTable(data);
    case 'groups':
      return groupsTable(data);
    default:
      // posthog/hogql/database/database.py Database.get_table.
      throw new HogQLQueryError(`Unknown table "${name}".`);
  }
}
