// HogQL expressions printed as ClickHouse SQL, PostHog's way (printer.py): operators as functions
// (`and(…)`, `plus(…)`), constants escaped inline (escape.ts), fields through a resolver that knows the
// table (select.ts for a query's own table, lazy-tables.ts for the raw tables under persons & co.).
import type { Expr } from '../hogql/ast.ts';
import { HogQLQueryError } from '../hogql/errors.ts';
import { printCompare, printIn, type Printed } from './compare.ts';
import { escapeIdentifier, escapeValue } from './escape.ts';
import { isAggregation, printAggregation, printFunction } from './functions.ts';

export type { Printed } from './compare.ts';

export interface FieldResolver {
  /** The SQL of a field chain as written (`properties.$browser`, `e.uuid`); throws HogQLQueryError when unknown. */
  resolve(chain: readonly string[]): Printed;
}

const ARITHMETIC: Record<string, string> = { '+': 'plus', '-': 'minus', '*': 'multiply', '/': 'divide', '%': 'modulo' };

/** Calls whose result is never NULL when their arguments are not (the rest may be: HogQL assumes so). */
const NON_NULLABLE_CALLS = new Set(['count', 'countIf', 'uniq', 'uniqExact', 'now64', 'today', 'toTimeZone', 'length', 'empty', 'notEmpty', 'isNull', 'isNotNull', 'has', 'lower', 'upper', 'toString', 'concat']);

export class ExpressionPrinter {
  /** The parameters of the lambdas being printed, innermost last: a bare name among them is the parameter. */
  private readonly lambdaParams: string[] = [];

  constructor(
    private readonly fields: FieldResolver,
    private readonly timezone: string,
  ) {}

  print(expr: Expr, insideAggregation?: string): Printed {
    const sub = (child: Expr) => this.print(child, insideAggregation);
    switch (expr.kind) {
      case 'constant':
        return { sql: escapeValue(expr.value), nullable: expr.value === null };
      case 'array': {
        const items = expr.exprs.map(sub);
        return { sql: `[${items.map((item) => item.sql).join(', ')}]`, nullable: false };
      }
      case 'tuple': {
        const items = expr.exprs.map(sub);
        return { sql: `tuple(${items.map((item) => item.sql).join(', ')})`, nullable: false };
      }
      case 'placeholder':
        throw new HogQLQueryError(`Unresolved placeholder: {${expr.name}}`);
      case 'field':
        if (expr.chain.length === 1 && this.lambdaParams.includes(expr.chain[0] as string)) {
          return { sql: escapeIdentifier(expr.chain[0] as string), nullable: false };
        }
        return this.fields.resolve(expr.chain);
      case 'lambda': {
        // PostHog's printer.py visit_lambda: `x -> body`, `(x, y) -> body`.
        this.lambdaParams.push(...expr.params);
        try {
          const params = expr.params.map(escapeIdentifier);
          const body = sub(expr.body);
          return { sql: `${params.length === 1 ? params[0] : `(${params.join(', ')})`} -> ${body.sql}`, nullable: body.nullable };
        } finally {
          this.lambdaParams.splice(this.lambdaParams.length - expr.params.length);
        }
      }
      case 'call':
        return this.call(expr, insideAggregation);
      case 'compare':
        return { sql: printCompare(expr.op, expr.left, sub(expr.left), expr.right, sub(expr.right)), nullable: false };
      case 'in':
        return { sql: printIn(expr.negated, sub(expr.expr), expr.list, sub(expr.list)), nullable: false };
      case 'is_null': {
        const inner = sub(expr.expr);
        if (inner.group) return { sql: expr.negated ? inner.group.has : `not(${inner.group.has})`, nullable: false };
        return { sql: `${expr.negated ? 'isNotNull' : 'isNull'}(${inner.sql})`, nullable: false };
      }
      case 'and':
      case 'or': {
        const parts = expr.exprs.map(sub);
        return { sql: `${expr.kind}(${parts.map((part) => part.sql).join(', ')})`, nullable: parts.some((part) => part.nullable) };
      }
      case 'not': {
        const inner = sub(expr.expr);
        return { sql: `not(${inner.sql})`, nullable: inner.nullable };
      }
      case 'arithmetic': {
        const left = sub(expr.left);
        const right = sub(expr.right);
        return {
          sql: `${ARITHMETIC[expr.op]}(${left.sql}, ${right.sql})`,
          nullable: left.nullable || right.nullable,
          isDateTime: Boolean(left.isDateTime || right.isDateTime),
        };
      }
      case 'negate': {
        const inner = sub(expr.expr);
        return { sql: `minus(0, ${inner.sql})`, nullable: inner.nullable };
      }
      case 'interval': {
        const unit = expr.unit[0]?.toUpperCase() + expr.unit.slice(1);
        return { sql: `toInterval${unit}(${sub(expr.amount).sql})`, nullable: false };
      }
    }
  }

  private call(expr: Extract<Expr, { kind: 'call' }>, insideAggregation: string | undefined): Printed {
    if (isAggregation(expr.name)) {
      if (insideAggregation) throw new HogQLQueryError(`Aggregation '${expr.name}' cannot be nested inside another aggregation '${insideAggregation}'.`);
      // count(*) is count() in ClickHouse.
      const args = expr.star ? [] : expr.args.map((arg) => this.print(arg, expr.name).sql);
      const isMinMax = expr.name === 'min' || expr.name === 'max' || expr.name === 'any' || expr.name === 'argMax' || expr.name === 'argMin';
      const first = isMinMax && expr.args[0] ? this.print(expr.args[0], expr.name) : undefined;
      return { sql: printAggregation(expr.name, args, expr.distinct), nullable: !NON_NULLABLE_CALLS.has(expr.name), isDateTime: Boolean(first?.isDateTime) };
    }
    if (expr.star || expr.distinct) throw new HogQLQueryError(`Only aggregations take * or DISTINCT, not ${expr.name}()`);
    const args = expr.args.map((arg) => {
      const printed = this.print(arg, insideAggregation);
      return {
        sql: printed.sql,
        isDateTime: Boolean(printed.isDateTime),
        ...(arg.kind === 'constant' && typeof arg.value === 'string' ? { stringConstant: arg.value } : {}),
        nullable: printed.nullable,
      };
    });
    const sql = printFunction(expr.name, args, this.timezone);
    const dateTimeCalls = ['toDateTime', 'now', 'now64', 'toTimeZone', 'toStartOfHour', 'toStartOfDay'];
    const nullable = !NON_NULLABLE_CALLS.has(expr.name) || args.some((arg) => arg.nullable);
    return { sql, nullable: expr.name === 'now' ? false : nullable, isDateTime: dateTimeCalls.includes(expr.name) };
  }
}
