import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/server.ts';
import { PERSON_A, postQuery, queryRows, startTestEmulator } from './fixtures.ts';

describe('emulator /query/: response shape', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.close());

  it('answers a HogQLQuery with the CachedHogQLQueryResponse fields, in order', async () => {
    const response = await postQuery(emulator, 'SELECT uuid, event FROM events ORDER BY timestamp, uuid LIMIT 2');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(Number(response.headers.get('x-posthog-query-bytes-read'))).toBeGreaterThan(0);
    expect(Number(response.headers.get('x-posthog-query-budget-remaining-bytes'))).toBeGreaterThan(0);
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual([
      'cache_key', 'is_cached', 'last_refresh', 'next_allowed_client_refresh', 'cache_target_age', 'timezone',
      'query_status', 'query', 'hogql', 'clickhouse', 'columns', 'types', 'results', 'hasMore', 'limit', 'offset',
      'error', 'explain', 'metadata', 'modifiers', 'timings',
    ]);
    expect(body.cache_key).toMatch(/^cache_[0-9a-f]{32}$/);
    expect(body.is_cached).toBe(false);
    expect(body.last_refresh).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?Z$/);
    expect(body.timezone).toBe('Europe/Berlin');
    expect(body.query).toBe('SELECT uuid, event FROM events ORDER BY timestamp, uuid LIMIT 2');
    expect(body.hogql).toBe('SELECT uuid, event FROM events ORDER BY timestamp ASC, uuid ASC LIMIT 2');
    expect(body.error).toBeNull();
    const timings = body.timings as { k: string; t: number }[];
    expect(timings.at(-1)?.k).toBe('.');
    expect(timings.every((timing) => typeof timing.t === 'number')).toBe(true);
  });

  it('gives [name, ClickHouse type] pairs and values in the project timezone', async () => {
    const body = await queryRows(
      emulator,
      'SELECT uuid, event, timestamp, distinct_id, person_id, properties, elements_chain, `$session_id`, `$group_0` FROM events ORDER BY timestamp, uuid LIMIT 1',
    );
    expect(body.columns).toEqual(['uuid', 'event', 'timestamp', 'distinct_id', 'person_id', 'properties', 'elements_chain', '$session_id', '$group_0']);
    expect(body.types).toEqual([
      ['uuid', 'UUID'],
      ['event', 'String'],
      ['timestamp', "DateTime64(6, 'Europe/Berlin')"],
      ['distinct_id', 'String'],
      ['person_id', 'UUID'],
      ['properties', 'String'],
      ['elements_chain', 'String'],
      ['$session_id', 'String'],
      ['$group_0', 'String'],
    ]);
    const [row] = body.results;
    expect(row?.[0]).toBe('01960000-0000-7000-8000-000000000000');
    // 2026-03-28T23:00:00.123Z is 00:00:00.123 in Berlin, still on winter time.
    expect(row?.[2]).toBe('2026-03-29T00:00:00.123000+01:00');
    expect(row?.[4]).toBe(PERSON_A);
    // properties selected whole is a JSON string (StringJSONDatabaseField).
    expect(typeof row?.[5]).toBe('string');
    expect(JSON.parse(row?.[5] as string)).toMatchObject({ $browser: 'Firefox', plan: { tier: 'pro', seats: 3 } });
    expect(row?.[7]).toBe('s0');
  });

  it('reads properties by dot or bracket: strings, JSON text for objects, null when missing', async () => {
    const body = await queryRows(
      emulator,
      "SELECT properties.$browser, properties['$browser'], properties.plan, properties.plan.tier, properties.n, properties.missing AS nothing, person.properties.email FROM events ORDER BY timestamp, uuid LIMIT 1",
    );
    expect(body.columns).toEqual(['properties.$browser', 'properties.$browser', 'properties.plan', 'properties.plan.tier', 'properties.n', 'nothing', 'person.properties.email']);
    expect(body.types[0]).toEqual(['properties.$browser', 'Nullable(String)']);
    expect(body.results[0]).toEqual(['Firefox', 'Firefox', '{"tier":"pro","seats":3}', 'pro', '0', null, 'ada@example.org']);
  });

  it('filters on properties and placeholders, substituted as constants, never spliced', async () => {
    const body = await queryRows(emulator, 'SELECT count() FROM events WHERE properties.$browser = {browser} AND event IN {events}', {
      browser: "Chrome' OR '1'='1",
      events: ['signed_up'],
    });
    expect(body.results).toEqual([[0]]);
    const chrome = await queryRows(emulator, 'SELECT count() FROM events WHERE properties.$browser = {browser} AND event IN {events}', {
      browser: 'Chrome',
      events: ['signed_up', 'nope'],
    });
    expect(chrome.results).toEqual([[7]]);
  });

  it('answers the same on /query/HogQLQuery/ and without the trailing slash', async () => {
    for (const path of [`/api/projects/1/query/HogQLQuery/`, `/api/projects/1/query`]) {
      const response = await postQuery(emulator, 'SELECT count() FROM events', undefined, { path });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { results: unknown }).results).toEqual([[30]]);
    }
  });

  it('serves SELECT without FROM, like system.one', async () => {
    const body = await queryRows(emulator, "SELECT 1, 'a' AS letter");
    expect(body.columns).toEqual(['1', 'letter']);
    expect(body.types).toEqual([['1', 'UInt8'], ['letter', 'String']]);
    expect(body.results).toEqual([[1, 'a']]);
  });
});
