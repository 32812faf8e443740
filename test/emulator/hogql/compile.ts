// Compiles an expression into a closure over one row (row scope) or over one group's rows (group scope).
// Fields resolve to the table's columns (or to SELECT aliases), constants fold at compile time, and
// conditions on events.timestamp carry the time range they allow (see time-range.ts).
import type { Expr } from './ast.ts';
import { compileCompare, compileIn } from './compare.ts';
import { constant, folded, type Compiled, type Scope } from './compiled.ts';
import { HogQLQueryError, unsupported } from './errors.ts';
import { compileAggregation, compileFunction, isAggregation } from './functions.ts';
import { printExpr } from './printer.ts';
import { UNBOUNDED, cover, intersect, type TimeBounds } from './time-range.ts';
import { BOOL, FLOAT64, INT64, INTERVAL, NOTHING, STRING, TUPLE, UINT8, literalType, truth, type Value } from './types.ts';

const INTERVAL_MICROS: Record<string, number> = {
  second: 1e6,
  minute: 60e6,
  hour: 3600e6,
  day: 86_400e6,
  week: 7 * 86_400e6,
};

export function compile(expr: Expr, scope: Scope, aliasesInUse: ReadonlySet<string> = new Set()): Compiled {
  if (scope.mode === 'group' && scope.groupKeys.has(printExpr(expr))) {
    // A GROUP BY key: the same for every row of the group, so read it from the first.
    const perRow = compile(expr, { ...scope, mode: 'row' }, aliasesInUse);
    return { type: perRow.type, constant: perRow.constant, evaluate: (rows) => perRow.evaluate((rows as unknown[])[0]) };
  }
  const sub = (child: Expr) => compile(child, scope, aliasesInUse);
  switch (expr.kind) {
    case 'constant':
      return compileConstant(expr.value);
    case 'placeholder':
      throw new HogQLQueryError(`Placeholder {${expr.name}} is not available in this context.`);
    case 'field':
      return compileField(expr.chain, scope, aliasesInUse);
    case 'call':
      if (isAggregation(expr.name)) {
        if (scope.mode === 'row') throw new HogQLQueryError(`Aggregation '${expr.name}' is not allowed here (WHERE, GROUP BY or inside another aggregation).`);
        const rowScope: Scope = { ...scope, mode: 'row' };
        return compileAggregation(expr.name, expr.args.map((arg) => compile(arg, rowScope, aliasesInUse)), expr.distinct);
      }
      if (expr.star || expr.distinct) throw new HogQLQueryError(`Only aggregations take * or DISTINCT, not ${expr.name}()`);
      return compileFunction(expr.name, expr.args.map(sub), scope);
    case 'compare':
      return compileCompare(expr.op, sub(expr.left), sub(expr.right), scope);
    case 'in':
      return compileIn(expr.negated, sub(expr.expr), sub(expr.list), scope);
    case 'is_null': {
      const inner = sub(expr.expr);
      const read = inner.evaluate;
      return folded({ type: UINT8, constant: inner.constant, evaluate: (input) => (read(input) === null) !== expr.negated });
    }
    case 'and':
    case 'or':
      return compileLogic(expr.kind, expr.exprs.map(sub));
    case 'not': {
      const inner = sub(expr.expr);
      const read = inner.evaluate;
      return folded({
        type: UINT8,
        constant: inner.constant,
        evaluate: (input) => {
          const value = truth(read(input));
          return value === null ? null : !value;
        },
      });
    }
    case 'arithmetic':
      return compileArithmetic(expr.op, sub(expr.left), sub(expr.right));
    case 'negate': {
      const inner = sub(expr.expr);
      const read = inner.evaluate;
      return folded({
        type: inner.type,
        constant: inner.constant,
        evaluate: (input) => {
          const value = read(input);
          return typeof value === 'number' ? -value : null;
        },
      });
    }
    case 'interval': {
      const amount = sub(expr.amount);
      const micros = INTERVAL_MICROS[expr.unit];
      if (micros === undefined) throw unsupported(`INTERVAL … ${expr.unit.toUpperCase()} (calendar intervals)`);
      const count = amount.constant ? amount.evaluate(undefined) : null;
      if (typeof count !== 'number') throw new HogQLQueryError('An INTERVAL needs a constant number.');
      return constant(INTERVAL, count * micros);
    }
    case 'tuple': {
      const items = expr.exprs.map(sub);
      const reads = items.map((item) => item.evaluate);
      return folded({ type: TUPLE, constant: items.every((item) => item.constant), evaluate: (input) => reads.map((read) => read(input)) });
    }
  }
}

