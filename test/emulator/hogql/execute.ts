// Runs one HogQL SELECT over the project's data and returns what PostHog's HogQLQueryResponse carries.
//
// Limits (reference A2, posthog/hogql/constants.py): a LIMIT is capped silently at 50,000 and then `hasMore`,
// `limit`, `offset` are null; with no LIMIT the paginator fetches 101 rows, returns 100 and sets them.
// Speed: events are sorted by (timestamp, uuid), so a query reads only the slice its timestamp bounds allow
// and, when it orders by timestamp (and uuid) or not at all, stops as soon as it has its LIMIT.
import { mapExpr, type Expr, type SelectQuery } from './ast.ts';
import { compile } from './compile.ts';
import type { Compiled, Scope } from './compiled.ts';
import { HogQLQueryError } from './errors.ts';
import { isAggregation } from './functions.ts';
import { parseSelect } from './parser.ts';
import { replacePlaceholders } from './placeholders.ts';
import { printExpr, printSelect } from './printer.ts';
import { resolveTable, type QueryData, type Table } from './tables.ts';
import { eventRange } from './time-range.ts';
import { naturalDirection, sortBy, type OrderKey } from './ordering.ts';
import { ResultRows } from './result-rows.ts';
import { truth } from './types.ts';

export const MAX_SELECT_RETURNED_ROWS = 50_000;
export const DEFAULT_RETURNED_ROWS = 100;

/** posthog/hogql/user_query_validator.py OFFSET_NOT_ALLOWED_MESSAGE, word for word. */
export const OFFSET_NOT_ALLOWED_MESSAGE =
  'OFFSET is not supported on queries made with a personal API key. ' +
  'For pagination, use keyset pagination on the `timestamp` column, e.g. ' +
  '`WHERE timestamp > :last_seen_timestamp ORDER BY timestamp LIMIT N`. ' +
  'For bulk data extraction, use batch exports: https://posthog.com/docs/cdp/batch-exports';

export interface HogQLResult {
  columns: string[];
  /** [column, ClickHouse type] pairs. */
  types: [string, string][];
  results: ResultRows;
  hasMore: boolean | null;
  limit: number | null;
  offset: number | null;
  /** The query as HogQL printed it, with the LIMIT applied. */
  hogql: string;
  rowsRead: number;
  timings: { k: string; t: number }[];
}

export function executeHogQL(text: string, values: Record<string, unknown>, data: QueryData): HogQLResult {
  const clock = stopwatch();
  const parsed = parseSelect(text);
  clock.lap('./parse_select');
  const query = replacePlaceholders(parsed, values);
  clock.lap('./replace_placeholders');
  if (query.offset) throw new HogQLQueryError(OFFSET_NOT_ALLOWED_MESSAGE);

  const table = resolveTable(query.from?.table, data);
  const aliases = new Map<string, Expr>();
  for (const item of query.select) if (item.alias) aliases.set(item.alias, item.expr);
  const rowScope: Scope = { table, aliases, data, mode: 'row', groupKeys: new Set() };
  if (query.from?.alias) rowScope.tableAlias = query.from.alias;

  const where = query.where ? compile(query.where, rowScope) : undefined;
  const requested = query.limit ? constantLimit(compile(query.limit, rowScope)) : undefined;
  const paginated = requested === undefined;
  const fetchLimit = paginated ? DEFAULT_RETURNED_ROWS + 1 : Math.min(requested, MAX_SELECT_RETURNED_ROWS);
  const aggregated = query.groupBy.length > 0 || [...query.select.map((item) => item.expr), ...query.orderBy.map((item) => item.expr)].some(hasAggregation) || query.having !== undefined;
  clock.lap('./compile');

  const scan = { rowsRead: 0 };
  const run = aggregated ? runAggregated : runPlain;
  const rows = run(query, table, rowScope, where, fetchLimit, scan);
  clock.lap('./execute');

  const hasMore = paginated ? rows.sources.length > DEFAULT_RETURNED_ROWS : null;
  const sources = paginated ? rows.sources.slice(0, DEFAULT_RETURNED_ROWS) : rows.sources;
  return {
    columns: rows.columns,
    types: rows.columns.map((name, i) => [name, rows.selects[i]?.type.clickhouse ?? 'String']),
    results: new ResultRows(sources, rows.selects),
    hasMore,
    limit: paginated ? DEFAULT_RETURNED_ROWS : null,
    offset: paginated ? 0 : null,
    hogql: printSelect(query, fetchLimit),
    rowsRead: scan.rowsRead,
    timings: clock.finish(),
  };
}

