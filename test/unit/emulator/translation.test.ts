// The HogQL shapes the sync client sends, the ClickHouse SQL the emulator prints for each (PostHog's printer's
// way), and what they return.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printSelect } from '../../emulator/clickhouse/select.ts';
import { parseSelect } from '../../emulator/hogql/parser.ts';
import { replacePlaceholders } from '../../emulator/hogql/placeholders.ts';
import type { Emulator } from '../../emulator/server.ts';
import { DST_DAY_START, PERSON_A, PERSON_B, compareUuids, makeDataset, queryRows, startTestEmulator } from './fixtures.ts';

const TZ = "'Europe/Berlin'";
const SETTINGS =
  'SETTINGS readonly=2, max_execution_time=10, allow_experimental_object_type=1, format_csv_allow_double_quotes=0, max_ast_elements=4000000, ' +
  'max_expanded_ast_elements=4000000, max_bytes_before_external_group_by=0, transform_null_in=1, optimize_min_equality_disjunction_chain_length=4294967295, ' +
  'allow_experimental_join_condition=1, max_threads=60';

const print = (hogql: string, values: Record<string, unknown> = {}, limit = 100) =>
  printSelect(replacePlaceholders(parseSelect(hogql), values), limit, { teamId: 1, timezone: 'Europe/Berlin' }).sql;

const EVENT_PAGE =
  'SELECT uuid, event, timestamp, distinct_id, person_id, `$session_id`, `$group_0`, elements_chain, properties, ' +
  "JSONExtractRaw(properties, '$browser') AS `$browser`, JSONExtractRaw(properties, 'plan') AS plan " +
  'FROM events WHERE timestamp >= toDateTime({window_from}) AND timestamp < toDateTime({window_to}) AND created_at >= toDateTime({ingested_since}) ' +
  'AND (timestamp > toDateTime({cursor_ts}) OR (timestamp = toDateTime({cursor_ts}) AND uuid > {cursor_uuid})) ORDER BY timestamp ASC, uuid ASC LIMIT 50000';

