import { describe, expect, it } from 'vitest';
import { HogQLSyntaxError } from '../../emulator/hogql/errors.ts';
import { parseSelect } from '../../emulator/hogql/parser.ts';
import { printExpr } from '../../emulator/hogql/printer.ts';
import { tokenize } from '../../emulator/hogql/tokens.ts';

describe('HogQL tokenizer and parser', () => {
  it('tokenizes quoted identifiers, escaped strings, comments and placeholders', () => {
    const tokens = tokenize("SELECT `$session_id`, 'it''s \\'ok\\'' -- comment\n FROM events /* x */ WHERE {ts}");
    expect(tokens.map((token) => [token.kind, token.text])).toEqual([
      ['ident', 'SELECT'], ['quoted_ident', '$session_id'], ['op', ','], ['string', "it's 'ok'"],
      ['ident', 'FROM'], ['ident', 'events'], ['ident', 'WHERE'], ['op', '{'], ['ident', 'ts'], ['op', '}'], ['eof', '<EOF>'],
    ]);
  });

  it('parses with ClickHouse precedence: OR < AND < NOT < comparison < arithmetic', () => {
    const query = parseSelect('SELECT a FROM events WHERE NOT a = 1 OR b > 2 + 3 * 4 AND c IN (1, 2)');
    expect(printExpr(query.where!)).toBe('or(not(equals(a, 1)), and(greater(b, plus(2, multiply(3, 4))), in(c, tuple(1, 2))))');
  });

  it('reads field chains, aliases with and without AS, and ORDER BY directions', () => {
    const query = parseSelect("SELECT properties['$browser'] AS browser, person.properties.email e, count() FROM events ev GROUP BY browser ORDER BY count() DESC, e");
    expect(query.select.map((item) => [printExpr(item.expr), item.alias])).toEqual([
      ['properties.$browser', 'browser'],
      ['person.properties.email', 'e'],
      ['count()', undefined],
    ]);
    expect(query.from).toEqual({ table: 'events', alias: 'ev' });
    expect(query.orderBy.map((item) => item.descending)).toEqual([true, false]);
  });

  it('throws syntax errors worded like PostHog', () => {
    expect(() => parseSelect('SELECT 1;')).toThrow(new HogQLSyntaxError("mismatched input ';' expecting <EOF>"));
    expect(() => parseSelect('   ')).toThrow(new HogQLSyntaxError('Empty query'));
  });
});
