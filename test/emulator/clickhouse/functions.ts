// HogQL function names and what they print as in ClickHouse (posthog/hogql/functions/mapping.py): most keep
// their name, a few become another function (toFloat → accurateCastOrNull(…, 'Float64'), now() → now64(6, tz)),
// and toDateTime picks PostHog's faster parser when its argument is a string constant (printer.py visit_call).
// A name not listed gets PostHog's "Unsupported function call" error before ClickHouse sees it.
import { HogQLQueryError } from '../hogql/errors.ts';
import { escapeString } from './escape.ts';

interface FunctionMeta {
  clickhouse: string;
  min: number;
  max: number;
  /** Arguments appended after the caller's (e.g. the target type of accurateCastOrNull). */
  suffix?: string[];
}

const meta = (clickhouse: string, min: number, max = min, suffix?: string[]): FunctionMeta => ({ clickhouse, min, max, ...(suffix ? { suffix } : {}) });

export const AGGREGATIONS: Record<string, FunctionMeta> = {
  count: meta('count', 0, 1),
  countIf: meta('countIf', 1, 2),
  sum: meta('sum', 1),
  avg: meta('avg', 1),
  min: meta('min', 1),
  max: meta('max', 1),
  any: meta('any', 1),
  uniq: meta('uniq', 1, 10),
  uniqExact: meta('uniqExact', 1, 10),
  argMax: meta('argMax', 2),
  argMin: meta('argMin', 2),
  groupArray: meta('groupArray', 1),
  groupUniqArray: meta('groupUniqArray', 1),
  median: meta('median', 1),
};

const FUNCTIONS: Record<string, FunctionMeta> = {
  lower: meta('lower', 1),
  upper: meta('upper', 1),
  length: meta('length', 1),
  empty: meta('empty', 1),
  notEmpty: meta('notEmpty', 1),
  concat: meta('concat', 2, 100),
  coalesce: meta('coalesce', 1, 100),
  if: meta('if', 3),
  ifNull: meta('ifNull', 2),
  nullIf: meta('nullIf', 2),
  isNull: meta('isNull', 1),
  isNotNull: meta('isNotNull', 1),
  toString: meta('toString', 1),
  toInt: meta('accurateCastOrNull', 1, 1, ["'Int64'"]),
  toFloat: meta('accurateCastOrNull', 1, 1, ["'Float64'"]),
  toBool: meta('toBool', 1),
  toUUID: meta('toUUIDOrNull', 1),
  toDate: meta('toDate', 1),
  toTimeZone: meta('toTimeZone', 2),
  toStartOfHour: meta('toStartOfHour', 1),
  toStartOfDay: meta('toStartOfDay', 1),
  toStartOfWeek: meta('toStartOfWeek', 1, 2),
  toStartOfMonth: meta('toStartOfMonth', 1),
  toUnixTimestamp: meta('toUnixTimestamp', 1, 2),
  toYear: meta('toYear', 1),
  toMonth: meta('toMonth', 1),
  toHour: meta('toHour', 1),
  toDayOfWeek: meta('toDayOfWeek', 1, 3),
  dateDiff: meta('dateDiff', 3, 4),
  formatDateTime: meta('formatDateTime', 2, 3),
  JSONExtractRaw: meta('JSONExtractRaw', 1, 100),
  JSONExtractString: meta('JSONExtractString', 1, 100),
  JSONExtractInt: meta('JSONExtractInt', 1, 100),
  JSONExtractFloat: meta('JSONExtractFloat', 1, 100),
  JSONExtractBool: meta('JSONExtractBool', 1, 100),
  JSONExtractKeys: meta('JSONExtractKeys', 1, 100),
  JSONHas: meta('JSONHas', 1, 100),
  JSONLength: meta('JSONLength', 1, 100),
  round: meta('round', 1, 2),
  floor: meta('floor', 1, 2),
  abs: meta('abs', 1),
  greatest: meta('greatest', 2, 100),
  least: meta('least', 2, 100),
  substring: meta('substring', 2, 3),
  replaceAll: meta('replaceAll', 3),
  replaceRegexpAll: meta('replaceRegexpAll', 3),
  match: meta('match', 2),
  splitByChar: meta('splitByChar', 2, 3),
  has: meta('has', 2),
  transform: meta('transform', 3, 4),
  tuple: meta('tuple', 0, 100),
  // For the rollup compiler's property, regex and elements-chain tests (src/sources/posthog/rollup/); each is in
  // PostHog's HogQL: mapping.py (multiIf), clickhouse/strings.py (startsWith, lowerUTF8, positionUTF8,
  // replaceRegexpOne, extract, extractAll, extractAllGroups), clickhouse/arrays.py (arrayExists, arrayFilter,
  // arrayMap, arrayElement).
  multiIf: meta('multiIf', 3, 100),
  startsWith: meta('startsWith', 2),
  lowerUTF8: meta('lowerUTF8', 1),
  positionUTF8: meta('positionUTF8', 2, 3),
  replaceRegexpOne: meta('replaceRegexpOne', 3),
  extract: meta('extract', 2),
  extractAll: meta('extractAll', 2),
  extractAllGroups: meta('extractAllGroups', 2),
  arrayExists: meta('arrayExists', 1, 100),
  arrayFilter: meta('arrayFilter', 2, 100),
  arrayMap: meta('arrayMap', 2, 100),
  arrayElement: meta('arrayElement', 2),
};

