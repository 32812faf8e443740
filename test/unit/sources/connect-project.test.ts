import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/core/user-error';
import { connectProject, type ConnectDeps } from '../../../src/sources/posthog/connect-project';

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
});
