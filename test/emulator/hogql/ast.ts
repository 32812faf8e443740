// The syntax tree of the HogQL subset: one SELECT over one table.

export type ConstantValue = string | number | boolean | null;

export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'like' | 'ilike' | 'not like' | 'not ilike';

export type ArithmeticOp = '+' | '-' | '*' | '/' | '%';

export type IntervalUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

export type Expr =
  | { kind: 'constant'; value: ConstantValue }
  /** `a.b['c']`: every part, bracketed string keys included, as one chain (HogQL's ast.Field). */
  | { kind: 'field'; chain: string[] }
  | { kind: 'placeholder'; name: string }
  | { kind: 'call'; name: string; args: Expr[]; distinct: boolean; star: boolean }
  | { kind: 'compare'; op: CompareOp; left: Expr; right: Expr }
  | { kind: 'in'; negated: boolean; expr: Expr; list: Expr }
  | { kind: 'is_null'; negated: boolean; expr: Expr }
  | { kind: 'and'; exprs: Expr[] }
  | { kind: 'or'; exprs: Expr[] }
  | { kind: 'not'; expr: Expr }
  | { kind: 'arithmetic'; op: ArithmeticOp; left: Expr; right: Expr }
  | { kind: 'negate'; expr: Expr }
  | { kind: 'interval'; amount: Expr; unit: IntervalUnit }
  | { kind: 'tuple'; exprs: Expr[] }
  /** A list from a placeholder's JSON array (`x IN {ids}`): ClickHouse's `[…]`, as PostHog prints a list value. */
  | { kind: 'array'; exprs: Expr[] }
  /** `x -> expr` or `(x, y) -> expr`, an argument of the higher-order array functions (arrayExists, arrayMap, …). */
  | { kind: 'lambda'; params: string[]; body: Expr };

export interface SelectItem {
  expr: Expr;
  alias?: string;
}

export interface OrderItem {
  expr: Expr;
  descending: boolean;
}

export interface SelectQuery {
  select: SelectItem[];
  from?: { table: string; alias?: string };
  where?: Expr;
  groupBy: Expr[];
  having?: Expr;
  orderBy: OrderItem[];
  limit?: Expr;
  offset?: Expr;
}

/** Rebuilds `expr` bottom-up, letting `replace` swap any node (used for placeholders and aliases). */
export function mapExpr(expr: Expr, replace: (node: Expr) => Expr | undefined): Expr {
  const swapped = replace(expr);
  if (swapped) return swapped;
  const map = (child: Expr) => mapExpr(child, replace);
  switch (expr.kind) {
    case 'call':
      return { ...expr, args: expr.args.map(map) };
    case 'compare':
    case 'arithmetic':
      return { ...expr, left: map(expr.left), right: map(expr.right) };
    case 'in':
      return { ...expr, expr: map(expr.expr), list: map(expr.list) };
    case 'is_null':
    case 'not':
    case 'negate':
      return { ...expr, expr: map(expr.expr) };
    case 'and':
    case 'or':
    case 'tuple':
    case 'array':
      return { ...expr, exprs: expr.exprs.map(map) };
    case 'interval':
      return { ...expr, amount: map(expr.amount) };
    case 'lambda':
      return { ...expr, body: map(expr.body) };
    default:
      return expr;
  }
}