export function aggregationMeta(name: string): FunctionMeta | undefined {
  return Object.hasOwn(AGGREGATIONS, name) ? AGGREGATIONS[name] : undefined;
}

export function isAggregation(name: string): boolean {
  return aggregationMeta(name) !== undefined;
}

function checkArgs(name: string, count: number, fn: FunctionMeta, term = 'Function'): void {
  if (count >= fn.min && count <= fn.max) return;
  const expected = fn.min === fn.max ? `${fn.min}` : count < fn.min ? `at least ${fn.min}` : `at most ${fn.max}`;
  const plural = (fn.min === fn.max ? fn.min : count < fn.min ? fn.min : fn.max) === 1 ? '' : 's';
  throw new HogQLQueryError(`${term} '${name}' expects ${expected} argument${plural}, found ${count}`);
}

export function printAggregation(name: string, args: string[], distinct: boolean): string {
  const fn = aggregationMeta(name) as FunctionMeta;
  checkArgs(name, args.length, fn, 'Aggregation');
  return `${fn.clickhouse}(${distinct ? 'DISTINCT ' : ''}${args.join(', ')})`;
}

export interface CallArg {
  sql: string;
  /** The argument as written, when it is a string constant (toDateTime's format check). */
  stringConstant?: string;
  isDateTime: boolean;
}

/** A non-aggregate call. */
export function printFunction(name: string, args: CallArg[], timezone: string): string {
  const tz = escapeString(timezone);
  if (name === 'now' || name === 'now64') {
    if (args.length) throw new HogQLQueryError(`Function '${name}' expects 0 arguments, found ${args.length}`);
    return `now64(6, ${tz})`;
  }
  if (name === 'today') return 'today()';
  if (name === 'toDateTime') return printToDateTime(args, tz);
  const fn = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
  if (!fn) throw new HogQLQueryError(`Unsupported function call '${name}(...)'`);
  checkArgs(name, args.length, fn);
  return `${fn.clickhouse}(${[...args.map((arg) => arg.sql), ...(fn.suffix ?? [])].join(', ')})`;
}

/**
 * toDateTime(x[, tz]) (mapping.py: parseDateTime64BestEffortOrNull, tz-aware): a DateTime argument keeps
 * toDateTime; a string constant gets the stricter, index-friendly parser its format allows (toDateTime64 for
 * `YYYY-MM-DD hh:mm:ss.f…`, toDateTime for `YYYY-MM-DD[ hh:mm:ss]`, else parseDateTime64BestEffort); anything
 * else parseDateTime64BestEffortOrNull. The timezone is the project's unless given.
 */
function printToDateTime(args: CallArg[], projectTz: string): string {
  if (args.length < 1 || args.length > 2) throw new HogQLQueryError(`Function 'toDateTime' expects 1 or 2 arguments, found ${args.length}`);
  const [subject, zone] = args as [CallArg, CallArg | undefined];
  const tz = zone?.sql ?? projectTz;
  if (subject.isDateTime) return `toDateTime(${subject.sql}, ${tz})`;
  const text = subject.stringConstant;
  if (text !== undefined) {
    if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{1,6}$/.test(text)) return `toDateTime64(${subject.sql}, 6, ${tz})`;
    if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(text) || /^\d{4}-\d{2}-\d{2}$/.test(text)) return `toDateTime(${subject.sql}, ${tz})`;
    return `parseDateTime64BestEffort(${subject.sql}, 6, ${tz})`;
  }
  return `parseDateTime64BestEffortOrNull(${subject.sql}, 6, ${tz})`;
}
