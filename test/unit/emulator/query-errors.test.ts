import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFSET_NOT_ALLOWED_MESSAGE } from '../../emulator/hogql/errors.ts';
import { DEMO_KEY } from '../../emulator/keys.ts';
import type { Emulator } from '../../emulator/server.ts';
import { postQuery, startTestEmulator } from './fixtures.ts';

describe('emulator /query/: errors in PostHog shapes', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.close());

  const errorOf = async (query: string, values?: Record<string, unknown>) => {
    const response = await postQuery(emulator, query, values);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  const postRaw = async (body: string) => {
    const response = await fetch(`${emulator.url}/api/projects/1/query/`, { method: 'POST', headers: { Authorization: `Bearer ${DEMO_KEY}` }, body });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('rejects OFFSET with the exact hogql_query_error, also as LIMIT m, n', async () => {
    for (const query of ['SELECT uuid FROM events LIMIT 10 OFFSET 10', 'SELECT uuid FROM events LIMIT 10, 10']) {
      expect(await errorOf(query)).toEqual({
        status: 400,
        body: { type: 'validation_error', code: 'hogql_query_error', detail: OFFSET_NOT_ALLOWED_MESSAGE, attr: null },
      });
    }
    expect(OFFSET_NOT_ALLOWED_MESSAGE).toMatch(/^OFFSET is not supported on queries made with a personal API key\. For pagination, use keyset pagination/);
  });

  it('reports syntax errors as hogql_syntax_error', async () => {
    expect(await errorOf('SELECT uuid FROM events;')).toEqual({
      status: 400,
      body: { type: 'validation_error', code: 'hogql_syntax_error', detail: "mismatched input ';' expecting <EOF>", attr: null },
    });
    for (const query of ['SELEC uuid FROM events', 'SELECT FROM events', "SELECT 'unterminated FROM events", '', 'SELECT uuid FROM events WHERE (event = 1']) {
      const { status, body } = await errorOf(query);
      expect(status).toBe(400);
      expect(body.code).toBe('hogql_syntax_error');
    }
  });

  it('reports unknown fields, tables, functions and placeholders as hogql_query_error', async () => {
    const cases: [string, string][] = [
      ['SELECT nope FROM events', 'Unable to resolve field: nope'],
      ['SELECT uuid FROM nope', 'Unknown table "nope".'],
      ['SELECT frobnicate(uuid) FROM events', "Unsupported function call 'frobnicate(...)'"],
      ['SELECT uuid FROM events WHERE timestamp > {since}', 'Placeholder {since} is not available in this context. You can use the following: (none)'],
      // ClickHouse's own message (NOT_AN_AGGREGATE), as PostHog passes it on.
      ['SELECT event, count() FROM events', "Column 'events.event' is not under aggregate function and not in GROUP BY keys."],
    ];
    for (const [query, detail] of cases) {
      expect(await errorOf(query)).toEqual({ status: 400, body: { type: 'validation_error', code: 'hogql_query_error', detail, attr: null } });
    }
  });

  it('says plainly when valid HogQL is beyond the emulator', async () => {
    const { status, body } = await errorOf('SELECT uuid FROM events e JOIN persons p ON e.person_id = p.id');
    expect(status).toBe(400);
    expect(body.detail).toBe('The PostHog emulator does not support JOIN.');
  });

  it('rejects malformed bodies and unknown kinds like pydantic and DRF do', async () => {
    const notJson = await postRaw('{not json');
    expect(notJson.status).toBe(400);
    expect(notJson.body).toMatchObject({ type: 'validation_error', code: 'parse_error', attr: null });
    expect(notJson.body.detail).toMatch(/^JSON parse error - /);

    const missing = await postRaw(JSON.stringify({ refresh: 'blocking' }));
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ code: 'parse_error' });
    expect(missing.body.detail).toMatch(/^1 validation error for QueryRequest\nquery\n {2}Field required/);

    const unknownKind = await postRaw(JSON.stringify({ query: { kind: 'NopeQuery', query: 'SELECT 1' } }));
    expect(unknownKind.body).toMatchObject({ code: 'parse_error' });
    expect(unknownKind.body.detail).toMatch(/Input tag 'NopeQuery' found using 'kind' does not match/);

    const node = await postRaw(JSON.stringify({ query: { kind: 'SavedInsightNode', shortId: 'abc' } }));
    expect(node).toEqual({ status: 400, body: { type: 'validation_error', code: 'invalid_input', detail: 'Unsupported query kind: SavedInsightNode', attr: null } });

    const badRefresh = await postRaw(JSON.stringify({ query: { kind: 'HogQLQuery', query: 'SELECT 1' }, refresh: 'sometimes' }));
    expect(badRefresh.body).toMatchObject({ code: 'parse_error' });
  });

  it('rejects a path kind that differs from the body kind', async () => {
    const response = await fetch(`${emulator.url}/api/projects/1/query/EventsQuery/`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${DEMO_KEY}` },
      body: JSON.stringify({ query: { kind: 'HogQLQuery', query: 'SELECT 1' } }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'invalid_input', detail: expect.stringMatching(/^Query kind mismatch/) });
  });
});
