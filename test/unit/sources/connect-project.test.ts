import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/core/user-error';
import { connectProject, CONNECT_RETRY_POLICY, type ConnectDeps } from '../../../src/sources/posthog/connect-project';

const project = { id: 7, name: 'Acme', timezone: 'Europe/Berlin', test_account_filters: [], customer_analytics_config: {} };

function deps(overrides: Partial<ConnectDeps> = {}): ConnectDeps {
  return {
    fetch: async () => new Response(JSON.stringify(project), { status: 200 }),
    hasOriginPermission: async () => true,
    now: () => new Date('2026-11-29T10:00:00Z'),
    ...overrides,
  };
}

describe('connectProject', () => {
  it('returns the project as PostHog describes it', async () => {
    await expect(connectProject({ host: 'https://eu.posthog.com', projectId: ' 7 ', apiKey: ' phx_abc ' }, deps())).resolves.toEqual({
      origin: 'https://eu.posthog.com', projectId: 7, apiKey: 'phx_abc', projectName: 'Acme', timezone: 'Europe/Berlin', connectedAt: '2026-11-29T10:00:00.000Z',
    });
  });

  it("uses the key's current project when no id is given", async () => {
    const urls: string[] = [];
    const found = await connectProject({ host: 'https://eu.posthog.com', projectId: ' ', apiKey: 'phx_abc' }, deps({
      fetch: async (url) => {
        urls.push(url);
        return new Response(JSON.stringify(project), { status: 200 });
      },
    }));
    expect(urls).toEqual(['https://eu.posthog.com/api/projects/@current/']);
    expect(found.projectId).toBe(7);
  });

  it('refuses the public project key before any request', async () => {
    let fetched = false;
    const attempt = connectProject({ host: 'https://us.posthog.com', projectId: '7', apiKey: 'phc_public' }, deps({ fetch: async () => { fetched = true; return new Response('{}'); } }));
    await expect(attempt).rejects.toThrow(/project API key/);
    expect(fetched).toBe(false);
  });

  it('refuses a host the browser has not allowed, and a bad project id', async () => {
    await expect(connectProject({ host: 'https://us.posthog.com', projectId: '7', apiKey: 'phx_a' }, deps({ hasOriginPermission: async () => false }))).rejects.toThrow(/has not allowed/);
    await expect(connectProject({ host: 'https://us.posthog.com', projectId: 'abc', apiKey: 'phx_a' }, deps())).rejects.toBeInstanceOf(UserError);
  });

  it('refuses an answer that is not a PostHog project', async () => {
    const html = deps({ fetch: async () => new Response(JSON.stringify({ hello: 'world' }), { status: 200 }) });
    await expect(connectProject({ host: 'https://example.com', projectId: '7', apiKey: 'phx_a' }, html)).rejects.toThrow(/is this a PostHog host/);
  });

  describe('transient answers are retried, as every request is (issue 10 item 7)', () => {
    const waits: number[] = [];
    const policy = { ...CONNECT_RETRY_POLICY, random: () => 0.5, sleep: async (ms: number) => void waits.push(ms) };
    const answers = (...replies: Response[]) => {
      let calls = 0;
      const fetch = async () => replies[Math.min(calls++, replies.length - 1)]!.clone();
      return { fetch, calls: () => calls };
    };
    const ok = new Response(JSON.stringify(project), { status: 200 });
    const input = { host: 'https://eu.posthog.com', projectId: '7', apiKey: 'phx_abc' };

    it('waits out a 429 with Retry-After: 1, then connects', async () => {
      waits.length = 0;
      const server = answers(new Response(JSON.stringify({ type: 'throttled_error', detail: 'Request was throttled.' }), { status: 429, headers: { 'Retry-After': '1' } }), ok);
      await expect(connectProject(input, deps({ fetch: server.fetch, policy }))).resolves.toMatchObject({ projectId: 7 });
      expect(server.calls()).toBe(2);
      expect(waits[0]).toBeGreaterThanOrEqual(1000);
    });

    it('retries a 500, a 504 and a dropped connection', async () => {
      const server = answers(new Response('{}', { status: 500 }), new Response('{}', { status: 504 }), ok);
      await expect(connectProject(input, deps({ fetch: server.fetch, policy }))).resolves.toMatchObject({ projectId: 7 });
      let dropped = 0;
      const flaky = async () => {
        if (dropped++ === 0) throw new TypeError('Failed to fetch');
        return ok.clone();
      };
      await expect(connectProject(input, deps({ fetch: flaky, policy }))).resolves.toMatchObject({ projectId: 7 });
    });

    it('gives up after four tries on a host that keeps failing, and never retries a wrong key', async () => {
      const down = answers(new Response('{}', { status: 503 }));
      await expect(connectProject(input, deps({ fetch: down.fetch, policy }))).rejects.toThrow(/server error \(503\)/);
      expect(down.calls()).toBe(4);
      const wrongKey = answers(new Response(JSON.stringify({ detail: 'invalid' }), { status: 401 }));
      await expect(connectProject(input, deps({ fetch: wrongKey.fetch, policy }))).rejects.toThrow(/rejected the API key/);
      expect(wrongKey.calls()).toBe(1);
    });
  });
});