/** What a run found: the rows (or groups) to output, and the SELECT list that turns each into a result row. */
interface Found {
  sources: unknown[];
  selects: Compiled[];
  columns: string[];
}

function found(sources: unknown[], query: SelectQuery, selects: Compiled[]): Found {
  return { sources, selects, columns: query.select.map((item) => item.alias ?? printExpr(item.expr)) };
}

function runPlain(query: SelectQuery, table: Table, scope: Scope, where: Compiled | undefined, fetchLimit: number, scan: { rowsRead: number }): Found {
  const selects = query.select.map((item) => compile(item.expr, scope));
  const orders: OrderKey[] = query.orderBy.map((item) => ({ compiled: compile(item.expr, scope), descending: item.descending }));
  const [start, end] = scanRange(table, scope, where);
  const direction = naturalDirection(table, orders);
  const matches = (row: unknown) => {
    scan.rowsRead++;
    return where === undefined || truth(where.evaluate(row)) === true;
  };
  let matched: unknown[] = [];
  if (direction) {
    const step = direction === 'asc' ? 1 : -1;
    for (let i = direction === 'asc' ? start : end - 1; i >= start && i < end && matched.length < fetchLimit; i += step) {
      const row = table.rows[i];
      if (matches(row)) matched.push(row);
    }
  } else {
    for (let i = start; i < end; i++) if (matches(table.rows[i])) matched.push(table.rows[i]);
    matched = sortBy(matched, orders).slice(0, fetchLimit);
  }
  return found(matched, query, selects);
}

function runAggregated(query: SelectQuery, table: Table, scope: Scope, where: Compiled | undefined, fetchLimit: number, scan: { rowsRead: number }): Found {
  const keyExprs = query.groupBy.map((expr) => resolveAliases(expr, scope.aliases));
  const keys = keyExprs.map((expr) => compile(expr, scope));
  const groupScope: Scope = { ...scope, mode: 'group', groupKeys: new Set(keyExprs.map(printExpr)) };
  const selects = query.select.map((item) => compile(item.expr, groupScope));
  const having = query.having ? compile(query.having, groupScope) : undefined;
  const orders: OrderKey[] = query.orderBy.map((item) => ({ compiled: compile(item.expr, groupScope), descending: item.descending }));

  const groups = new Map<unknown, unknown[]>();
  // Without GROUP BY, aggregations see one group, which exists even when no row matched (count() is 0).
  if (keys.length === 0) groups.set('', []);
  const [start, end] = scanRange(table, scope, where);
  for (let i = start; i < end; i++) {
    const row = table.rows[i];
    scan.rowsRead++;
    if (where && truth(where.evaluate(row)) !== true) continue;
    const key = keys.length === 0 ? '' : keys.length === 1 ? (keys[0] as Compiled).evaluate(row) : JSON.stringify(keys.map((k) => k.evaluate(row)));
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  let kept = [...groups.values()];
  if (having) kept = kept.filter((rows) => truth(having.evaluate(rows)) === true);
  kept = sortBy(kept, orders).slice(0, fetchLimit);
  return found(kept, query, selects);
}

function scanRange(table: Table, scope: Scope, where: Compiled | undefined): [number, number] {
  if (table.name === 'events' && where?.bounds) return eventRange(scope.data.events, where.bounds);
  return [0, table.rows.length];
}

function hasAggregation(expr: Expr): boolean {
  let found = false;
  mapExpr(expr, (node) => {
    if (node.kind === 'call' && isAggregation(node.name)) found = true;
    return undefined;
  });
  return found;
}

function resolveAliases(expr: Expr, aliases: ReadonlyMap<string, Expr>, seen: ReadonlySet<string> = new Set()): Expr {
  return mapExpr(expr, (node) => {
    const name = node.kind === 'field' && node.chain.length === 1 ? node.chain[0] : undefined;
    const target = name === undefined || seen.has(name) ? undefined : aliases.get(name);
    if (!target || name === undefined || (target.kind === 'field' && target.chain.length === 1 && target.chain[0] === name)) return undefined;
    return resolveAliases(target, aliases, new Set([...seen, name]));
  });
}

function constantLimit(limit: Compiled): number {
  const value = limit.constant ? limit.evaluate(undefined) : null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new HogQLQueryError('LIMIT must be a non-negative whole number.');
  return value;
}

function stopwatch() {
  const started = performance.now();
  let last = started;
  const timings: { k: string; t: number }[] = [];
  return {
    lap(name: string) {
      const now = performance.now();
      timings.push({ k: name, t: (now - last) / 1000 });
      last = now;
    },
    finish() {
      timings.push({ k: '.', t: (performance.now() - started) / 1000 });
      return timings;
    },
  };
}
