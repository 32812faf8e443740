// The functions of the subset: aggregations count/min/max, and toDateTime() and now().
import { constant, folded, type Compiled, type Scope } from './compiled.ts';
import { HogQLQueryError, unsupported } from './errors.ts';
import { UINT64, dateTime, type HogType, type Value } from './types.ts';
import { timezone } from '../timezone.ts';

export const AGGREGATIONS = new Set(['count', 'min', 'max']);

/** Real HogQL functions the emulator leaves out; anything else gets PostHog's unknown-function error. */
const KNOWN_BUT_UNSUPPORTED = new Set([
  'countif', 'uniq', 'uniqexact', 'sum', 'avg', 'any', 'argmax', 'argmin', 'groupArray', 'todate', 'tostartofday',
  'tostartofweek', 'tostartofmonth', 'tostartofhour', 'lower', 'upper', 'coalesce', 'if', 'ifnull', 'tostring',
  'tofloat', 'toint', 'length', 'datediff', 'tounixtimestamp', 'jsonextractstring', 'jsonextractraw', 'concat',
  'substring', 'replaceall', 'match', 'extract', 'todatetime64', 'totimezone', 'today', 'yesterday', 'round',
].map((name) => name.toLowerCase()));

export function isAggregation(name: string): boolean {
  return AGGREGATIONS.has(name.toLowerCase());
}

/** count(), count(*), count(x), count(DISTINCT x), min(x), max(x) over a group's rows. */
export function compileAggregation(name: string, args: Compiled[], distinct: boolean): Compiled {
  const lower = name.toLowerCase();
  const [arg] = args;
  if (args.length > 1) throw new HogQLQueryError(`Aggregation '${lower}' expects at most 1 argument, found ${args.length}`);
  if (lower === 'count') {
    if (!arg) return { type: UINT64, constant: false, evaluate: (rows) => (rows as unknown[]).length };
    const read = arg.evaluate;
    if (distinct) {
      return {
        type: UINT64,
        constant: false,
        evaluate: (rows) => {
          const seen = new Set<Value>();
          for (const row of rows as unknown[]) {
            const value = read(row);
            if (value !== null) seen.add(Array.isArray(value) ? JSON.stringify(value) : value);
          }
          return seen.size;
        },
      };
    }
    return { type: UINT64, constant: false, evaluate: (rows) => (rows as unknown[]).filter((row) => read(row) !== null).length };
  }
  if (!arg) throw new HogQLQueryError(`Aggregation '${lower}' expects at least 1 argument, found 0`);
  if (distinct) throw unsupported(`${lower}(DISTINCT …)`);
  const read = arg.evaluate;
  const wantsMax = lower === 'max';
  return {
    type: arg.type,
    constant: false,
    evaluate: (rows) => {
      let best: Value = null;
      for (const row of rows as unknown[]) {
        const value = read(row);
        if (value === null || Array.isArray(value)) continue;
        if (best === null || (wantsMax ? value > best : value < best)) best = value;
      }
      // ClickHouse gives the type's default for an empty non-Nullable set (the epoch for a DateTime).
      return best ?? defaultValue(arg.type);
    },
  };
}

function defaultValue(type: HogType): Value {
  if (type.nullable) return null;
  switch (type.kind) {
    case 'string':
      return '';
    case 'uuid':
      return '00000000-0000-0000-0000-000000000000';
    case 'integer':
    case 'float':
    case 'datetime':
      return 0;
    case 'bool':
      return false;
    default:
      return null;
  }
}

export function compileFunction(name: string, args: Compiled[], scope: Scope): Compiled {
  const lower = name.toLowerCase();
  const projectZone = scope.data.timezone.name;
  if (lower === 'now') {
    if (args.length) throw new HogQLQueryError(`Function 'now' expects 0 arguments, found ${args.length}`);
    // HogQL prints now() as now64(6, <project tz>).
    return constant(dateTime(6, projectZone), scope.data.nowMicros);
  }
  if (lower === 'todatetime') return toDateTime(args, projectZone);
  if (KNOWN_BUT_UNSUPPORTED.has(lower)) throw unsupported(`the function ${name}()`);
  throw new HogQLQueryError(`Unsupported function call '${name}(...)'`);
}

/** HogQL's toDateTime(x[, tz]) is parseDateTime64BestEffortOrNull(x, 6, tz): null when it cannot parse. */
function toDateTime(args: Compiled[], projectZone: string): Compiled {
  const [subject, zoneArg] = args;
  if (!subject || args.length > 2) throw new HogQLQueryError(`Function 'toDateTime' expects 1 or 2 arguments, found ${args.length}`);
  let zoneName = projectZone;
  if (zoneArg) {
    const value = zoneArg.constant ? zoneArg.evaluate(undefined) : null;
    if (typeof value !== 'string') throw new HogQLQueryError('The timezone argument of toDateTime must be a constant string.');
    zoneName = value;
  }
  let zone;
  try {
    zone = timezone(zoneName);
  } catch {
    throw new HogQLQueryError(`Unknown timezone: '${zoneName}'`);
  }
  const read = subject.evaluate;
  const fromDateTime = subject.type.kind === 'datetime';
  return folded({
    type: dateTime(6, zoneName),
    constant: subject.constant,
    evaluate: (input) => {
      const value = read(input);
      if (typeof value === 'number') return fromDateTime ? value : Math.round(value * 1_000_000);
      if (typeof value === 'string') return zone.parseMicros(value);
      return null;
    },
  });
}
