// One HogQL SELECT printed as the ClickHouse SQL PostHog would run (printer.py visit_select_query): every field
// qualified by its table (`events.uuid`), DateTime columns in the project timezone (`toTimeZone(events.timestamp,
// 'Europe/Berlin')`), a `team_id` guard on the real table, lazy tables as their subqueries (lazy-tables.ts),
// fields selected bare given their name as alias (`events.uuid AS uuid`), and the LIMIT the caller applied.
import { mapExpr, type Expr, type SelectQuery } from '../hogql/ast.ts';
import { HogQLQueryError } from '../hogql/errors.ts';
import { escapeIdentifier, escapeString } from './escape.ts';
import { ExpressionPrinter, type FieldResolver, type Printed } from './expressions.ts';
import { TABLES, isTableName, type HogQLTable, type HogQLTableName } from './hogql-tables.ts';
import { printLazySelect, rawField, requestedName, type Requested } from './lazy-tables.ts';
import { jsonExtract, printEventProperty, type PropertyForms } from './property-forms.ts';

export interface PrintOptions {
  teamId: number;
  timezone: string;
  forms?: PropertyForms;
  /** Qualifies raw table names (the emulator's database) in the SQL that is executed; absent in the shown SQL. */
  database?: string;
}

export interface PrintedSelect {
  sql: string;
  /** The HogQL tables the query reads (the slow-table budget applies to these). */
  tables: Set<HogQLTableName>;
}

const PERSON_JOIN = 'events__person';

/** The fields a chain names on `table` once the table's name or alias is stripped, or undefined. */
function localChain(chain: readonly string[], table: HogQLTable | undefined, alias: string | undefined): string[] {
  return chain.length > 1 && (chain[0] === alias || chain[0] === table?.name) ? chain.slice(1) : [...chain];
}

class Collector {
  private readonly byName = new Map<string, Requested>();
  add(request: Requested): string {
    const name = requestedName(request);
    if (!this.byName.has(name)) this.byName.set(name, request);
    return name;
  }
  get all(): Requested[] {
    return [...this.byName.values()];
  }
}

