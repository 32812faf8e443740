// Tokenizer for the HogQL subset the emulator evaluates (ClickHouse lexical rules: identifiers may hold `$`,
// backticks or double quotes quote identifiers, single quotes quote strings, `--` and `/* */` are comments).
import { HogQLSyntaxError } from './errors.ts';

export type TokenKind = 'ident' | 'quoted_ident' | 'string' | 'number' | 'op' | 'eof';

export interface Token {
  kind: TokenKind;
  /** The source text (for identifiers: the name; for strings: the unescaped value). */
  text: string;
  /** Upper-cased name of a bare identifier, so keywords compare without case. */
  upper: string;
  /** Offset in the query text, for error messages. */
  pos: number;
}

// '->' before '-': HogQL's lambda arrow (`x -> expr`, posthog/hogql/grammar HogQLParser.g4 columnLambdaExpr).
const OPERATORS = ['->', '<=', '>=', '!=', '<>', '==', '=', '<', '>', '(', ')', ',', '.', '[', ']', '{', '}', '*', '+', '-', '/', '%', ';'];
const IDENT_START = /[A-Za-z_$]/;
const IDENT_PART = /[A-Za-z0-9_$]/;
const STRING_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f' };

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, value: string, pos: number) =>
    tokens.push({ kind, text: value, upper: kind === 'ident' ? value.toUpperCase() : '', pos });

  while (i < text.length) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      i++;
    } else if (text.startsWith('--', i)) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new HogQLSyntaxError(`token recognition error at: '${text.slice(i, i + 20)}'`);
      i = end + 2;
    } else if (IDENT_START.test(ch)) {
      const start = i;
      while (i < text.length && IDENT_PART.test(text[i] as string)) i++;
      push('ident', text.slice(start, i), start);
    } else if (/[0-9]/.test(ch)) {
      const match = /^(?:\d+\.?\d*(?:[eE][+-]?\d+)?)/.exec(text.slice(i)) as RegExpExecArray;
      push('number', match[0], i);
      i += match[0].length;
    } else if (ch === "'" || ch === '`' || ch === '"') {
      const { value, end } = readQuoted(text, i, ch);
      push(ch === "'" ? 'string' : 'quoted_ident', value, i);
      i = end;
    } else {
      const op = OPERATORS.find((candidate) => text.startsWith(candidate, i));
      if (!op) throw new HogQLSyntaxError(`token recognition error at: '${ch}'`);
      push('op', op, i);
      i += op.length;
    }
  }
  tokens.push({ kind: 'eof', text: '<EOF>', upper: '', pos: text.length });
  return tokens;
}

/** Reads a quoted run starting at `start`; the quote is escaped by doubling it or by a backslash. */
function readQuoted(text: string, start: number, quote: string): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '\\' && i + 1 < text.length) {
      const next = text[i + 1] as string;
      value += STRING_ESCAPES[next] ?? next;
      i += 2;
    } else if (ch === quote && text[i + 1] === quote) {
      value += quote;
      i += 2;
    } else if (ch === quote) {
      return { value, end: i + 1 };
    } else {
      value += ch;
      i++;
    }
  }
  throw new HogQLSyntaxError(`token recognition error at: '${text.slice(start, start + 20)}'`);
}
