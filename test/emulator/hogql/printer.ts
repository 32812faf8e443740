// Prints the tree back as HogQL, the way PostHog's printer does for the `hogql` response field and for
// column names: operators as functions (`equals(a, b)`, `and(…)`), fields as `properties.$browser`,
// `count()` as is (posthog/hogql/query.py names a column by its alias, else by its printed expression).
import type { ArithmeticOp, CompareOp, Expr, SelectQuery } from './ast.ts';

/** HogQL's function for each comparison operator: the same names in the printed HogQL and in ClickHouse SQL. */
export const COMPARE_FUNCTIONS: Record<CompareOp, string> = {
  '=': 'equals',
  '!=': 'notEquals',
  '<': 'less',
  '<=': 'lessOrEquals',
  '>': 'greater',
  '>=': 'greaterOrEquals',
  like: 'like',
  ilike: 'ilike',
  'not like': 'notLike',
  'not ilike': 'notILike',
};

const ARITHMETIC_FUNCTIONS: Record<ArithmeticOp, string> = { '+': 'plus', '-': 'minus', '*': 'multiply', '/': 'divide', '%': 'modulo' };

export function printIdentifier(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : `\`${name.replace(/[\\`]/g, (ch) => `\\${ch}`)}\``;
}

export function printString(value: string): string {
  return `'${value.replace(/[\\']/g, (ch) => `\\${ch}`).replace(/\n/g, '\\n')}'`;
}

export function printExpr(expr: Expr): string {
  switch (expr.kind) {
    case 'constant':
      if (expr.value === null) return 'NULL';
      if (typeof expr.value === 'string') return printString(expr.value);
      return String(expr.value);
    case 'field':
      return expr.chain.map(printIdentifier).join('.');
    case 'placeholder':
      return `{${expr.name}}`;
    case 'call':
      if (expr.star) return `${expr.name}(*)`;
      return `${expr.name}(${expr.distinct ? 'DISTINCT ' : ''}${expr.args.map(printExpr).join(', ')})`;
    case 'compare':
      return `${COMPARE_FUNCTIONS[expr.op]}(${printExpr(expr.left)}, ${printExpr(expr.right)})`;
    case 'in':
      return `${expr.negated ? 'notIn' : 'in'}(${printExpr(expr.expr)}, ${printExpr(expr.list)})`;
    case 'is_null':
      return `${expr.negated ? 'isNotNull' : 'isNull'}(${printExpr(expr.expr)})`;
    case 'and':
    case 'or':
      return `${expr.kind}(${expr.exprs.map(printExpr).join(', ')})`;
    case 'not':
      return `not(${printExpr(expr.expr)})`;
    case 'arithmetic':
      return `${ARITHMETIC_FUNCTIONS[expr.op]}(${printExpr(expr.left)}, ${printExpr(expr.right)})`;
    case 'negate':
      return `-${printExpr(expr.expr)}`;
    case 'interval':
      return `toInterval${expr.unit[0]?.toUpperCase()}${expr.unit.slice(1)}(${printExpr(expr.amount)})`;
    case 'tuple':
      return `tuple(${expr.exprs.map(printExpr).join(', ')})`;
    case 'array':
      return `[${expr.exprs.map(printExpr).join(', ')}]`;
    case 'lambda': {
      const params = expr.params.map(printIdentifier);
      return `${params.length === 1 ? params[0] : `(${params.join(', ')})`} -> ${printExpr(expr.body)}`;
    }
  }
}

/** The whole query on one line, with the LIMIT that was actually applied. */
export function printSelect(query: SelectQuery, appliedLimit: number): string {
  const parts = [`SELECT ${query.select.map((item) => printExpr(item.expr) + (item.alias ? ` AS ${printIdentifier(item.alias)}` : '')).join(', ')}`];
  if (query.from) parts.push(`FROM ${printIdentifier(query.from.table)}${query.from.alias ? ` AS ${printIdentifier(query.from.alias)}` : ''}`);
  if (query.where) parts.push(`WHERE ${printExpr(query.where)}`);
  if (query.groupBy.length) parts.push(`GROUP BY ${query.groupBy.map(printExpr).join(', ')}`);
  if (query.having) parts.push(`HAVING ${printExpr(query.having)}`);
  if (query.orderBy.length) parts.push(`ORDER BY ${query.orderBy.map((item) => `${printExpr(item.expr)} ${item.descending ? 'DESC' : 'ASC'}`).join(', ')}`);
  parts.push(`LIMIT ${appliedLimit}`);
  return parts.join(' ');
}
