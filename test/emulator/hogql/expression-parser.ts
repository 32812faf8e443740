// Expressions of the HogQL subset, by recursive descent. Precedence follows ClickHouse:
// OR < AND < NOT < comparison / IN / LIKE / IS NULL < + - < * / % < unary minus < field access.
import type { CompareOp, Expr, IntervalUnit } from './ast.ts';
import { unsupported } from './errors.ts';
import { RESERVED, TokenStream } from './token-stream.ts';

const COMPARE_OPS: Record<string, CompareOp> = { '=': '=', '==': '=', '!=': '!=', '<>': '!=', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };

const INTERVAL_UNITS = new Set<IntervalUnit>(['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year']);

export class ExpressionParser extends TokenStream {
  expr(): Expr {
    const first = this.andExpr();
    if (!this.isWord('OR')) return first;
    const exprs = [first];
    while (this.acceptWord('OR')) exprs.push(this.andExpr());
    return { kind: 'or', exprs };
  }

  private andExpr(): Expr {
    const first = this.notExpr();
    if (!this.isWord('AND')) return first;
    const exprs = [first];
    while (this.acceptWord('AND')) exprs.push(this.notExpr());
    return { kind: 'and', exprs };
  }

  private notExpr(): Expr {
    if (this.acceptWord('NOT')) return { kind: 'not', expr: this.notExpr() };
    return this.comparison();
  }

  private comparison(): Expr {
    const left = this.additive();
    const token = this.peek();
    const op = token.kind === 'op' ? COMPARE_OPS[token.text] : undefined;
    if (op) {
      this.index++;
      return { kind: 'compare', op, left, right: this.additive() };
    }
    if (this.acceptWord('IS')) {
      const negated = this.acceptWord('NOT');
      this.expectWord('NULL');
      return { kind: 'is_null', negated, expr: left };
    }
    if (this.isWord('BETWEEN')) throw unsupported('BETWEEN (use >= and <=)');
    const negated = this.isWord('NOT') && ['IN', 'LIKE', 'ILIKE'].includes(this.peek(1).upper);
    if (negated) this.index++;
    if (this.acceptWord('IN')) return { kind: 'in', negated, expr: left, list: this.inList() };
    if (this.acceptWord('LIKE')) return { kind: 'compare', op: negated ? 'not like' : 'like', left, right: this.additive() };
    if (this.acceptWord('ILIKE')) return { kind: 'compare', op: negated ? 'not ilike' : 'ilike', left, right: this.additive() };
    return left;
  }

  private inList(): Expr {
    if (this.isOp('{')) return this.primary();
    this.expectOp('(');
    if (this.isWord('SELECT')) throw unsupported('subqueries');
    const exprs = this.commaList(() => this.expr());
    this.expectOp(')');
    return { kind: 'tuple', exprs };
  }

  private additive(): Expr {
    let left = this.multiplicative();
    while (this.isOp('+') || this.isOp('-')) {
      const op = this.next().text as '+' | '-';
      left = { kind: 'arithmetic', op, left, right: this.multiplicative() };
    }
    return left;
  }

  private multiplicative(): Expr {
    let left = this.unary();
    while (this.isOp('*') || this.isOp('/') || this.isOp('%')) {
      const op = this.next().text as '*' | '/' | '%';
      left = { kind: 'arithmetic', op, left, right: this.unary() };
    }
    return left;
  }

  private unary(): Expr {
    if (this.acceptOp('-')) {
      const inner = this.unary();
      if (inner.kind === 'constant' && typeof inner.value === 'number') return { kind: 'constant', value: -inner.value };
      return { kind: 'negate', expr: inner };
    }
    return this.postfix();
  }

  /** Field access: `properties.$browser`, `properties['$browser']`, `person.properties.email`. */
  private postfix(): Expr {
    const base = this.primary();
    if (base.kind !== 'field') {
      if (this.isOp('[') || this.isOp('.')) throw unsupported('indexing into non-field expressions');
      return base;
    }
    const chain = [...base.chain];
    for (;;) {
      if (this.acceptOp('.')) {
        const token = this.next();
        if (token.kind !== 'ident' && token.kind !== 'quoted_ident' && token.kind !== 'number') throw this.mismatch('an identifier', token);
        chain.push(token.text);
      } else if (this.acceptOp('[')) {
        const key = this.next();
        if (key.kind !== 'string') throw unsupported("indexing other than with a string key (properties['$key'])");
        chain.push(key.text);
        this.expectOp(']');
      } else {
        return { kind: 'field', chain };
      }
    }
  }

