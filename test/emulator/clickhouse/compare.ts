// Comparisons printed as PostHog's printer prints them (printer.py visit_compare_operation): the ClickHouse
// function, wrapped in ifNull(…) when a side can be NULL so that NULL compares as HogQL defines it
// (`=` with NULL is false unless both are NULL, `!=` true unless both are NULL), and never around a
// toTimeZone(…timestamp) so that ClickHouse can still use the sort key. A property in the custom property group
// compared with a constant reads the map directly (has(…) / map['k']), as PostHog does to use its indexes.
import type { CompareOp, Expr } from '../hogql/ast.ts';
import { COMPARE_FUNCTIONS } from '../hogql/printer.ts';
import { escapeString } from './escape.ts';

export interface Printed {
  sql: string;
  nullable: boolean;
  /** A DateTime value (toDateTime() keeps it as is, string constants next to it are read as datetimes). */
  isDateTime?: boolean;
  /** The custom property group's `has` test and lookup, when this is such a property. */
  group?: { has: string; value: string };
}


const isConstant = (expr: Expr): expr is Extract<Expr, { kind: 'constant' }> => expr.kind === 'constant';

function groupCompare(op: CompareOp, property: Printed, other: Expr): string | undefined {
  const group = property.group;
  if (!group || !isConstant(other)) return undefined;
  const value = other.value;
  if (op === '=') {
    if (value === null) return `not(${group.has})`;
    if (value === true) return `equals(${group.value}, 'true')`;
    if (value === false) return `equals(${group.value}, 'false')`;
    if (typeof value === 'string') {
      const equals = `equals(${group.value}, ${escapeString(value)})`;
      return value === '' ? `and(${group.has}, ${equals})` : equals;
    }
  }
  if (op === '!=' && value === null) return group.has;
  return undefined;
}

export function printCompare(op: CompareOp, leftExpr: Expr, left: Printed, rightExpr: Expr, right: Printed): string {
  const optimized = groupCompare(op, left, rightExpr) ?? groupCompare(op, right, leftExpr);
  if (optimized) return optimized;
  const call = `${COMPARE_FUNCTIONS[op]}(${left.sql}, ${right.sql})`;

  const timestampSide = (sql: string) => sql.includes('toTimeZone(') && (sql.includes('.timestamp') || sql.includes('_timestamp'));
  if ((!left.nullable && !right.nullable) || timestampSide(left.sql) || timestampSide(right.sql)) return call;

  const leftNull = isConstant(leftExpr) && leftExpr.value === null;
  const rightNull = isConstant(rightExpr) && rightExpr.value === null;
  if (op === '=' || op === 'like' || op === 'ilike') {
    if (isConstant(rightExpr)) return rightNull ? `isNull(${left.sql})` : `ifNull(${call}, 0)`;
    if (isConstant(leftExpr)) return leftNull ? `isNull(${right.sql})` : `ifNull(${call}, 0)`;
    return `ifNull(${call}, isNull(${left.sql}) and isNull(${right.sql}))`;
  }
  if (op === '!=' || op === 'not like' || op === 'not ilike') {
    if (isConstant(rightExpr)) return rightNull ? `isNotNull(${left.sql})` : `ifNull(${call}, 1)`;
    if (isConstant(leftExpr)) return leftNull ? `isNotNull(${right.sql})` : `ifNull(${call}, 1)`;
    return `ifNull(${call}, isNotNull(${left.sql}) or isNotNull(${right.sql}))`;
  }
  // <, <=, >, >=: false when either side is NULL.
  if (leftNull || rightNull) return '0';
  return `ifNull(${call}, 0)`;
}

/** `x [NOT] IN list`: printed as is (PostHog adds no NULL handling), or through the property group map. */
export function printIn(negated: boolean, subject: Printed, listExpr: Expr, list: Printed): string {
  if (!negated && subject.group && (listExpr.kind === 'array' || listExpr.kind === 'tuple')) {
    const strings = listExpr.exprs.every((item) => item.kind === 'constant' && typeof item.value === 'string' && item.value !== '');
    if (strings) return `in(${subject.group.value}, ${list.sql})`;
  }
  return `${negated ? 'notIn' : 'in'}(${subject.sql}, ${list.sql})`;
}