export function printSelect(query: SelectQuery, limit: number, options: PrintOptions): PrintedSelect {
  const tz = escapeString(options.timezone);
  const tableRef = (raw: string) => (options.database ? `${escapeIdentifier(options.database)}.${raw}` : raw);
  let table: HogQLTable | undefined;
  if (query.from) {
    if (!isTableName(query.from.table)) throw new HogQLQueryError(`Unknown table "${query.from.table}".`);
    table = TABLES[query.from.table];
  }
  const alias = query.from?.alias ?? table?.name;
  const qualifier = alias ? escapeIdentifier(alias) : '';
  const requested = new Collector();
  const personJoin = new Collector();

  const userAliases = new Map<string, Expr>();
  for (const item of query.select) {
    const selfAlias = item.expr.kind === 'field' && item.expr.chain.length === 1 && item.expr.chain[0] === item.alias;
    if (item.alias && !selfAlias) userAliases.set(item.alias, item.expr);
  }
  const resolving = new Set<string>();

  const tableField = (chain: readonly string[]): Printed => {
    const local = localChain(chain, table, alias);
    const [first, ...rest] = local as [string, ...string[]];
    if (!table) throw new HogQLQueryError(`Unable to resolve field: ${local.join('.')}`);
    const field = Object.hasOwn(table.fields, first) ? table.fields[first] : undefined;
    if (table.name === 'events') {
      if (field && field.kind === 'json') {
        if (!rest.length) return { sql: `${qualifier}.properties`, nullable: false };
        const read = printEventProperty(qualifier, rest, options.forms, options.timezone);
        return { sql: read.sql, nullable: true, ...(read.group ? { group: read.group } : {}) };
      }
      if (field && !rest.length) {
        const column = `${qualifier}.${escapeIdentifier(field.column)}`;
        return field.kind === 'datetime' ? { sql: `toTimeZone(${column}, ${tz})`, nullable: false, isDateTime: true } : { sql: column, nullable: false };
      }
      if (first === 'person' && rest.length) return personField(rest);
    } else if (field) {
      if (field.kind === 'json' && rest.length) {
        return { sql: `${qualifier}.${escapeIdentifier(requested.add({ kind: 'property', chain: rest }))}`, nullable: true };
      }
      if (!rest.length) {
        return { sql: `${qualifier}.${escapeIdentifier(requested.add({ kind: 'field', name: first }))}`, nullable: false, isDateTime: field.kind === 'datetime' };
      }
    }
    throw new HogQLQueryError(`Unable to resolve field: ${local.join('.')}`);
  };

  /** `person.…` on events: PostHog's lazy join to persons, on the event's person_id. */
  const personField = (rest: string[]): Printed => {
    const [first, ...more] = rest as [string, ...string[]];
    const persons = TABLES.persons;
    if (first === 'properties') {
      const name = more.length ? personJoin.add({ kind: 'property', chain: more }) : personJoin.add({ kind: 'field', name: 'properties' });
      return { sql: `${PERSON_JOIN}.${escapeIdentifier(name)}`, nullable: true };
    }
    if (Object.hasOwn(persons.fields, first) && !more.length) {
      return { sql: `${PERSON_JOIN}.${escapeIdentifier(personJoin.add({ kind: 'field', name: first }))}`, nullable: true, isDateTime: persons.fields[first]?.kind === 'datetime' };
    }
    throw new HogQLQueryError(`Unable to resolve field: person.${rest.join('.')}`);
  };

  const fields: FieldResolver = {
    resolve(chain) {
      const name = chain[0] as string;
      const aliased = chain.length === 1 ? userAliases.get(name) : undefined;
      if (aliased && !resolving.has(name)) {
        resolving.add(name);
        try {
          const inner = printer.print(aliased);
          return { sql: escapeIdentifier(name), nullable: inner.nullable, ...(inner.isDateTime ? { isDateTime: true } : {}) };
        } finally {
          resolving.delete(name);
        }
      }
      return tableField(chain);
    },
  };
  const printer = new ExpressionPrinter(fields, options.timezone);

  const columns = query.select.map((item) => {
    const printed = printer.print(item.expr).sql;
    if (item.alias) return `${printed} AS ${escapeIdentifier(item.alias)}`;
    const implicit = implicitAlias(item.expr, table, alias, userAliases);
    return implicit ? `${printed} AS ${escapeIdentifier(implicit)}` : printed;
  });
  const where = query.where ? printer.print(query.where).sql : undefined;
  const groupBy = query.groupBy.map((expr) => printer.print(expr).sql);
  const having = query.having ? printer.print(query.having).sql : undefined;
  const orderBy = query.orderBy.map((item) => `${printer.print(item.expr).sql} ${item.descending ? 'DESC' : 'ASC'}`);

  const tables = new Set<HogQLTableName>();
  let from: string | undefined;
  let fullWhere = where;
  if (table) tables.add(table.name);
  if (table?.name === 'events') {
    from = tableRef('events') + (qualifier !== 'events' || options.database ? ` AS ${qualifier}` : '');
    const guard = `equals(${qualifier}.team_id, ${options.teamId})`;
    fullWhere = !query.where ? guard : query.where.kind === 'and' ? `and(${guard}, ${where?.slice('and('.length)}` : `and(${guard}, ${where})`;
    if (personJoin.all.length) {
      tables.add('persons');
      const persons = printLazySelect({ table: TABLES.persons, requested: personJoin.all, teamId: options.teamId, timezone: options.timezone, tableRef });
      from += ` LEFT JOIN (${persons}) AS ${PERSON_JOIN} ON equals(${qualifier}.person_id, ${PERSON_JOIN}.id)`;
    }
  } else if (table) {
    const pushdown = table.name === 'persons' ? personsPushdown(query, limit, table, alias, userAliases, options) : {};
    from = `(${printLazySelect({ table, requested: requested.all, teamId: options.teamId, timezone: options.timezone, tableRef, ...pushdown })}) AS ${qualifier}`;
  }

  const clauses = [`SELECT ${columns.join(', ')}`];
  if (from) clauses.push(`FROM ${from}`);
  if (fullWhere) clauses.push(`WHERE ${fullWhere}`);
  if (groupBy.length) clauses.push(`GROUP BY ${groupBy.join(', ')}`);
  if (having) clauses.push(`HAVING ${having}`);
  if (orderBy.length) clauses.push(`ORDER BY ${orderBy.join(', ')}`);
  clauses.push(`LIMIT ${limit}`);
  return { sql: clauses.join(' '), tables };
}

