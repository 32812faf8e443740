// A cursor over the tokens with the small vocabulary the parsers share: peek, accept, expect, and syntax
// errors worded like PostHog's ANTLR-generated parser ("mismatched input ';' expecting <EOF>").
import { HogQLSyntaxError } from './errors.ts';
import type { Token } from './tokens.ts';

/** Words that end an expression or a clause, so they can never be a bare column name or an implicit alias. */
export const RESERVED = new Set([
  'SELECT', 'FROM', 'WHERE', 'GROUP', 'BY', 'HAVING', 'ORDER', 'LIMIT', 'OFFSET', 'AND', 'OR', 'NOT', 'IN', 'AS',
  'ASC', 'DESC', 'IS', 'NULL', 'LIKE', 'ILIKE', 'INTERVAL', 'DISTINCT', 'TRUE', 'FALSE', 'JOIN', 'INNER', 'LEFT',
  'RIGHT', 'FULL', 'CROSS', 'ARRAY', 'ON', 'USING', 'UNION', 'WITH', 'SETTINGS', 'SAMPLE', 'PREWHERE', 'FINAL',
  'WINDOW', 'QUALIFY', 'BETWEEN', 'CASE', 'WHEN', 'THEN', 'ELSE', 'END', 'NULLS', 'FIRST', 'LAST',
]);

export class TokenStream {
  protected index = 0;

  constructor(private readonly tokens: Token[]) {}

  protected commaList<T>(item: () => T): T[] {
    const items = [item()];
    while (this.acceptOp(',')) items.push(item());
    return items;
  }

  protected identifier(what: string): string {
    const token = this.peek();
    if (token.kind === 'quoted_ident' || (token.kind === 'ident' && !RESERVED.has(token.upper))) {
      this.index++;
      return token.text;
    }
    throw this.mismatch(what);
  }

  protected peek(ahead = 0): Token {
    return (this.tokens[this.index + ahead] ?? this.tokens[this.tokens.length - 1]) as Token;
  }

  protected next(): Token {
    const token = this.peek();
    if (token.kind !== 'eof') this.index++;
    return token;
  }

  protected isWord(word: string): boolean {
    const token = this.peek();
    return token.kind === 'ident' && token.upper === word;
  }

  protected acceptWord(word: string): boolean {
    if (!this.isWord(word)) return false;
    this.index++;
    return true;
  }

  protected expectWord(word: string): void {
    if (!this.acceptWord(word)) throw this.mismatch(word);
  }

  protected isOp(op: string): boolean {
    const token = this.peek();
    return token.kind === 'op' && token.text === op;
  }

  protected acceptOp(op: string): boolean {
    if (!this.isOp(op)) return false;
    this.index++;
    return true;
  }

  protected expectOp(op: string): void {
    if (!this.acceptOp(op)) throw this.mismatch(`'${op}'`);
  }

  protected mismatch(expected: string, token: Token = this.peek()): HogQLSyntaxError {
    const shown = token.kind === 'eof' ? '<EOF>' : `'${token.kind === 'string' ? `'${token.text}'` : token.text}'`;
    return new HogQLSyntaxError(`mismatched input ${shown} expecting ${expected}`);
  }
}
