// Comparisons, IN and LIKE. Both sides are first brought into one domain, as ClickHouse does:
// against a DateTime a string is parsed as a datetime (naive → the project timezone, `Z`/offset → absolute)
// and a number is seconds; against a UUID strings compare lowercase; strings against numbers compare as
// numbers when they are numeric (ClickHouse would reject the types; the emulator is lenient there).
import type { CompareOp } from './ast.ts';
import { folded, type Compiled, type Scope } from './compiled.ts';
import { HogQLQueryError } from './errors.ts';
import { boundsOf, flipped } from './time-range.ts';
import { UINT8, isNumeric, type HogType, type Value } from './types.ts';
import { timezone } from '../timezone.ts';

type Domain = 'datetime' | 'uuid' | 'number' | 'string';
type Comparable = number | string;

function domainOf(a: HogType, b: HogType): Domain {
  if (a.kind === 'datetime' || b.kind === 'datetime') return 'datetime';
  if (a.kind === 'uuid' || b.kind === 'uuid') return 'uuid';
  if (isNumeric(a) || isNumeric(b)) return 'number';
  return 'string';
}

/** A reader of `side` that yields its value in `domain`, or null (SQL unknown). */
function reader(side: Compiled, domain: Domain, scope: Scope): (input: unknown) => Comparable | null {
  const zone = timezone(side.type.zone ?? scope.data.timezone.name);
  const convert = (value: Value): Comparable | null => {
    if (value === null || Array.isArray(value)) return null;
    if (typeof value === 'boolean') return value ? 1 : 0;
    switch (domain) {
      case 'datetime':
        if (typeof value === 'number') return side.type.kind === 'datetime' ? value : value * 1_000_000;
        return zone.parseMicros(value);
      case 'uuid':
        return String(value).toLowerCase();
      case 'number':
        if (typeof value === 'number') return value;
        return /^\s*-?\d+(\.\d+)?([eE][+-]?\d+)?\s*$/.test(value) ? Number(value) : null;
      case 'string':
        return typeof value === 'string' ? value : String(value);
    }
  };
  if (side.constant) {
    const value = side.evaluate(undefined);
    const converted = convert(value);
    if (converted === null && domain === 'datetime' && typeof value === 'string') {
      throw new HogQLQueryError(`Cannot parse string '${value}' as DateTime64(6): use 'YYYY-MM-DD hh:mm:ss[.ffffff]' or ISO 8601.`);
    }
    return () => converted;
  }
  const evaluate = side.evaluate;
  return (input) => convert(evaluate(input));
}

function order(a: Comparable, b: Comparable): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const TESTS: Record<'=' | '!=' | '<' | '<=' | '>' | '>=', (order: number) => boolean> = {
  '=': (o) => o === 0,
  '!=': (o) => o !== 0,
  '<': (o) => o < 0,
  '<=': (o) => o <= 0,
  '>': (o) => o > 0,
  '>=': (o) => o >= 0,
};

export function compileCompare(op: CompareOp, left: Compiled, right: Compiled, scope: Scope): Compiled {
  if (op === 'like' || op === 'ilike' || op === 'not like' || op === 'not ilike') return compileLike(op, left, right, scope);
  const domain = domainOf(left.type, right.type);
  const readLeft = reader(left, domain, scope);
  const readRight = reader(right, domain, scope);
  const test = TESTS[op];
  const compiled: Compiled = {
    type: UINT8,
    constant: left.constant && right.constant,
    evaluate: (input) => {
      const a = readLeft(input);
      if (a === null) return null;
      const b = readRight(input);
      if (b === null) return null;
      return test(order(a, b));
    },
  };
  const bounds =
    left.isEventTimestamp && right.constant ? boundsFrom(op, readRight(undefined))
    : right.isEventTimestamp && left.constant ? boundsFrom(flipped(op), readLeft(undefined))
    : undefined;
  if (bounds) compiled.bounds = bounds;
  return folded(compiled);
}

function boundsFrom(op: string, micros: Comparable | null) {
  // A comparison with NULL is never true: an empty range.
  if (micros === null) return { from: 1, to: 0 };
  return typeof micros === 'number' ? boundsOf(op, micros) : undefined;
}

/** `x [NOT] IN (a, b, …)`: the list must be constant (a tuple or a placeholder holding an array). */
export function compileIn(negated: boolean, subject: Compiled, list: Compiled, scope: Scope): Compiled {
  if (!list.constant) throw new HogQLQueryError('The right side of IN must be a list of constants.');
  const listValue = list.evaluate(undefined);
  const items: Value[] = Array.isArray(listValue) ? listValue : [listValue];
  const itemType = list.type.kind === 'tuple' ? domainTypeOfItems(items) : list.type;
  const domain = domainOf(subject.type, itemType);
  const members = new Set<Comparable>();
  for (const item of items) {
    const converted = reader({ type: itemType, constant: true, evaluate: () => item }, domain, scope)(undefined);
    if (converted !== null) members.add(converted);
  }
  const read = reader(subject, domain, scope);
  const compiled: Compiled = {
    type: UINT8,
    constant: subject.constant,
    evaluate: (input) => {
      const value = read(input);
      if (value === null) return null;
      return members.has(value) !== negated;
    },
  };
  if (subject.isEventTimestamp && !negated) {
    const times = [...members].filter((m): m is number => typeof m === 'number');
    compiled.bounds = times.length ? { from: Math.min(...times), to: Math.max(...times) } : { from: 1, to: 0 };
  }
  return folded(compiled);
}

function domainTypeOfItems(items: Value[]): HogType {
  const sample = items.find((item) => item !== null);
  return typeof sample === 'number' || typeof sample === 'boolean' ? UINT8 : { kind: 'string', nullable: false, clickhouse: 'String' };
}

function compileLike(op: CompareOp, left: Compiled, right: Compiled, scope: Scope): Compiled {
  const insensitive = op.endsWith('ilike');
  const negated = op.startsWith('not');
  const readLeft = reader(left, 'string', scope);
  const readRight = reader(right, 'string', scope);
  const patterns = new Map<string, RegExp>();
  const regexOf = (pattern: string) => {
    let regex = patterns.get(pattern);
    if (!regex) {
      const body = pattern.replace(/\\(.)|([%_])|([.*+?^${}()|[\]\\])/g, (_, escaped: string | undefined, wildcard: string | undefined, special: string | undefined) =>
        escaped !== undefined ? escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : wildcard === '%' ? '[\\s\\S]*' : wildcard === '_' ? '[\\s\\S]' : `\\${special}`,
      );
      regex = new RegExp(`^${body}$`, insensitive ? 'i' : '');
      patterns.set(pattern, regex);
    }
    return regex;
  };
  return folded({
    type: UINT8,
    constant: left.constant && right.constant,
    evaluate: (input) => {
      const text = readLeft(input);
      const pattern = readRight(input);
      if (text === null || pattern === null) return null;
      return regexOf(String(pattern)).test(String(text)) !== negated;
    },
  });
}