/** A column selected bare is named after the field (`events.uuid AS uuid`), as PostHog prints it. */
function implicitAlias(expr: Expr, table: HogQLTable | undefined, alias: string | undefined, userAliases: ReadonlyMap<string, Expr>): string | undefined {
  if (expr.kind !== 'field' || !table) return undefined;
  const local = localChain(expr.chain, table, alias);
  const [name] = local;
  if (local.length !== 1 || name === undefined || userAliases.has(name) || !Object.hasOwn(table.fields, name)) return undefined;
  return name;
}

/**
 * PostHog's WhereClauseExtractor for a query on `persons`: the WHERE's conjuncts that read only persons' own
 * fields, printed over the raw rows (`where_optimization`), go inside the subquery; without any, the ORDER BY
 * and LIMIT (+1) go into the v2 subquery's inner aggregation.
 */
function personsPushdown(query: SelectQuery, limit: number, table: HogQLTable, alias: string | undefined, userAliases: ReadonlyMap<string, Expr>, options: PrintOptions) {
  const conjuncts = !query.where ? [] : query.where.kind === 'and' ? query.where.exprs : [query.where];
  const onlyOwnFields = (expr: Expr) => {
    let own = true;
    let any = false;
    mapExpr(expr, (node) => {
      if (node.kind === 'call' && ['count', 'sum', 'min', 'max', 'avg', 'argMax', 'argMin', 'uniq', 'any'].includes(node.name)) own = false;
      if (node.kind !== 'field') return undefined;
      const local = localChain(node.chain, table, alias);
      const first = local[0] as string;
      if ((node.chain.length === 1 && userAliases.has(first)) || !Object.hasOwn(table.fields, first)) own = false;
      any = true;
      return undefined;
    });
    return own && any;
  };
  const raw = (qualifier: string): FieldResolver => ({
    resolve(chain) {
      const [first, ...rest] = localChain(chain, table, alias) as [string, ...string[]];
      const field = table.fields[first];
      if (!field) throw new HogQLQueryError(`Unable to resolve field: ${chain.join('.')}`);
      if (field.kind === 'json' && rest.length) return { sql: jsonExtract(`${qualifier}.properties`, rest), nullable: true };
      return { sql: rawField(table, qualifier, { kind: 'field', name: first }, escapeString(options.timezone)), nullable: false, isDateTime: field.kind === 'datetime' };
    },
  });
  const extractable = conjuncts.filter(onlyOwnFields);
  if (extractable.length) {
    const inner = new ExpressionPrinter(raw('where_optimization'), options.timezone);
    return { innerWhere: extractable.map((expr) => inner.print(expr).sql) };
  }
  if (query.groupBy.length) return {};
  // An order the inner aggregation cannot reproduce would make the pushed LIMIT cut the wrong rows.
  if (!query.orderBy.every((item) => onlyOwnFields(item.expr))) return {};
  const innerOrder = new ExpressionPrinter(raw('person'), options.timezone);
  const pushedOrder = query.orderBy.map((item) => `argMax(${innerOrder.print(item.expr).sql}, person.version) ${item.descending ? 'DESC' : 'ASC'}`);
  return { pushedOrder, pushedLimit: limit + 1 };
}
