// The store side of the role editor: catalogue, property keys and values, the live preview, and the PostHog import,
// against a fake IndexedDB holding a few pageviews and signups.
import { describe, expect, it } from 'vitest';
import type { Matcher } from '../../../src/core/config/role-config';
import { parseRoleConfig } from '../../../src/core/config/parse-role-config';
import { eventCatalog } from '../../../src/store/event-catalog';
import { eventPropertyKeys, propertyValues } from '../../../src/store/event-properties';
import { openEventWriter } from '../../../src/store/event-writer';
import { putMeta } from '../../../src/store/meta';
import { postHogRoleConfig } from '../../../src/store/posthog-role-config';
import { saveRoleConfig } from '../../../src/store/role-config-store';
import { previewRoleMatchers } from '../../../src/store/role-preview-store';
import { storedDataVersion } from '../../../src/store/stored-data-version';
import { batchOf, freshDatabase, row, T0, type Row } from './fixtures';

const DAY = 86_400_000;
const NOW = T0 + 40 * DAY;
const PATHS = ['/signup', '/pricing', '/signup', '/'];

/** 40 pageviews over the last 40 days (paths cycling), 8 signups; person p(n % 4). */
function rows(first = 0): Row[] {
  const out: Row[] = [];
  for (let n = first; n < first + 40; n++) {
    const path = PATHS[n % 4]!;
    out.push(row(n, {
      event: '$pageview', timestamp: T0 + n * DAY + 1000, personId: `p${n % 4}`, distinctId: `d${n % 4}`,
      properties: JSON.stringify({ $current_url: `https://example.com${path}`, $pathname: path, $browser: n % 2 ? 'Chrome' : 'Firefox' }),
      kept: { $current_url: `https://example.com${path}`, $pathname: path },
    }));
    if (n % 5 === 0) {
      out.push(row(1000 + n, { event: 'user signed up', timestamp: T0 + n * DAY + 2000, personId: `p${n % 4}`, distinctId: `d${n % 4}`, properties: JSON.stringify({ method: 'email' }) }));
    }
  }
  return out;
}

async function database() {
  const db = await freshDatabase().open();
  await (await openEventWriter(db)).append(batchOf(rows()));
  return db;
}

const signupPageview: Matcher = { kind: 'EventsNode', event: '$pageview', properties: [{ key: '$pathname', operator: 'exact', value: '/signup', type: 'event' }] };

describe('the role editor store', () => {
  it('lists the event catalogue with 30-day stats and the PostHog actions', async () => {
    const db = await database();
    await putMeta(db, 'catalog', { actions: [{ id: 9, name: 'Signed up', steps: [{ event: 'user signed up' }] }] });
    const catalog = await eventCatalog(db, NOW);
    expect(catalog.fromDate).toBe('2026-06-12');
    // Days 11..40 are the window (T0 = 2026-06-01): pageviews 11..39 by 4 people, signups 15, 20, …, 35.
    expect(catalog.events.map((e) => [e.event, e.volume, e.actors])).toEqual([
      ['$pageview', 29, 4],
      ['user signed up', 5, 4],
    ]);
    expect(catalog.events[0]!.lastSeenMs).toBe(T0 + 39 * DAY + 1000);
    expect(catalog.actions.map((a) => [a.id, a.name, a.steps[0]!.event])).toEqual([[9, 'Signed up', 'user signed up']]);
  });

  it('lists keys seen on an event (kept and raw) and the top values of a kept key and a raw key', async () => {
    const db = await database();
    const keys = (await eventPropertyKeys(db, '$pageview')).map((k) => k.key);
    expect(keys).toEqual(expect.arrayContaining(['$pathname', '$current_url', '$browser']));
    expect(keys).not.toContain('method');
    expect(await propertyValues(db, '$pageview', '$pathname')).toEqual([
      { value: '/signup', count: 20 },
      { value: '/', count: 10 },
      { value: '/pricing', count: 10 },
    ]);
    expect(await propertyValues(db, '$pageview', '$browser')).toEqual([
      { value: 'Chrome', count: 20 },
      { value: 'Firefox', count: 20 },
    ]);
    expect(await propertyValues(db, 'no such event', '$pathname')).toEqual([]);
  });

  it('previews draft matchers over the last 30 days, with the raw properties when a filter needs them', async () => {
    const db = await database();
    const kept = await previewRoleMatchers(db, [signupPageview], NOW);
    expect(kept.dates).toHaveLength(30);
    expect(kept.dates[29]).toBe('2026-07-11');
    // n in 11..39 with n % 4 in {0, 2}: 12, 14, …, 38 → 14 pageviews, by p0 and p2.
    expect(kept).toMatchObject({ events: 14, actors: 2 });
    const raw = await previewRoleMatchers(db, [{ kind: 'EventsNode', event: '$pageview', properties: [{ key: '$browser', operator: 'exact', value: 'Chrome', type: 'event' }] }], NOW);
    // Odd n in 11..39.
    expect(raw.events).toBe(15);
  });

  it("applies the saved config's test-account filter, and sees new events (the cache follows the data)", async () => {
    const db = await database();
    const version = await storedDataVersion(db);
    const config = parseRoleConfig({ version: 1, roles: {}, filterTestAccounts: true, testAccountFilters: [{ key: '$pathname', operator: 'is_not', value: '/', type: 'event' }] });
    await saveRoleConfig(db, config);
    expect((await previewRoleMatchers(db, [{ kind: 'EventsNode', event: '$pageview', properties: [] }], NOW)).events).toBe(21);
    await (await openEventWriter(db)).append(batchOf([row(5000, { event: '$pageview', timestamp: NOW - 1000, personId: 'p9', kept: { $current_url: 'https://example.com/x', $pathname: '/x' } })]));
    expect(await storedDataVersion(db)).not.toBe(version);
    const after = await previewRoleMatchers(db, [{ kind: 'EventsNode', event: '$pageview', properties: [] }], NOW);
    // p3 views only '/', a test account's page here; p9 is new.
    expect(after).toMatchObject({ events: 22, actors: 4 });
    expect(after.counts[28]).toBe(1);
  });

  it('imports the project config from the synced catalog into a config text, or says to sync first', async () => {
    const db = await database();
    await expect(postHogRoleConfig(db)).rejects.toThrow('sync first');
    await putMeta(db, 'catalog', {
      project: { timezone: 'Europe/Berlin', test_account_filters: [], customer_analytics_config: { signup_event: { kind: 'ActionsNode', id: 9 }, payment_event: { kind: 'ActionsNode', id: 3 } } },
      actions: [{ id: 9, name: 'Signed up', steps: [{ event: 'user signed up' }] }],
    });
    const imported = await postHogRoleConfig(db);
    const config = JSON.parse(imported.text);
    expect(config.timezone).toBe('Europe/Berlin');
    expect(config.roles.signup[0]).toMatchObject({ kind: 'ActionsNode', id: 9, name: 'Signed up' });
    expect(imported.problems).toEqual(['The payment role names action 3, which the project no longer has.']);
  });
});
