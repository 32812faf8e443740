import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FaultController } from '../../emulator/faults.ts';
import type { Emulator } from '../../emulator/server.ts';
import { get, postQuery, startTestEmulator } from './fixtures.ts';

describe('emulator: fault injection', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startTestEmulator({ rateLimit: false });
  });
  beforeEach(() => {
    emulator.faults.clear();
    emulator.log.clear();
  });
  afterAll(() => emulator.close());

  const query = () => postQuery(emulator, 'SELECT count() FROM events');

  it('rate_limit: 429 with Retry-After', async () => {
    emulator.faults.add({ kind: 'rate_limit', retryAfter: 7 });
    const response = await query();
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(await response.json()).toEqual({ type: 'throttled_error', code: 'throttled', detail: 'Request was throttled. Expected available in 7 seconds.', attr: null });
    expect((await query()).status).toBe(200);
  });

  it('rate_limit_no_retry_after: the wait only in the detail', async () => {
    emulator.faults.add({ kind: 'rate_limit_no_retry_after', retryAfter: 1 });
    const response = await query();
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBeNull();
    expect(((await response.json()) as { detail: string }).detail).toBe('Request was throttled. Expected available in 1 second.');
  });

  it('concurrency: 429 with the limiter message and no Retry-After', async () => {
    emulator.faults.add({ kind: 'concurrency' });
    const response = await query();
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBeNull();
    expect(((await response.json()) as { detail: string }).detail).toBe('Too many queries are running right now — please try again in a moment.');
  });

  it('server_error: 500 in the PostHog shape', async () => {
    emulator.faults.add({ kind: 'server_error' });
    const response = await query();
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ type: 'server_error', code: 'error', detail: 'A server error occurred.', attr: null });
  });

  it('timeout: 504 with ClickHouseQueryTimeOut detail', async () => {
    emulator.faults.add({ kind: 'timeout' });
    const response = await query();
    expect(response.status).toBe(504);
    expect(response.headers.get('retry-after')).toBeNull();
    expect(((await response.json()) as { detail: string }).detail).toMatch(/^Query has hit the max execution time before completing\./);
  });

  it('bad_gateway: a 502 HTML page', async () => {
    emulator.faults.add({ kind: 'bad_gateway' });
    const response = await query();
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toContain('<title>502 Bad Gateway</title>');
  });

  it('drop: the connection closes without a response, so fetch rejects', async () => {
    emulator.faults.add({ kind: 'drop' });
    await expect(query()).rejects.toThrow();
    expect(emulator.log.entries.at(-1)).toMatchObject({ status: 0, fault: 'drop' });
    expect((await query()).status).toBe(200);
  });

  it('truncate: valid headers, half the real body, so the JSON parse fails', async () => {
    emulator.faults.add({ kind: 'truncate' });
    const response = await query();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const text = await response.text();
    expect(text.startsWith('{"cache_key":"cache_')).toBe(true);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  it('slow: answers normally after the delay', async () => {
    emulator.faults.add({ kind: 'slow', delayMs: 250 });
    const started = performance.now();
    const response = await query();
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(245);
    expect(((await response.json()) as { results: unknown }).results).toEqual([[30]]);
  });

  it('hits `times` matching requests in order, only on paths containing `path`', async () => {
    emulator.faults.add({ kind: 'server_error', times: 2 });
    emulator.faults.add({ kind: 'timeout', path: '/persons/' });
    expect((await get(emulator, '/api/projects/1/actions/')).status).toBe(200);
    expect(emulator.faults.pending().map((fault) => [fault.kind, fault.remaining])).toEqual([['server_error', 2], ['timeout', 1]]);
    expect((await query()).status).toBe(500);
    expect((await query()).status).toBe(500);
    expect((await query()).status).toBe(200);
    expect((await get(emulator, '/api/projects/1/persons')).status).toBe(504);
    expect(emulator.faults.pending()).toEqual([]);
  });

  it('rejects unknown kinds and bad counts', () => {
    const faults = new FaultController();
    expect(() => faults.add({ kind: 'explode' as never })).toThrow(/unknown fault kind/);
    expect(() => faults.add({ kind: 'drop', times: 0 })).toThrow(/times/);
  });
});
