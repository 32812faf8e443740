import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/server.ts';
import { PERSON_A, get, postQuery, startTestEmulator } from './fixtures.ts';

async function getJson(emulator: Emulator, path: string): Promise<{ status: number; body: any }> {
  const response = await get(emulator, path);
  return { status: response.status, body: await response.json() };
}

describe('emulator: the other PostHog endpoints', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.close());

  it('serves the project by id and as @current, with timezone and api_token', async () => {
    for (const path of ['/api/projects/@current/', '/api/projects/1/', '/api/projects/1']) {
      const { status, body } = await getJson(emulator, path);
      expect(status).toBe(200);
      expect(body).toMatchObject({
        id: 1,
        uuid: '01960000-0000-7000-8000-000000000001',
        organization: '01960000-0000-7000-8000-0000000000aa',
        api_token: 'phc_emulator_test_token',
        name: 'Emulator test project',
        timezone: 'Europe/Berlin',
        test_account_filters: [{ key: 'email', value: '@example.com', operator: 'not_icontains', type: 'person' }],
        customer_analytics_config: { activity: { kind: 'EventsNode', event: '$pageview' } },
      });
    }
  });

  it("lists the organization's projects as a page", async () => {
    const { body } = await getJson(emulator, '/api/organizations/@current/projects/');
    expect(body).toMatchObject({ count: 1, next: null, previous: null });
    expect(body.results[0]).toMatchObject({ id: 1, api_token: 'phc_emulator_test_token', timezone: 'Europe/Berlin' });
  });

  it('lists actions as {"results": [...]} only, every step key present', async () => {
    const { body } = await getJson(emulator, '/api/projects/1/actions/');
    expect(Object.keys(body)).toEqual(['results']);
    expect(body.results).toHaveLength(2);
    expect(body.results[1]).toMatchObject({ id: 8, name: 'Clicked pricing', deleted: false, is_action: true, team_id: 1, tags: [] });
    expect(body.results[1].created_at).toBe('2026-03-28T23:00:00Z');
    expect(body.results[1].steps[0]).toEqual({
      event: '$autocapture', properties: null, selector: null, tag_name: null, text: 'Buy', text_matching: 'exact',
      href: null, href_matching: null, url: '/pricing', url_matching: 'contains',
    });
    expect(body.results[0].steps[0].url_matching).toBe('contains');
  });

  it('pages event definitions with search, limit and offset', async () => {
    const all = await getJson(emulator, '/api/projects/1/event_definitions/');
    expect(all.body.count).toBe(2);
    expect(all.body.results.map((d: { name: string }) => d.name)).toEqual(['$pageview', 'signed_up']);
    expect(all.body.results[0]).toMatchObject({ name: '$pageview', is_action: false, created_at: '2026-03-28T23:00:00.123000Z', last_seen_at: '2026-03-29T02:00:00.123000Z' });
    expect(all.body.results[0].id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const page = await getJson(emulator, '/api/projects/1/event_definitions/?limit=1&offset=0');
    expect(page.body.results).toHaveLength(1);
    expect(page.body.next).toBe(`${emulator.url}/api/projects/1/event_definitions/?limit=1&offset=1`);
    expect(page.body.previous).toBeNull();
    const search = await getJson(emulator, '/api/projects/1/event_definitions/?search=SIGN');
    expect(search.body.results.map((d: { name: string }) => d.name)).toEqual(['signed_up']);
  });

  it('lists group types as a bare array and groups as a cursor page', async () => {
    const types = await getJson(emulator, '/api/projects/1/groups_types/');
    expect(types.body).toEqual([
      expect.objectContaining({ group_type: 'company', group_type_index: 0, name_singular: 'Company', name_plural: 'Companies', detail_dashboard: null }),
    ]);
    const groups = await getJson(emulator, '/api/projects/1/groups/?group_type_index=0');
    expect(groups.body).toMatchObject({ next: null, previous: null });
    expect(groups.body.results.map((g: { group_key: string }) => g.group_key)).toEqual(['globex', 'acme']);
    expect(groups.body.results[1]).toEqual({ group_type_index: 0, group_key: 'acme', group_properties: { name: 'Acme Inc', plan: 'pro' }, created_at: '2026-03-28T23:00:00Z' });
    const missing = await getJson(emulator, '/api/projects/1/groups/');
    expect(missing).toEqual({ status: 400, body: { type: 'validation_error', code: 'required', detail: 'This field is required.', attr: 'group_type_index' } });
  });

  it('lists persons with distinct_id, search, limit and offset', async () => {
    const byDistinctId = await getJson(emulator, '/api/projects/1/persons/?distinct_id=anon-a');
    expect(byDistinctId.body.results).toEqual([
      { id: PERSON_A, uuid: PERSON_A, name: 'ada@example.org', distinct_ids: ['anon-a', 'user-a'], properties: { email: 'ada@example.org', name: 'Ada' }, is_identified: true, created_at: '2026-03-28T22:00:00Z' },
    ]);
    const paged = await getJson(emulator, '/api/projects/1/persons/?limit=1');
    expect(paged.body.results).toHaveLength(1);
    expect(paged.body.next).toContain('offset=1');
    const search = await getJson(emulator, '/api/projects/1/persons/?search=BOB');
    expect(search.body.results.map((p: { name: string }) => p.name)).toEqual(['bob@example.com']);
  });

  it('answers unknown projects and routes with 404 not_found', async () => {
    const notFound = { type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null };
    for (const path of ['/api/projects/2/', '/api/projects/2/actions/', '/api/projects/1/nope/', '/nope', '/api/projects/1/query/unknown-id/']) {
      expect(await getJson(emulator, path)).toEqual({ status: 404, body: notFound });
    }
    expect((await postQuery(emulator, 'SELECT 1', undefined, { path: '/api/projects/2/query/' })).status).toBe(404);
  });

  it('serves /api/environments/:id/ as the deprecated alias, with Deprecation, Link and Sunset', async () => {
    const response = await postQuery(emulator, 'SELECT count() FROM events', undefined, { path: '/api/environments/1/query/' });
    expect(response.status).toBe(200);
    expect(response.headers.get('deprecation')).toBe('true');
    expect(response.headers.get('link')).toBe('</api/projects/1/query/>; rel="successor-version"');
    expect(response.headers.get('sunset')).toBe('Fri, 31 Jul 2026 00:00:00 GMT');
    const actions = await get(emulator, '/api/environments/1/actions');
    expect(actions.status).toBe(200);
    expect(actions.headers.get('link')).toBe('</api/projects/1/actions/>; rel="successor-version"');
    const plain = await get(emulator, '/api/projects/1/actions/');
    expect(plain.headers.get('deprecation')).toBeNull();
  });
});
