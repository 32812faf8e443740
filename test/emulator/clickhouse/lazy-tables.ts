// The subqueries PostHog prints for its lazy tables (posthog/hogql/database/argmax.py, schema/persons.py,
// person_distinct_ids.py, groups.py): the latest version of every row of the raw, versioned table, deleted rows
// dropped, with only the fields the query asks for:
//   SELECT argMax(person.properties, person.version) AS properties, …, person.id AS id FROM person
//   WHERE equals(person.team_id, N) GROUP BY person.id
//   HAVING and(equals(argMax(person.is_deleted, person.version), 0), less(argMax(toTimeZone(person.created_at, tz),
//   person.version), plus(now64(6, tz), toIntervalDay(1)))) SETTINGS optimize_aggregation_in_order=1
// Querying `persons` directly, PostHog pushes the WHERE into the subquery (its WhereClauseExtractor):
// `… WHERE and(equals(person.team_id, N), in(id, (SELECT where_optimization.id AS id FROM person AS
// where_optimization WHERE <the conditions on the raw rows>)))`, so ClickHouse reads only the matching ids' rows.
// Without such a WHERE, a query reading person properties gets the "v2" form: the rows whose (id, version) is
// the latest, with the outer ORDER BY and LIMIT (+1) pushed into the inner aggregation.
import { escapeIdentifier, escapeString } from './escape.ts';
import type { HogQLTable } from './hogql-tables.ts';
import { jsonExtract } from './property-forms.ts';

export type Requested = { kind: 'field'; name: string } | { kind: 'property'; chain: string[] };

/** The subquery column a requested field becomes: the field's name, or `properties___a___b` for a property. */
export function requestedName(request: Requested): string {
  return request.kind === 'field' ? request.name : `properties___${request.chain.join('___')}`;
}

interface Versioning {
  keys: string[];
  /** argMax's second argument. */
  version: (qualifier: string) => string;
  having?: (qualifier: string) => string;
}

function versioning(table: HogQLTable, tz: string): Versioning {
  switch (table.name) {
    case 'persons':
      return {
        keys: ['id'],
        version: (q) => `${q}.version`,
        having: (q) =>
          `and(equals(argMax(${q}.is_deleted, ${q}.version), 0), less(argMax(toTimeZone(${q}.created_at, ${tz}), ${q}.version), plus(now64(6, ${tz}), toIntervalDay(1))))`,
      };
    case 'person_distinct_ids':
      return { keys: ['distinct_id'], version: (q) => `${q}.version`, having: (q) => `equals(argMax(${q}.is_deleted, ${q}.version), 0)` };
    default:
      return { keys: ['index', 'key'], version: (q) => `toTimeZone(${q}._timestamp, ${tz})` };
  }
}

/** A field of the lazy table read from the raw table's row (qualifier: the raw table or its alias). */
export function rawField(table: HogQLTable, qualifier: string, request: Requested, tz: string): string {
  if (request.kind === 'property') return jsonExtract(`${qualifier}.${table.fields.properties?.column ?? 'properties'}`, request.chain);
  const field = table.fields[request.name];
  if (!field) throw new Error(`no field ${request.name} on ${table.name}`);
  const column = `${qualifier}.${escapeIdentifier(field.column)}`;
  return field.kind === 'datetime' ? `toTimeZone(${column}, ${tz})` : column;
}

export interface LazySelect {
  table: HogQLTable;
  requested: Requested[];
  teamId: number;
  timezone: string;
  /** How the raw table is named in FROM (database-qualified when executing). */
  tableRef: (raw: string) => string;
  /** persons only: the pushed-down conditions, printed over `where_optimization`. */
  innerWhere?: string[];
  /** persons v2 only: ORDER BY items over the raw table, and the LIMIT to push down. */
  pushedOrder?: string[];
  pushedLimit?: number;
}

export function printLazySelect(select: LazySelect): string {
  const { table, teamId } = select;
  const tz = escapeString(select.timezone);
  const q = table.raw;
  const v = versioning(table, tz);
  const unique = new Map(select.requested.map((request) => [requestedName(request), request]));
  for (const key of v.keys) unique.delete(key);
  const readsProperties = [...unique.values()].some((request) => request.kind === 'property' || request.name === 'properties');

  if (table.name === 'persons' && !select.innerWhere?.length && readsProperties) return printPersonsV2(select, [...unique.values()]);

  const columns = [...unique.entries()].map(([name, request]) => {
    const value = rawField(table, q, request, tz);
    // A nullable value (a property) goes through a tuple, so that the latest version's NULL wins.
    const latest = request.kind === 'property' ? `tupleElement(argMax(tuple(${value}), ${v.version(q)}), 1)` : `argMax(${value}, ${v.version(q)})`;
    return `${latest} AS ${escapeIdentifier(name)}`;
  });
  for (const key of v.keys) columns.push(`${rawField(table, q, { kind: 'field', name: key }, tz)} AS ${escapeIdentifier(key)}`);
  const teamGuard = `equals(${q}.team_id, ${teamId})`;
  let where = teamGuard;
  if (select.innerWhere?.length) {
    const inner = `SELECT where_optimization.id AS id FROM ${select.tableRef(q)} AS where_optimization WHERE and(equals(where_optimization.team_id, ${teamId}), ${select.innerWhere.join(', ')})`;
    where = `and(${teamGuard}, in(id, (${inner})))`;
  }
  const groupBy = v.keys.map((key) => `${q}.${escapeIdentifier(table.fields[key]?.column ?? key)}`);
  let sql = `SELECT ${columns.join(', ')} FROM ${select.tableRef(q)} WHERE ${where} GROUP BY ${groupBy.join(', ')}`;
  if (v.having) sql += ` HAVING ${v.having(q)}`;
  if (!select.innerWhere?.length) sql += ' SETTINGS optimize_aggregation_in_order=1';
  return sql;
}

function printPersonsV2(select: LazySelect, requested: Requested[]): string {
  const tz = escapeString(select.timezone);
  const q = 'person';
  const v = versioning(select.table, tz);
  const columns = [`${q}.id AS id`, ...requested.map((request) => `${rawField(select.table, q, request, tz)} AS ${escapeIdentifier(requestedName(request))}`)];
  let latest = `SELECT ${q}.id AS id, max(${q}.version) AS version FROM ${select.tableRef(q)} WHERE equals(${q}.team_id, ${select.teamId}) GROUP BY ${q}.id HAVING ${v.having?.(q)}`;
  if (select.pushedOrder?.length) latest += ` ORDER BY ${select.pushedOrder.join(', ')}`;
  if (select.pushedLimit !== undefined) latest += ` LIMIT ${select.pushedLimit}`;
  return `SELECT ${columns.join(', ')} FROM ${select.tableRef(q)} WHERE and(equals(${q}.team_id, ${select.teamId}), in(tuple(${q}.id, ${q}.version), (${latest}))) SETTINGS optimize_aggregation_in_order=1`;
}
