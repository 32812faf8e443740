// A reopened side panel shows the dashboard it computed last time over the same data, people, roles, query and
// day, straight from the store's cache; any of those changing computes afresh.
import { describe, expect, it } from 'vitest';
import { parseRoleConfig } from '../../../src/core/config/parse-role-config';
import type { Database } from '../../../src/store/database';
import { openEventWriter } from '../../../src/store/event-writer';
import { putPersons } from '../../../src/store/persons';
import { saveRoleConfig } from '../../../src/store/role-config-store';
import { createDashboardHost } from '../../../src/ui/dashboard/worker-host';
import type { DashboardQuery, DashboardResult } from '../../../src/ui/dashboard/worker-protocol';
import { batchOf, freshDatabase, row, T0, uuidOf, type Row } from '../store/fixtures';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function pageview(n: number, person: string, ms: number): Row {
  return row(n, { uuid: uuidOf(n, 9), event: '$pageview', timestamp: ms, distinctId: `d-${person}`, personId: person, sessionId: null, groups: [null, null, null, null, null], properties: '{}', elementsChain: '' });
}

async function storeWithData(): Promise<Database> {
  const db = await freshDatabase().open();
  const rows = Array.from({ length: 40 }, (_, k) => pageview(k, `p${k % 7}`, T0 + k * 6 * HOUR));
  await (await openEventWriter(db)).append(batchOf(rows));
  await putPersons(db, Array.from({ length: 7 }, (_, k) => ({ id: `p${k}`, distinct_ids: [`d-p${k}`], properties: {}, created_at: T0 })));
  await saveRoleConfig(db, parseRoleConfig({ version: 1, roles: { activity: { kind: 'EventsNode', event: '$pageview' } } }));
  return db;
}

/** A fresh host, as a newly opened side panel has, asking once. */
async function openPanel(db: Database, query: DashboardQuery, now = T0 + 12 * DAY): Promise<DashboardResult> {
  const handle = createDashboardHost(async () => db, () => now);
  const reply = await handle({ id: 1, kind: 'dashboard', query });
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.result as DashboardResult;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('dashboard cache', () => {
  it('a reopened panel gets the same dashboard from the cache; other data, people, roles, queries or days compute', async () => {
    const db = await storeWithData();
    const query: DashboardQuery = { preset: 'last_14' };
    const first = await openPanel(db, query);
    expect(first.fromCache).toBe(false);
    await settle(); // the cache is written after the answer
    const again = await openPanel(db, query);
    expect(again.fromCache).toBe(true);
    expect(again.output).toEqual(first.output);

    expect((await openPanel(db, { preset: 'last_7' })).fromCache).toBe(false);
    expect((await openPanel(db, query, T0 + 13 * DAY)).fromCache).toBe(false);

    await putPersons(db, [{ id: 'p0', distinct_ids: ['d-p0'], properties: { email: 'new@example.com' }, created_at: T0 }]);
    const afterPeople = await openPanel(db, query);
    expect(afterPeople.fromCache).toBe(false);
    await settle();
    expect((await openPanel(db, query)).fromCache).toBe(true);

    await (await openEventWriter(db)).append(batchOf([pageview(100, 'p1', T0 + 11 * DAY)]));
    const afterEvents = await openPanel(db, query);
    expect(afterEvents.fromCache).toBe(false);
    expect(afterEvents.eventCount).toBe(41);
    await settle();

    await saveRoleConfig(db, parseRoleConfig({ version: 1, roles: { activity: { kind: 'EventsNode', event: 'other' } } }));
    expect((await openPanel(db, query)).fromCache).toBe(false);
  });

  it('caches every computed dashboard for the next open, but never one computed from data older than the store', async () => {
    const db = await storeWithData();
    const handle = createDashboardHost(async () => db, () => T0 + 12 * DAY);
    const ask = async (id: number, query: DashboardQuery) => {
      const reply = await handle({ id, kind: 'dashboard', query });
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.result as DashboardResult;
    };
    await ask(1, { preset: 'last_14' });
    await ask(2, { preset: 'last_30' }); // the user changed the range
    await settle();
    expect((await openPanel(db, { preset: 'last_30' })).fromCache).toBe(true);

    // New events arrive while this panel still holds the old data (no invalidate yet): what it computes now is
    // cached under the old data's version, so the next open does not show it as current.
    await (await openEventWriter(db)).append(batchOf([pageview(200, 'p2', T0 + 11 * DAY)]));
    const stale = await ask(3, { preset: 'last_7' });
    expect(stale.eventCount).toBe(40);
    await settle();
    const next = await openPanel(db, { preset: 'last_7' });
    expect(next.fromCache).toBe(false);
    expect(next.eventCount).toBe(41);
  });
});