describe('HogQL → ClickHouse SQL, as PostHog prints it', () => {
  it('prints the event page: qualified columns, timestamps in the project timezone, toDateTime → parseDateTime64BestEffort, a team guard', () => {
    const values = { window_from: '2026-03-28T00:00:00.000Z', window_to: '2026-03-30T00:00:00.000Z', ingested_since: '2026-01-01T00:00:00.000Z', cursor_ts: '2026-03-29T00:00:00.123000+01:00', cursor_uuid: "x' OR 1=1" };
    const at = (text: string) => `parseDateTime64BestEffort('${text}', 6, ${TZ})`;
    const ts = `toTimeZone(events.timestamp, ${TZ})`;
    expect(print(EVENT_PAGE, values, 50_000)).toBe(
      `SELECT events.uuid AS uuid, events.event AS event, ${ts} AS timestamp, events.distinct_id AS distinct_id, events.person_id AS person_id, ` +
        'events.$session_id AS $session_id, events.$group_0 AS $group_0, events.elements_chain AS elements_chain, events.properties AS properties, ' +
        "JSONExtractRaw(events.properties, '$browser') AS $browser, JSONExtractRaw(events.properties, 'plan') AS plan FROM events " +
        `WHERE and(equals(events.team_id, 1), greaterOrEquals(${ts}, ${at('2026-03-28T00:00:00.000Z')}), less(${ts}, ${at('2026-03-30T00:00:00.000Z')}), ` +
        `ifNull(greaterOrEquals(toTimeZone(events.created_at, ${TZ}), ${at('2026-01-01T00:00:00.000Z')}), 0), ` +
        `or(greater(${ts}, ${at('2026-03-29T00:00:00.123000+01:00')}), and(equals(${ts}, ${at('2026-03-29T00:00:00.123000+01:00')}), greater(events.uuid, 'x\\' OR 1=1')))) ` +
        `ORDER BY ${ts} ASC, events.uuid ASC LIMIT 50000`,
    );
  });

  it('prints the count, properties by form, IN lists as arrays, and naive datetime strings with toDateTime', () => {
    expect(print('SELECT count() FROM events WHERE timestamp >= toDateTime({from}) AND timestamp < toDateTime({to})', { from: '2026-03-29 00:00:00', to: '2026-03-30' })).toBe(
      `SELECT count() FROM events WHERE and(equals(events.team_id, 1), greaterOrEquals(toTimeZone(events.timestamp, ${TZ}), toDateTime('2026-03-29 00:00:00', ${TZ})), ` +
        `less(toTimeZone(events.timestamp, ${TZ}), toDateTime('2026-03-30', ${TZ}))) LIMIT 100`,
    );
    expect(print("SELECT properties['$browser'] FROM events WHERE properties.$browser = 'Chrome' AND event IN {events}", { events: ['a', 'b'] })).toBe(
      `SELECT replaceRegexpAll(nullIf(nullIf(JSONExtractRaw(events.properties, '$browser'), ''), 'null'), '^"|"$', '') FROM events WHERE and(equals(events.team_id, 1), ` +
        `ifNull(equals(replaceRegexpAll(nullIf(nullIf(JSONExtractRaw(events.properties, '$browser'), ''), 'null'), '^"|"$', ''), 'Chrome'), 0), in(events.event, ['a', 'b'])) LIMIT 100`,
    );
  });

  it('prints person_distinct_ids and groups as argMax-by-version subqueries that drop deleted rows', () => {
    expect(print('SELECT distinct_id, person_id FROM person_distinct_ids WHERE distinct_id IN {distinct_ids}', { distinct_ids: ['a', 'b'] })).toBe(
      'SELECT person_distinct_ids.distinct_id AS distinct_id, person_distinct_ids.person_id AS person_id FROM (SELECT argMax(person_distinct_id2.person_id, person_distinct_id2.version) AS person_id, ' +
        'person_distinct_id2.distinct_id AS distinct_id FROM person_distinct_id2 WHERE equals(person_distinct_id2.team_id, 1) GROUP BY person_distinct_id2.distinct_id ' +
        'HAVING equals(argMax(person_distinct_id2.is_deleted, person_distinct_id2.version), 0) SETTINGS optimize_aggregation_in_order=1) AS person_distinct_ids ' +
        "WHERE in(person_distinct_ids.distinct_id, ['a', 'b']) LIMIT 100",
    );
    expect(print('SELECT index, key, created_at, properties FROM groups WHERE index = {index} AND key IN {keys}', { index: 0, keys: ['acme'] })).toBe(
      `SELECT groups.index AS index, groups.key AS key, groups.created_at AS created_at, groups.properties AS properties FROM (SELECT argMax(toTimeZone(groups.created_at, ${TZ}), toTimeZone(groups._timestamp, ${TZ})) AS created_at, ` +
        `argMax(groups.group_properties, toTimeZone(groups._timestamp, ${TZ})) AS properties, groups.group_type_index AS index, groups.group_key AS key FROM groups ` +
        'WHERE equals(groups.team_id, 1) GROUP BY groups.group_type_index, groups.group_key SETTINGS optimize_aggregation_in_order=1) AS groups ' +
        "WHERE and(equals(groups.index, 0), in(groups.key, ['acme'])) LIMIT 100",
    );
  });

  it('pushes conditions on persons into the subquery (where_optimization), and ORDER BY / LIMIT when there are none', () => {
    const having = `HAVING and(equals(argMax(person.is_deleted, person.version), 0), less(argMax(toTimeZone(person.created_at, ${TZ}), person.version), plus(now64(6, ${TZ}), toIntervalDay(1))))`;
    expect(print('SELECT id, created_at, properties FROM persons WHERE id IN {ids}', { ids: [PERSON_A] })).toBe(
      'SELECT persons.id AS id, persons.created_at AS created_at, persons.properties AS properties FROM (SELECT ' +
        `argMax(toTimeZone(person.created_at, ${TZ}), person.version) AS created_at, argMax(person.properties, person.version) AS properties, person.id AS id FROM person ` +
        'WHERE and(equals(person.team_id, 1), in(id, (SELECT where_optimization.id AS id FROM person AS where_optimization ' +
        `WHERE and(equals(where_optimization.team_id, 1), in(where_optimization.id, ['${PERSON_A}']))))) GROUP BY person.id ${having}) AS persons ` +
        `WHERE in(persons.id, ['${PERSON_A}']) LIMIT 100`,
    );
    expect(print('SELECT id, properties FROM persons ORDER BY id ASC', {}, 101)).toBe(
      'SELECT persons.id AS id, persons.properties AS properties FROM (SELECT person.id AS id, person.properties AS properties FROM person ' +
        'WHERE and(equals(person.team_id, 1), in(tuple(person.id, person.version), (SELECT person.id AS id, max(person.version) AS version FROM person ' +
        `WHERE equals(person.team_id, 1) GROUP BY person.id ${having} ORDER BY argMax(person.id, person.version) ASC LIMIT 102))) SETTINGS optimize_aggregation_in_order=1) AS persons ` +
        'ORDER BY persons.id ASC LIMIT 101',
    );
  });
});