  private primary(): Expr {
    const token = this.peek();
    if (token.kind === 'number') {
      this.index++;
      return { kind: 'constant', value: Number(token.text) };
    }
    if (token.kind === 'string') {
      this.index++;
      return { kind: 'constant', value: token.text };
    }
    if (token.kind === 'quoted_ident') {
      this.index++;
      return { kind: 'field', chain: [token.text] };
    }
    if (this.acceptOp('{')) {
      // Any word names a placeholder, keywords included: `{from}`, `{to}`.
      const nameToken = this.next();
      if (nameToken.kind !== 'ident') throw this.mismatch('a placeholder name', nameToken);
      const name = nameToken.text;
      this.expectOp('}');
      return { kind: 'placeholder', name };
    }
    if (this.acceptOp('(')) {
      if (this.isWord('SELECT')) throw unsupported('subqueries');
      const exprs = this.commaList(() => this.expr());
      this.expectOp(')');
      return exprs.length === 1 ? (exprs[0] as Expr) : { kind: 'tuple', exprs };
    }
    if (token.kind !== 'ident') throw this.mismatch('an expression');
    if (this.acceptWord('NULL')) return { kind: 'constant', value: null };
    if (this.acceptWord('TRUE')) return { kind: 'constant', value: true };
    if (this.acceptWord('FALSE')) return { kind: 'constant', value: false };
    if (this.acceptWord('INTERVAL')) return this.interval();
    if (token.upper === 'CASE') throw unsupported('CASE');
    if (RESERVED.has(token.upper)) throw this.mismatch('an expression');
    this.index++;
    if (this.isOp('(')) return this.call(token.text);
    return { kind: 'field', chain: [token.text] };
  }

  private call(name: string): Expr {
    this.expectOp('(');
    if (this.acceptOp(')')) return { kind: 'call', name, args: [], distinct: false, star: false };
    if (this.acceptOp('*')) {
      this.expectOp(')');
      return { kind: 'call', name, args: [], distinct: false, star: true };
    }
    const distinct = this.acceptWord('DISTINCT');
    const args = this.commaList(() => this.lambdaOrExpr());
    this.expectOp(')');
    if (this.isOp('(')) throw unsupported('parametric functions');
    return { kind: 'call', name, args, distinct, star: false };
  }

  /** A call argument: a lambda (`x -> expr`, `(x, y) -> expr`, as PostHog's HogQL allows) or an expression. */
  private lambdaOrExpr(): Expr {
    const first = this.peek();
    if (first.kind === 'ident' && !RESERVED.has(first.upper) && this.peek(1).kind === 'op' && this.peek(1).text === '->') {
      this.index += 2;
      return { kind: 'lambda', params: [first.text], body: this.expr() };
    }
    if (this.isOp('(')) {
      const params: string[] = [];
      let ahead = 1;
      for (;;) {
        const token = this.peek(ahead);
        if (token.kind !== 'ident' || RESERVED.has(token.upper)) break;
        params.push(token.text);
        const after = this.peek(ahead + 1);
        if (after.kind === 'op' && after.text === ',') {
          ahead += 2;
          continue;
        }
        const arrow = this.peek(ahead + 2);
        if (after.kind === 'op' && after.text === ')' && arrow.kind === 'op' && arrow.text === '->') {
          this.index += ahead + 3;
          return { kind: 'lambda', params, body: this.expr() };
        }
        break;
      }
    }
    return this.expr();
  }

  private interval(): Expr {
    const amount = this.unary();
    const unitToken = this.next();
    const unit = unitToken.text.toLowerCase().replace(/s$/, '') as IntervalUnit;
    if (unitToken.kind !== 'ident' || !INTERVAL_UNITS.has(unit)) throw this.mismatch('an interval unit', unitToken);
    return { kind: 'interval', amount, unit };
  }

}
