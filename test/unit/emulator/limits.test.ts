import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../emulator/keys.ts';
import { RateLimiter } from '../../emulator/rate-limit.ts';
import type { Emulator } from '../../emulator/server.ts';
import { get, makeEvent, postQuery, startTestEmulator, uuidFor } from './fixtures.ts';

const OTHER_KEY = 'phx_second_key';
const CONCURRENCY_DETAIL = 'Too many queries are running right now — please try again in a moment.';

describe('emulator: throttling, concurrency, caching and async queries', () => {
  let emulator: Emulator;
  afterEach(() => emulator.close());

  it('throttles per API key with 429, Retry-After and the wait in the detail', async () => {
    emulator = await startTestEmulator({
      rateLimit: { queryPerMinute: 2, crudPerMinute: 1 },
      keys: [{ value: DEMO_KEY, scopes: ['*'] }, { value: OTHER_KEY, scopes: ['*'] }],
    });
    expect((await postQuery(emulator, 'SELECT 1')).status).toBe(200);
    expect((await postQuery(emulator, 'SELECT 1')).status).toBe(200);
    const throttled = await postQuery(emulator, 'SELECT 1');
    expect(throttled.status).toBe(429);
    const wait = Number(throttled.headers.get('retry-after'));
    expect(wait).toBeGreaterThanOrEqual(59);
    expect(wait).toBeLessThanOrEqual(60);
    expect(await throttled.json()).toEqual({
      type: 'throttled_error',
      code: 'throttled',
      detail: `Request was throttled. Expected available in ${wait} seconds.`,
      attr: null,
    });
    // Another key has its own bucket; the CRUD class has its own too.
    expect((await postQuery(emulator, 'SELECT 1', undefined, { key: OTHER_KEY })).status).toBe(200);
    expect((await get(emulator, '/api/projects/1/actions/')).status).toBe(200);
    expect((await get(emulator, '/api/projects/1/actions/')).status).toBe(429);
  });

  it('runs three queries at once and refuses a fourth with the concurrency 429, no Retry-After', async () => {
    emulator = await startTestEmulator({ rateLimit: false });
    emulator.faults.add({ kind: 'slow', times: 3, delayMs: 400 });
    const running = [1, 2, 3].map(() => postQuery(emulator, 'SELECT 1'));
    // A query is logged and takes its slot in one synchronous step, so three log entries mean three held slots.
    while (emulator.log.entries.length < 3) await new Promise((done) => setTimeout(done, 5));
    const refused = await postQuery(emulator, 'SELECT 1');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeNull();
    expect(await refused.json()).toEqual({ type: 'throttled_error', code: 'throttled', detail: CONCURRENCY_DETAIL, attr: null });
    expect((await Promise.all(running)).map((response) => response.status)).toEqual([200, 200, 200]);
    expect((await postQuery(emulator, 'SELECT 1')).status).toBe(200);
  });

  it('serves cached answers to non-forced refresh modes for 6 h, even after new events, as PostHog does', async () => {
    emulator = await startTestEmulator();
    const count = async (refresh: string) => {
      const body = (await (await postQuery(emulator, 'SELECT count() FROM events', undefined, { refresh })).json()) as { results: number[][]; is_cached: boolean };
      return [body.results[0]?.[0], body.is_cached];
    };
    expect(await count('blocking')).toEqual([30, false]);
    emulator.appendEvents([makeEvent({ uuid: uuidFor(500), timestamp: Date.UTC(2026, 3, 1) })]);
    expect(await count('blocking')).toEqual([30, true]);
    expect(await count('force_blocking')).toEqual([31, false]);
    expect(await count('blocking')).toEqual([31, true]);
  });

  it('runs async queries: 202 with query_status, polls 202 then 200 with the results, DELETE cancels', async () => {
    emulator = await startTestEmulator({ asyncPolls: 1 });
    const started = await postQuery(emulator, 'SELECT count() FROM events', undefined, { refresh: 'force_async' });
    expect(started.status).toBe(202);
    const { query_status: status } = (await started.json()) as { query_status: { id: string; complete: boolean; query_async: boolean; team_id: number } };
    expect(status).toMatchObject({ complete: false, query_async: true, team_id: 1, error: false });
    const poll = () => get(emulator, `/api/projects/1/query/${status.id}/`);
    const running = await poll();
    expect(running.status).toBe(202);
    const done = await poll();
    expect(done.status).toBe(200);
    const body = (await done.json()) as { query_status: { complete: boolean; results: { results: unknown[][]; columns: string[] } } };
    expect(body.query_status.complete).toBe(true);
    expect(body.query_status.results.results).toEqual([[30]]);
    const cancelled = await fetch(`${emulator.url}/api/projects/1/query/${status.id}/`, { method: 'DELETE', headers: { Authorization: `Bearer ${DEMO_KEY}` } });
    expect(cancelled.status).toBe(200);
    expect((await poll()).status).toBe(404);
  });

  it('reports an async query error on the poll with 400 and error_message', async () => {
    emulator = await startTestEmulator({ asyncPolls: 0 });
    const started = await postQuery(emulator, 'SELECT nope FROM events', undefined, { refresh: 'async' });
    const { query_status: status } = (await started.json()) as { query_status: { id: string } };
    const poll = await get(emulator, `/api/projects/1/query/${status.id}/`);
    expect(poll.status).toBe(400);
    expect(((await poll.json()) as { query_status: unknown }).query_status).toMatchObject({
      complete: true,
      error: true,
      error_message: 'Unable to resolve field: nope',
    });
  });
});

describe('RateLimiter', () => {
  it('keeps the sliding window DRF uses, reporting the longest wait', () => {
    const burst = new RateLimiter({ queryPerMinute: 2, queryPerHour: 100 });
    expect(burst.check('k', 'query', 0)).toBe(0);
    expect(burst.check('k', 'query', 1000)).toBe(0);
    expect(burst.check('k', 'query', 2000)).toBe(58);
    expect(burst.check('other key', 'query', 2000)).toBe(0);
    expect(burst.check('k', 'query', 60_001)).toBe(0);
    const sustained = new RateLimiter({ queryPerMinute: 10, queryPerHour: 2 });
    sustained.check('k', 'query', 0);
    sustained.check('k', 'query', 1000);
    expect(sustained.check('k', 'query', 2000)).toBe(3598);
    const both = new RateLimiter({ queryPerMinute: 1, queryPerHour: 1 });
    both.check('k', 'query', 0);
    expect(both.check('k', 'query', 1000)).toBe(3599);
  });
});