describe('the client shapes on ClickHouse', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.close());

  it('answers the event page with the SQL it ran, kept properties as raw JSON, in ClickHouse (timestamp, uuid) order', async () => {
    const events = makeDataset().events;
    const values = { window_from: new Date(DST_DAY_START).toISOString(), window_to: new Date(DST_DAY_START + 86_400_000).toISOString(), ingested_since: '2000-01-01T00:00:00Z', cursor_ts: '2026-03-29T00:00:00.123000+01:00', cursor_uuid: events[0]!.uuid };
    const body = await queryRows(emulator, EVENT_PAGE, values);
    expect(body.clickhouse).toBe(`${print(EVENT_PAGE, values, 50_000)} ${SETTINGS}`);
    expect(body.results.map((row) => row[0])).toEqual(events.slice(1).map((event) => event.uuid));
    expect(body.types.slice(-2)).toEqual([['$browser', 'String'], ['plan', 'String']]);
    const first = body.results[0]!;
    expect(first.slice(-2)).toEqual([`"${events[1]!.properties.$browser}"`, '{"tier":"pro","seats":3}']);
    expect([body.hasMore, body.limit, body.offset]).toEqual([null, null, null]);
    // Ties on a timestamp come in ClickHouse's UUID order.
    const tie = events.slice(0, 3).map((event) => event.uuid);
    expect([...tie].sort(compareUuids)).toEqual(tie);
  });

  it('answers the pdi, persons and groups look-ups by IN list', async () => {
    const links = await queryRows(emulator, 'SELECT distinct_id, person_id FROM person_distinct_ids WHERE distinct_id IN {distinct_ids} ORDER BY distinct_id', { distinct_ids: ['user-a', 'user-b', 'nobody'] });
    expect(links.results).toEqual([['user-a', PERSON_A], ['user-b', PERSON_B]]);
    const persons = await queryRows(emulator, 'SELECT id, created_at, properties FROM persons WHERE id IN {ids}', { ids: [PERSON_B] });
    expect(persons.results).toEqual([[PERSON_B, '2026-03-29T00:00:00+01:00', '{"email":"bob@example.com"}']]);
    expect(persons.types).toEqual([['id', 'UUID'], ['created_at', "DateTime64(3, 'Europe/Berlin')"], ['properties', 'String']]);
    const groups = await queryRows(emulator, 'SELECT index, key, created_at, properties FROM groups WHERE index = {index} AND key IN {keys}', { index: 0, keys: ['globex'] });
    expect(groups.results).toEqual([[0, 'globex', '2026-03-29T00:01:00+01:00', '{"name":"Globex"}']]);
  });
});
