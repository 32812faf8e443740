// The ClickHouse tables behind the HogQL tables, with PostHog's column names, types and sort keys
// (posthog/models/event/sql.py, person/sql.py, group/sql.py). Plain MergeTree rather than the Replacing /
// Collapsing engines: every version of a person row stays, as it does until a merge in PostHog, and HogQL's
// argMax-by-version subqueries pick the latest. The index granularity is small so that, on the emulator's
// small tables, a WHERE on the sort key really lets ClickHouse skip rows (what the slow-table budget measures).
// Events are partitioned by day, not by month as in PostHog: this ClickHouse does not carry a condition on
// toTimeZone(timestamp, tz) over to the toDate(timestamp) of the sort key, but its per-part min-max index on
// timestamp does see through it, so daily parts give a time window the row skipping PostHog's sort key gives.
import { escapeIdentifier, escapeString } from './escape.ts';
import { GROUP_COLUMN, materializedColumn, materializedKeys, usesGroup, type PropertyForms } from './property-forms.ts';

export const EVENTS_GRANULARITY = 64;
export const ACTORS_GRANULARITY = 8;

export function createTables(database: string, forms: PropertyForms | undefined): string[] {
  const db = escapeIdentifier(database);
  const materialized = materializedKeys(forms).map(
    (key) => `, ${escapeIdentifier(materializedColumn(key))} Nullable(String) MATERIALIZED JSONExtract(properties, ${escapeString(key)}, 'Nullable(String)')`,
  );
  // The map costs a JSON parse of every event at load: only made when a key is read through it.
  const group = usesGroup(forms) ? `, ${GROUP_COLUMN} Map(String, String) MATERIALIZED CAST(JSONExtractKeysAndValues(properties, 'String'), 'Map(String, String)')` : '';
  return [
    `CREATE TABLE ${db}.events (
      uuid UUID, event String, properties String, timestamp DateTime64(6, 'UTC'), team_id Int64, distinct_id String,
      elements_chain String, created_at DateTime64(6, 'UTC'), person_id UUID,
      \`$session_id\` String, \`$window_id\` String,
      \`$group_0\` String, \`$group_1\` String, \`$group_2\` String, \`$group_3\` String, \`$group_4\` String
      ${materialized.join('')}${group}
    ) ENGINE = MergeTree PARTITION BY toYYYYMMDD(timestamp)
      ORDER BY (team_id, toDate(timestamp), event, cityHash64(distinct_id), cityHash64(uuid))
      SETTINGS index_granularity = ${EVENTS_GRANULARITY}`,
    `CREATE TABLE ${db}.person (
      id UUID, created_at DateTime64(3, 'UTC'), team_id Int64, properties String, is_identified Int8, is_deleted Int8, version UInt64
    ) ENGINE = MergeTree ORDER BY (team_id, id) SETTINGS index_granularity = ${ACTORS_GRANULARITY}`,
    `CREATE TABLE ${db}.person_distinct_id2 (
      team_id Int64, distinct_id String, person_id UUID, is_deleted Int8, version Int64
    ) ENGINE = MergeTree ORDER BY (team_id, distinct_id) SETTINGS index_granularity = ${ACTORS_GRANULARITY}`,
    `CREATE TABLE ${db}.groups (
      group_type_index UInt8, group_key String, created_at DateTime64(6, 'UTC'), team_id Int64, group_properties String, _timestamp DateTime
    ) ENGINE = MergeTree ORDER BY (team_id, group_type_index, group_key) SETTINGS index_granularity = ${ACTORS_GRANULARITY}`,
  ];
}
