import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/server.ts';
import { PERSON_A, PERSON_B, queryRows, startTestEmulator } from './fixtures.ts';

describe('emulator /query/: aggregations and the other tables', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.close());

  it('counts, with and without DISTINCT, as UInt64', async () => {
    const body = await queryRows(emulator, 'SELECT count(), count(*), count(DISTINCT distinct_id), count(properties.missing) FROM events');
    expect(body.results).toEqual([[30, 30, 2, 0]]);
    expect(body.types.map((pair) => pair[1])).toEqual(['UInt64', 'UInt64', 'UInt64', 'UInt64']);
    expect(body.columns).toEqual(['count()', 'count(*)', 'count(DISTINCT distinct_id)', 'count(properties.missing)']);
  });

  it('groups, orders by an aggregate and filters with HAVING', async () => {
    const body = await queryRows(
      emulator,
      'SELECT event AS name, count() AS c, min(timestamp), max(timestamp) FROM events GROUP BY name ORDER BY c DESC',
    );
    expect(body.results).toEqual([
      ['$pageview', 23, '2026-03-29T00:00:00.123000+01:00', '2026-03-29T04:00:00.123000+02:00'],
      ['signed_up', 7, '2026-03-29T00:20:00.123000+01:00', '2026-03-29T04:00:00.123000+02:00'],
    ]);
    const having = await queryRows(emulator, 'SELECT properties.$browser, count() FROM events GROUP BY properties.$browser HAVING count() < 10');
    expect(having.results).toEqual([['Chrome', 7]]);
  });

  it('gives one row for aggregations over nothing, with ClickHouse defaults', async () => {
    const body = await queryRows(emulator, "SELECT count(), min(timestamp), max(event) FROM events WHERE event = 'nope'");
    expect(body.results).toEqual([[0, '1970-01-01T01:00:00+01:00', '']]);
    const grouped = await queryRows(emulator, "SELECT event, count() FROM events WHERE event = 'nope' GROUP BY event");
    expect(grouped.results).toEqual([]);
  });

  it('queries persons', async () => {
    const body = await queryRows(emulator, 'SELECT id, created_at, properties, properties.email, is_identified FROM persons ORDER BY properties.email');
    expect(body.types).toEqual([
      ['id', 'UUID'],
      ['created_at', "DateTime64(3, 'Europe/Berlin')"],
      ['properties', 'String'],
      ['properties.email', 'Nullable(String)'],
      ['is_identified', 'Int8'],
    ]);
    expect(body.results.map((row) => [row[0], row[3], row[4]])).toEqual([
      [PERSON_A, 'ada@example.org', 1],
      [PERSON_B, 'bob@example.com', 0],
    ]);
    expect(JSON.parse(body.results[0]?.[2] as string)).toEqual({ email: 'ada@example.org', name: 'Ada' });
    expect(body.results[0]?.[1]).toBe('2026-03-28T23:00:00+01:00');
  });

  it('queries person_distinct_ids', async () => {
    const body = await queryRows(emulator, 'SELECT distinct_id, person_id FROM person_distinct_ids WHERE person_id = {id} ORDER BY distinct_id', { id: PERSON_A });
    expect(body.results).toEqual([['anon-a', PERSON_A], ['user-a', PERSON_A]]);
  });

  it('queries groups with HogQL names index, key, properties', async () => {
    const body = await queryRows(emulator, "SELECT index, key, properties.name, created_at FROM groups WHERE index = 0 AND key != 'globex'");
    expect(body.results).toEqual([[0, 'acme', 'Acme Inc', '2026-03-29T00:00:00+01:00']]);
    expect(body.types[0]).toEqual(['index', 'UInt8']);
  });

  it('supports IN, NOT, IS NULL, LIKE and arithmetic', async () => {
    const count = async (where: string) => (await queryRows(emulator, `SELECT count() FROM events WHERE ${where}`)).results[0]?.[0];
    expect(await count("event IN ('signed_up', 'x')")).toBe(7);
    expect(await count("event NOT IN ('signed_up')")).toBe(23);
    expect(await count("NOT event = 'signed_up' AND distinct_id = 'user-a'")).toBe(23);
    expect(await count('properties.missing IS NULL')).toBe(30);
    expect(await count("properties.$browser LIKE 'Chr%'")).toBe(7);
    expect(await count("properties.$browser ILIKE 'chr%'")).toBe(7);
    // A property is a string: ClickHouse will not compare it with a number (NO_COMMON_TYPE), so convert it.
    expect(await count('toFloat(properties.n) >= 10 + 5 * 2')).toBe(10);
    expect(await count("`$group_0` = 'acme' OR person_id = {b}".replace('{b}', `'${PERSON_B}'`))).toBe(7);
  });
});
