import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KEY, NO_QUERY_SCOPE_KEY, OTHER_PROJECT_KEY, hasScope } from '../../emulator/keys.ts';
import type { Emulator } from '../../emulator/server.ts';
import { get, postQuery, startTestEmulator } from './fixtures.ts';

const WRITE_KEY = 'phx_write_key';
const STAR_KEY = 'phx_star_key';

describe('emulator: personal API key authentication', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startTestEmulator({
      keys: [
        { value: DEMO_KEY, scopes: ['query:read', 'project:read'] },
        { value: NO_QUERY_SCOPE_KEY, scopes: ['project:read'] },
        { value: OTHER_PROJECT_KEY, scopes: ['query:read'], projects: [2] },
        { value: WRITE_KEY, scopes: ['query:write'] },
        { value: STAR_KEY, scopes: ['*'] },
      ],
    });
  });
  afterAll(() => emulator.close());

  const bodyOf = async (response: Response) => ({ status: response.status, body: await response.json() });

  it('401 not_authenticated without a key', async () => {
    expect(await bodyOf(await get(emulator, '/api/projects/1/', null))).toEqual({
      status: 401,
      body: { type: 'authentication_error', code: 'not_authenticated', detail: 'Authentication credentials were not provided.', attr: null },
    });
  });

  it('401 authentication_failed for an unknown key, naming where it was found', async () => {
    expect(await bodyOf(await postQuery(emulator, 'SELECT 1', undefined, { key: 'phx_wrong' }))).toEqual({
      status: 401,
      body: { type: 'authentication_error', code: 'authentication_failed', detail: 'Personal API key found in request Authorization header is invalid.', attr: null },
    });
    const inQuery = await fetch(`${emulator.url}/api/projects/1/?personal_api_key=phx_wrong`);
    expect((await bodyOf(inQuery)).body.detail).toBe('Personal API key found in request query string is invalid.');
  });

  it('accepts the key in the body or the query string, the header first', async () => {
    const inBody = await fetch(`${emulator.url}/api/projects/1/query/`, {
      method: 'POST',
      body: JSON.stringify({ personal_api_key: DEMO_KEY, query: { kind: 'HogQLQuery', query: 'SELECT 1' } }),
    });
    expect(inBody.status).toBe(200);
    expect((await fetch(`${emulator.url}/api/projects/1/?personal_api_key=${DEMO_KEY}`)).status).toBe(200);
    const headerWins = await fetch(`${emulator.url}/api/projects/1/?personal_api_key=${DEMO_KEY}`, { headers: { Authorization: 'Bearer phx_wrong' } });
    expect(headerWins.status).toBe(401);
  });

  it("403 when a scope is missing, naming it", async () => {
    expect(await bodyOf(await postQuery(emulator, 'SELECT 1', undefined, { key: NO_QUERY_SCOPE_KEY }))).toEqual({
      status: 403,
      body: { type: 'authentication_error', code: 'permission_denied', detail: "API key missing required scope 'query:read'", attr: null },
    });
    expect((await bodyOf(await get(emulator, '/api/projects/1/persons/'))).body.detail).toBe("API key missing required scope 'person:read'");
  });

  it('403 when the key is limited to another project', async () => {
    expect(await bodyOf(await postQuery(emulator, 'SELECT 1', undefined, { key: OTHER_PROJECT_KEY }))).toEqual({
      status: 403,
      body: { type: 'authentication_error', code: 'permission_denied', detail: "API key does not have access to the requested project '1'", attr: null },
    });
  });

  it('lets :write satisfy :read and * grant everything', async () => {
    expect((await postQuery(emulator, 'SELECT 1', undefined, { key: WRITE_KEY })).status).toBe(200);
    expect((await get(emulator, '/api/projects/1/persons/', STAR_KEY)).status).toBe(200);
    expect(hasScope({ value: 'x', scopes: ['person:write'] }, 'person:read')).toBe(true);
    expect(hasScope({ value: 'x', scopes: ['person:read'] }, 'query:read')).toBe(false);
  });

  it('uses the default demo keys when none are given', async () => {
    const defaults = await startTestEmulator();
    try {
      expect((await postQuery(defaults, 'SELECT 1')).status).toBe(200);
      expect((await postQuery(defaults, 'SELECT 1', undefined, { key: NO_QUERY_SCOPE_KEY })).status).toBe(403);
      expect((await postQuery(defaults, 'SELECT 1', undefined, { key: OTHER_PROJECT_KEY })).status).toBe(403);
      expect((await get(defaults, '/api/projects/1/groups_types/')).status).toBe(200);
    } finally {
      await defaults.close();
    }
  });
});
