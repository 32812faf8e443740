// Answers one HogQL query on ClickHouse: parse (hogql/parser.ts, PostHog's syntax errors), replace placeholders
// with constants, refuse OFFSET, print the ClickHouse SQL (select.ts), run it, and shape what PostHog's
// HogQLQueryResponse carries. Limits (reference A2, posthog/hogql/constants.py): a LIMIT is capped silently at
// 50,000 and `hasMore`, `limit`, `offset` are null; with no LIMIT the paginator fetches 101 rows, returns 100
// and sets them.
import { HogQLQueryError, OFFSET_NOT_ALLOWED_MESSAGE } from '../hogql/errors.ts';
import { parseSelect } from '../hogql/parser.ts';
import { replacePlaceholders } from '../hogql/placeholders.ts';
import { printExpr, printSelect as printHogQL } from '../hogql/printer.ts';
import type { HogQLTableName } from './hogql-tables.ts';
import type { PropertyForms } from './property-forms.ts';
import { ResultRows } from './result-rows.ts';
import { printSelect } from './select.ts';
import { settingsClause } from './settings.ts';
import type { ClickHouseStore } from './store.ts';

export { OFFSET_NOT_ALLOWED_MESSAGE };
export const MAX_SELECT_RETURNED_ROWS = 50_000;
export const DEFAULT_RETURNED_ROWS = 100;

export interface SlowTable {
  table: HogQLTableName;
  /** Rows ClickHouse may read in a query on this table before the query gets PostHog's 504. */
  maxRowsRead: number;
}

export interface QueryConfig {
  teamId: number;
  timezone: string;
  forms?: PropertyForms;
  slowTables?: readonly SlowTable[];
  maxExecutionTimeSeconds: number;
}

export interface HogQLResult {
  columns: string[];
  /** [column, ClickHouse type] pairs, the types from ClickHouse's result metadata. */
  types: [string, string][];
  results: ResultRows;
  hasMore: boolean | null;
  limit: number | null;
  offset: number | null;
  /** The query as HogQL printed it, with the LIMIT applied. */
  hogql: string;
  /** The ClickHouse SQL, as PostHog shows it (tables not qualified by the emulator's database). */
  clickhouse: string;
  rowsRead: number;
  bytesRead: number;
  timings: { k: string; t: number }[];
}

export async function executeHogQL(text: string, values: Record<string, unknown>, store: ClickHouseStore, config: QueryConfig): Promise<HogQLResult> {
  const clock = stopwatch();
  const parsed = parseSelect(text);
  clock.lap('./parse_select');
  const query = replacePlaceholders(parsed, values);
  clock.lap('./replace_placeholders');
  if (query.offset) throw new HogQLQueryError(OFFSET_NOT_ALLOWED_MESSAGE);

  const requested = query.limit ? constantLimit(query.limit) : undefined;
  const paginated = requested === undefined;
  const limit = paginated ? DEFAULT_RETURNED_ROWS + 1 : Math.min(requested, MAX_SELECT_RETURNED_ROWS);
  const base = { teamId: config.teamId, timezone: config.timezone, ...(config.forms ? { forms: config.forms } : {}) };
  const shown = printSelect(query, limit, base);
  const executed = printSelect(query, limit, { ...base, database: store.db.name });
  const budgets = (config.slowTables ?? []).filter((slow) => shown.tables.has(slow.table)).map((slow) => slow.maxRowsRead);
  const settings = settingsClause({
    maxExecutionTimeSeconds: config.maxExecutionTimeSeconds,
    ...(budgets.length ? { maxRowsToRead: Math.min(...budgets) } : {}),
  });
  clock.lap('./print_ast');

  const answer = await store.query(`${executed.sql} ${settings}`);
  clock.lap('./execute');

  const rows = paginated ? answer.data.slice(0, DEFAULT_RETURNED_ROWS) : answer.data;
  const columns = query.select.map((item) => item.alias ?? printExpr(item.expr));
  const types = answer.meta.map((column) => column.type);
  return {
    columns,
    types: columns.map((name, i) => [name, types[i] ?? 'String']),
    results: new ResultRows(rows, types),
    hasMore: paginated ? answer.data.length > DEFAULT_RETURNED_ROWS : null,
    limit: paginated ? DEFAULT_RETURNED_ROWS : null,
    offset: paginated ? 0 : null,
    hogql: printHogQL(query, limit),
    clickhouse: `${shown.sql} ${settings}`,
    rowsRead: answer.statistics.rows_read,
    bytesRead: answer.statistics.bytes_read,
    timings: clock.finish(),
  };
}

function constantLimit(limit: import('../hogql/ast.ts').Expr): number {
  const value = limit.kind === 'constant' ? limit.value : null;
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
