import { describe, expect, it } from 'vitest';
import { PostHogError, retryAfterOf } from '../../../src/sources/posthog/errors';
import { requestJson, type FetchLike } from '../../../src/sources/posthog/http';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

function connection(answer: (url: string, init?: RequestInit) => Response | Promise<Response>) {
  const calls: { url: string; init?: RequestInit }[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, init });
    return answer(url, init);
  };
  return { calls, connection: { origin: 'https://ph.example.com', apiKey: 'phx_secret', fetch } };
}

async function failureOf(promise: Promise<unknown>): Promise<PostHogError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(PostHogError);
  return error as PostHogError;
}

describe('requestJson', () => {
  it('sends the key as a bearer header only, never in the URL', async () => {
    const { calls, connection: c } = connection(() => json(200, { id: 1 }));
    await expect(requestJson(c, '/api/projects/1/')).resolves.toEqual({ id: 1 });
    expect(calls[0]!.url).toBe('https://ph.example.com/api/projects/1/');
    expect(calls[0]!.url).not.toContain('phx_');
    expect((calls[0]!.init!.headers as Record<string, string>).Authorization).toBe('Bearer phx_secret');
    expect(calls[0]!.init!.credentials).toBe('omit');
  });

  it('names a missing scope from the 403 detail', async () => {
    const { connection: c } = connection(() => json(403, { type: 'authentication_error', code: 'permission_denied', detail: "API key missing required scope 'query:read'", attr: null }));
    const error = await failureOf(requestJson(c, '/api/projects/1/query/', { method: 'POST', body: {}, projectId: 1 }));
    expect(error.kind).toBe('forbidden');
    expect(error.message).toContain('"query:read" scope');
    expect(error.retryable).toBe(false);
  });

  it('explains a wrong key, an unknown project and a project outside the key', async () => {
    const wrong = await failureOf(requestJson(connection(() => json(401, { detail: 'Personal API key found in request Authorization header is invalid.' })).connection, '/x'));
    expect(wrong.kind).toBe('unauthorized');
    expect(wrong.message).toMatch(/personal API key/);
    const missing = await failureOf(requestJson(connection(() => json(404, { detail: 'Not found.' })).connection, '/x', { projectId: 99 }));
    expect(missing.kind).toBe('not_found');
    expect(missing.message).toContain('Project 99 was not found');
    const scoped = await failureOf(requestJson(connection(() => json(403, { detail: "API key does not have access to the requested project '99'" })).connection, '/x', { projectId: 99 }));
    expect(scoped.message).toContain('may not read project 99');
  });

  it('reads how long to wait on a 429 from Retry-After, else from the detail', async () => {
    const withHeader = await failureOf(requestJson(connection(() => json(429, { detail: 'Request was throttled. Expected available in 62 seconds.' }, { 'Retry-After': '7' })).connection, '/x'));
    expect(withHeader).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: 7 });
    const withoutHeader = await failureOf(requestJson(connection(() => json(429, { detail: 'Request was throttled. Expected available in 62 seconds.' })).connection, '/x'));
    expect(withoutHeader.retryAfterSeconds).toBe(62);
    expect(retryAfterOf(null, 'Too many queries are running right now')).toBeNull();
  });

  it('classifies timeouts, server errors, dead hosts and cut-off bodies as retryable', async () => {
    expect((await failureOf(requestJson(connection(() => json(504, { detail: 'Query has hit the max execution time' })).connection, '/x'))).kind).toBe('timeout');
    expect((await failureOf(requestJson(connection(() => new Response('<html>bad gateway</html>', { status: 502 })).connection, '/x'))).kind).toBe('server');
    const dead = await failureOf(requestJson(connection(() => { throw new TypeError('Failed to fetch'); }).connection, '/x'));
    expect(dead.kind).toBe('network');
    expect(dead.message).toContain('Could not reach https://ph.example.com');
    const cut = await failureOf(requestJson(connection(() => new Response('{"results": [[1, 2', { status: 200 })).connection, '/x'));
    expect(cut.kind).toBe('invalid_response');
    for (const e of [dead, cut]) expect(e.retryable).toBe(true);
  });
});
