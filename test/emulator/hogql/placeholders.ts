// `{name}` placeholders replaced by constants from the request's `values`, on the tree, never by splicing text
// (posthog/hogql/placeholders.py replace_placeholders). Arrays become list constants, for `x IN {list}`.
import { mapExpr, type Expr, type SelectQuery } from './ast.ts';
import { HogQLQueryError } from './errors.ts';

export function replacePlaceholders(query: SelectQuery, values: Record<string, unknown>): SelectQuery {
  const replace = (expr: Expr): Expr =>
    mapExpr(expr, (node) => (node.kind === 'placeholder' ? constantFor(node.name, values) : undefined));
  const maybe = (expr: Expr | undefined) => (expr === undefined ? undefined : replace(expr));
  const replaced: SelectQuery = {
    select: query.select.map((item) => ({ ...item, expr: replace(item.expr) })),
    groupBy: query.groupBy.map(replace),
    orderBy: query.orderBy.map((item) => ({ ...item, expr: replace(item.expr) })),
  };
  if (query.from) replaced.from = query.from;
  const where = maybe(query.where);
  if (where) replaced.where = where;
  const having = maybe(query.having);
  if (having) replaced.having = having;
  const limit = maybe(query.limit);
  if (limit) replaced.limit = limit;
  const offset = maybe(query.offset);
  if (offset) replaced.offset = offset;
  return replaced;
}

function constantFor(name: string, values: Record<string, unknown>): Expr {
  if (!Object.hasOwn(values, name)) {
    const available = Object.keys(values);
    throw new HogQLQueryError(
      `Placeholder {${name}} is not available in this context. You can use the following: ${available.length ? available.join(', ') : '(none)'}`,
    );
  }
  return toConstant(values[name], name);
}

function toConstant(value: unknown, name: string): Expr {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return { kind: 'constant', value };
  if (typeof value === 'number' && Number.isFinite(value)) return { kind: 'constant', value };
  if (Array.isArray(value)) {
    return { kind: 'array', exprs: value.map((item) => (Array.isArray(item) ? invalid(name) : toConstant(item, name))) };
  }
  return invalid(name);
}

function invalid(name: string): never {
  throw new HogQLQueryError(`Placeholder {${name}} must be a string, number, boolean, null or a list of those.`);
}
