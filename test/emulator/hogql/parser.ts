// The SELECT statement of the HogQL subset: one table, WHERE, GROUP BY, HAVING, ORDER BY, LIMIT [OFFSET].
// Valid HogQL beyond that (JOIN, subqueries, UNION, …) is refused by name rather than as a syntax error.
import type { OrderItem, SelectItem, SelectQuery } from './ast.ts';
import { HogQLSyntaxError, unsupported } from './errors.ts';
import { ExpressionParser } from './expression-parser.ts';
import { RESERVED } from './token-stream.ts';
import { tokenize } from './tokens.ts';

export function parseSelect(text: string): SelectQuery {
  if (text.trim() === '') throw new HogQLSyntaxError('Empty query');
  return new SelectParser(tokenize(text)).selectStatement();
}

class SelectParser extends ExpressionParser {
  selectStatement(): SelectQuery {
    if (this.isWord('WITH')) throw unsupported('WITH (common table expressions)');
    this.expectWord('SELECT');
    if (this.isWord('DISTINCT')) throw unsupported('SELECT DISTINCT');
    const query: SelectQuery = { select: this.selectList(), groupBy: [], orderBy: [] };
    if (this.acceptWord('FROM')) query.from = this.fromClause();
    if (this.acceptWord('WHERE')) query.where = this.expr();
    if (this.acceptWord('GROUP')) {
      this.expectWord('BY');
      query.groupBy = this.commaList(() => this.expr());
    }
    if (this.acceptWord('HAVING')) query.having = this.expr();
    if (this.acceptWord('ORDER')) {
      this.expectWord('BY');
      query.orderBy = this.commaList(() => this.orderItem());
    }
    if (this.acceptWord('LIMIT')) {
      const first = this.expr();
      if (this.isWord('BY')) throw unsupported('LIMIT … BY');
      if (this.acceptOp(',')) {
        // ClickHouse's `LIMIT offset, count`.
        query.offset = first;
        query.limit = this.expr();
      } else {
        query.limit = first;
      }
    }
    if (this.acceptWord('OFFSET')) query.offset = this.expr();
    if (this.isWord('UNION')) throw unsupported('UNION');
    if (this.isWord('SETTINGS')) throw unsupported('SETTINGS');
    if (this.peek().kind !== 'eof') throw this.mismatch('<EOF>');
    return query;
  }

  private selectList(): SelectItem[] {
    return this.commaList(() => {
      if (this.isOp('*')) throw unsupported('SELECT * (name the columns)');
      const expr = this.expr();
      const alias = this.optionalAlias();
      return alias === undefined ? { expr } : { expr, alias };
    });
  }

  private fromClause(): { table: string; alias?: string } {
    if (this.isOp('(')) throw unsupported('subqueries');
    const table = this.identifier('table name');
    if (this.isWord('SAMPLE')) throw unsupported('SAMPLE');
    if (this.isWord('FINAL')) throw unsupported('FINAL');
    const alias = this.optionalAlias();
    if (['JOIN', 'INNER', 'LEFT', 'RIGHT', 'FULL', 'CROSS', 'ARRAY'].some((word) => this.isWord(word)) || this.isOp(',')) {
      throw unsupported('JOIN');
    }
    return alias === undefined ? { table } : { table, alias };
  }

  private optionalAlias(): string | undefined {
    if (this.acceptWord('AS')) return this.identifier('alias');
    const token = this.peek();
    if (token.kind === 'quoted_ident' || (token.kind === 'ident' && !RESERVED.has(token.upper))) return this.identifier('alias');
    return undefined;
  }

  private orderItem(): OrderItem {
    const expr = this.expr();
    let descending = false;
    if (this.acceptWord('DESC') || this.acceptWord('DESCENDING')) descending = true;
    else if (!this.acceptWord('ASC')) this.acceptWord('ASCENDING');
    if (this.isWord('NULLS')) throw unsupported('NULLS FIRST/LAST');
    return { expr, descending };
  }
}
