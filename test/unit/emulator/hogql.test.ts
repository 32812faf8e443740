import { describe, expect, it } from 'vitest';
import { executeHogQL } from '../../emulator/hogql/execute.ts';
import { HogQLSyntaxError } from '../../emulator/hogql/errors.ts';
import { parseSelect } from '../../emulator/hogql/parser.ts';
import { printExpr } from '../../emulator/hogql/printer.ts';
import { tokenize } from '../../emulator/hogql/tokens.ts';
import { ProjectData } from '../../emulator/project-data.ts';
import { makeDataset } from './fixtures.ts';

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

describe('HogQL execution reads only the timestamp slice it needs', () => {
  const data = new ProjectData(makeDataset(300));
  const run = (query: string, values: Record<string, unknown> = {}) => executeHogQL(query, values, data.queryData());

  it('binary-searches timestamp bounds from AND conjuncts', () => {
    const result = run("SELECT uuid FROM events WHERE timestamp >= '2026-03-29 10:00:00' AND timestamp < '2026-03-29 11:00:00' AND event = '$pageview'");
    // 10:00–10:40 local: three 20-minute slots of three events.
    expect(result.rowsRead).toBe(9);
  });

  it('widens over OR branches, so a keyset cursor starts reading at the cursor and stops at the LIMIT', () => {
    const cursor = data.allEvents[150]!;
    const result = run('SELECT uuid FROM events WHERE timestamp > {ts} OR (timestamp = {ts} AND uuid > {uuid}) ORDER BY timestamp, uuid LIMIT 10', {
      ts: new Date(cursor.timestamp).toISOString(),
      uuid: cursor.uuid,
    });
    expect(result.results.toArray().map((row) => row[0])).toEqual(data.allEvents.slice(151, 161).map((event) => event.uuid));
    expect(result.rowsRead).toBeLessThanOrEqual(13);
  });

  it('scans everything when a branch is unbounded, and still answers right', () => {
    const result = run("SELECT count() FROM events WHERE timestamp > '2026-03-30' OR event = 'signed_up'");
    expect(result.rowsRead).toBe(300);
    // Midnight on the 30th in Berlin (+02:00) is 22:00Z on the 29th.
    const expected = data.allEvents.filter((e) => e.timestamp > Date.UTC(2026, 2, 29, 22) || e.event === 'signed_up').length;
    expect(expected).toBe(144);
    expect(result.results.toArray()).toEqual([[expected]]);
  });

  it('reads nothing for an impossible range', () => {
    const result = run("SELECT count() FROM events WHERE timestamp > '2026-03-30' AND timestamp < '2026-03-29'");
    expect(result.rowsRead).toBe(0);
    expect(result.results.toArray()).toEqual([[0]]);
  });
});