function compileConstant(value: Value): Compiled {
  if (value === null) return constant(NOTHING, null);
  if (typeof value === 'string') return constant(STRING, value);
  if (typeof value === 'boolean') return constant(BOOL, value);
  if (typeof value === 'number') return constant(literalType(value), value);
  return constant(TUPLE, value);
}

function compileField(chain: readonly string[], scope: Scope, aliasesInUse: ReadonlySet<string>): Compiled {
  const [first] = chain;
  const aliased = chain.length === 1 && first !== undefined && !aliasesInUse.has(first) ? scope.aliases.get(first) : undefined;
  // An alias names its expression everywhere, unless it just repeats the column (`timestamp AS timestamp`).
  if (aliased && !(aliased.kind === 'field' && aliased.chain.length === 1 && aliased.chain[0] === first)) {
    return compile(aliased, scope, new Set([...aliasesInUse, first as string]));
  }
  const local = chain.length > 1 && (first === scope.tableAlias || first === scope.table.name) ? chain.slice(1) : chain;
  const column = scope.table.column(local);
  if (!column) throw new HogQLQueryError(`Unable to resolve field: ${local.join('.')}`);
  if (scope.mode === 'group') {
    throw new HogQLQueryError(`Column \`${chain.join('.')}\` is not under aggregate function and not in GROUP BY keys.`);
  }
  const compiled: Compiled = { type: column.type, evaluate: column.read, constant: false };
  if (column.isEventTimestamp) compiled.isEventTimestamp = true;
  if (column.isEventUuid) compiled.isEventUuid = true;
  return compiled;
}

/** Three-valued AND/OR: NULL is "unknown", so `false AND NULL` is false and `true AND NULL` is NULL. */
function compileLogic(kind: 'and' | 'or', parts: Compiled[]): Compiled {
  const reads = parts.map((part) => part.evaluate);
  const decisive = kind === 'or';
  const compiled: Compiled = {
    type: UINT8,
    constant: parts.every((part) => part.constant),
    evaluate: (input) => {
      let unknown = false;
      for (const read of reads) {
        const value = truth(read(input));
        if (value === decisive) return decisive;
        if (value === null) unknown = true;
      }
      return unknown ? null : !decisive;
    },
  };
  const bounds = parts.map((part) => part.bounds);
  if (kind === 'and') {
    const known = bounds.filter((b): b is TimeBounds => b !== undefined);
    if (known.length) compiled.bounds = known.reduce(intersect, UNBOUNDED);
  } else if (bounds.every((b) => b !== undefined)) {
    compiled.bounds = (bounds as TimeBounds[]).reduce(cover);
  }
  return folded(compiled);
}

function compileArithmetic(op: string, left: Compiled, right: Compiled): Compiled {
  const readLeft = left.evaluate;
  const readRight = right.evaluate;
  const isConstant = left.constant && right.constant;
  const dateSide = left.type.kind === 'datetime' ? left : right.type.kind === 'datetime' ? right : undefined;
  if (dateSide) {
    const other = dateSide === left ? right : left;
    if (other.type.kind !== 'interval' || (op !== '+' && op !== '-') || (op === '-' && dateSide === right)) {
      throw unsupported(`datetime arithmetic other than datetime ± INTERVAL`);
    }
    const sign = op === '+' ? 1 : -1;
    return folded({
      type: dateSide.type,
      constant: isConstant,
      evaluate: (input) => {
        const a = readLeft(input);
        const b = readRight(input);
        if (typeof a !== 'number' || typeof b !== 'number') return null;
        return dateSide === left ? a + sign * b : b + a;
      },
    });
  }
  const isFloat = op === '/' || left.type.kind === 'float' || right.type.kind === 'float';
  const apply: Record<string, (a: number, b: number) => number> = {
    '+': (a, b) => a + b,
    '-': (a, b) => a - b,
    '*': (a, b) => a * b,
    '/': (a, b) => a / b,
    '%': (a, b) => a % b,
  };
  const fn = apply[op] as (a: number, b: number) => number;
  return folded({
    type: isFloat ? FLOAT64 : INT64,
    constant: isConstant,
    evaluate: (input) => {
      const a = readLeft(input);
      const b = readRight(input);
      return typeof a === 'number' && typeof b === 'number' ? fn(a, b) : null;
    },
  });
}
