// The dashboard worker's customers list and customer profile requests, over a real (fake-indexeddb) store whose
// table is read without raw texts: the profile must still show the properties of the events it lists.
import { describe, expect, it } from 'vitest';
import { parseRoleConfig } from '../../../src/core/config/parse-role-config';
import type { CustomerList } from '../../../src/core/customers/query-customers';
import type { CustomerProfile } from '../../../src/core/profile/customer-profile';
import { openEventWriter } from '../../../src/store/event-writer';
import { putPersons } from '../../../src/store/persons';
import { saveRoleConfig } from '../../../src/store/role-config-store';
import { createDashboardHost } from '../../../src/ui/dashboard/worker-host';
import type { WorkerRequest, WorkerResult } from '../../../src/ui/dashboard/worker-protocol';
import { batchOf, freshDatabase, row, T0, uuidOf, type Row } from '../store/fixtures';

const XSS = '<script>window.__xss=1</script>';
const MINUTE = 60_000;

function event(n: number, person: string, name: string, minutes: number, properties: Record<string, unknown> = {}): Row {
  return row(n, {
    uuid: uuidOf(n, 7),
    event: name,
    timestamp: T0 + minutes * MINUTE,
    distinctId: `d-${person}`,
    personId: person,
    sessionId: null,
    groups: [null, null, null, null, null],
    properties: JSON.stringify({ $pathname: `/page/${n}`, n, ...properties }),
    elementsChain: '',
  });
}

async function hostWithData() {
  const db = await freshDatabase().open();
  const rows: Row[] = [];
  // alice: 120 pageviews a minute apart (one session cut by no gap), a signup, a payment, two errors, a ticket.
  for (let k = 0; k < 120; k++) rows.push(event(k, 'alice', '$pageview', k, { title: k === 119 ? XSS : `t${k}` }));
  rows.push(event(200, 'alice', 'signed_up', 0.5));
  rows.push(event(201, 'alice', 'paid', 10, { amount: 49.5, currency: 'usd' }));
  rows.push(event(202, 'alice', '$exception', 20, { $exception_type: 'TypeError', $exception_message: 'x is undefined' }));
  rows.push(event(203, 'alice', '$exception', 30, { $exception_type: 'TypeError', $exception_message: 'x is undefined' }));
  rows.push(event(204, 'alice', 'ticket_created', 40, { ticket_id: 'T-1', subject: 'Cannot log in', status: 'open' }));
  // bob: a few pageviews; tester: a test account.
  for (let k = 0; k < 3; k++) rows.push(event(300 + k, 'bob', '$pageview', 500 + k));
  rows.push(event(400, 'tester', '$pageview', 600));
  await (await openEventWriter(db)).append(batchOf(rows));
  await putPersons(db, [
    { id: 'alice', distinct_ids: ['d-alice'], properties: { email: 'alice@example.com', name: 'Alice' }, created_at: T0 - MINUTE },
    { id: 'bob', distinct_ids: ['d-bob'], properties: { email: 'bob@example.com' }, created_at: T0 },
    { id: 'tester', distinct_ids: ['d-tester'], properties: { email: 'qa@ourcompany.com' }, created_at: T0 },
  ]);
  await saveRoleConfig(db, parseRoleConfig({
    version: 1,
    roles: {
      activity: { kind: 'EventsNode', event: '$pageview' },
      signup: { kind: 'EventsNode', event: 'signed_up' },
      payment: { kind: 'EventsNode', event: 'paid' },
      support_ticket: { kind: 'EventsNode', event: 'ticket_created' },
    },
    filterTestAccounts: true,
    testAccountFilters: [{ key: 'email', value: '@ourcompany.com', operator: 'not_icontains', type: 'person' }],
  }));
  const handle = createDashboardHost(async () => db, () => T0 + 700 * MINUTE);
  let id = 0;
  // Distributes over the union, so each kind keeps its own query type.
  type Unsent = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;
  async function ask<T extends WorkerResult>(request: Unsent): Promise<T> {
    const reply = await handle({ ...request, id: ++id } as WorkerRequest);
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.result as T;
  }
  return { ask };
}

describe('dashboard worker: customers and profiles', () => {
  it('lists customers, searches them and pages, leaving test accounts out when they are filtered', async () => {
    const { ask } = await hostWithData();
    const all = await ask<CustomerList>({ kind: 'customers', query: { search: '', sort: 'activity', offset: 0, limit: 10 } });
    expect(all.total).toBe(2);
    expect(all.rows.map((r) => [r.actor, r.name, r.activity_count])).toEqual([['alice', 'alice@example.com', 120], ['bob', 'bob@example.com', 3]]);
    expect(all.rows[0]!.signed_up_at).toBe(new Date(T0 + 0.5 * MINUTE).toISOString());

    const searched = await ask<CustomerList>({ kind: 'customers', query: { search: 'BOB@', sort: 'last_seen', offset: 0, limit: 10 } });
    expect(searched.rows.map((r) => r.actor)).toEqual(['bob']);
    const second = await ask<CustomerList>({ kind: 'customers', query: { search: '', sort: 'activity', offset: 1, limit: 1 } });
    expect(second).toMatchObject({ total: 2, rows: [{ actor: 'bob' }] });

    const withTesters = await ask<CustomerList>({ kind: 'customers', query: { search: '', sort: 'last_seen', offset: 0, limit: 10, filterTestAccounts: false } });
    expect(withTesters.rows.map((r) => r.actor)).toEqual(['tester', 'bob', 'alice']);
  });

  it('builds a profile whose history events, payments, errors and tickets carry their stored properties', async () => {
    const { ask } = await hostWithData();
    // The dashboard first: the profile reuses the loaded table, which holds no texts (roles need only names).
    await ask({ kind: 'dashboard', query: {} });
    const profile = await ask<CustomerProfile>({ kind: 'profile', query: { actor: 'alice', historyPage: 0 } });
    expect(profile).toMatchObject({ actor: 'alice', name: 'alice@example.com', distinct_ids: ['d-alice'], event_count: 125, missing_roles: ['subscription'] });
    expect(profile.milestones).toMatchObject({ signed_up_at: new Date(T0 + 0.5 * MINUTE).toISOString(), payments: { count: 1, totals: [{ currency: 'USD', amount: 49.5, count: 1 }] } });
    expect(profile.errors).toMatchObject([{ type: 'TypeError', message: 'x is undefined', count: 2 }]);
    expect(profile.tickets).toMatchObject([{ subject: 'Cannot log in', status: 'open' }]);
    expect(profile.usage?.windows.map((w) => w.value)).toEqual([120, 120, 120]);

    const { history } = profile;
    expect(history).toMatchObject({ page: 0, page_size: 50, total_events: 125 });
    const events = history.sessions.flatMap((s) => s.events);
    expect(events).toHaveLength(50);
    // Newest first: the last pageview, its properties as stored (the script tag is data, handed on as text).
    expect(events[0]).toMatchObject({ event: '$pageview', label: '/page/119', properties: { title: XSS, n: 119 } });
    expect(events.every((e) => typeof e.properties.n === 'number')).toBe(true);

    const last = await ask<CustomerProfile>({ kind: 'profile', query: { actor: 'alice', historyPage: 2 } });
    const lastEvents = last.history.sessions.flatMap((s) => s.events);
    expect(lastEvents).toHaveLength(25);
    expect(lastEvents.at(-1)).toMatchObject({ event: '$pageview', properties: { n: 0 } });
    expect(lastEvents.find((e) => e.event === 'signed_up')?.properties).toMatchObject({ n: 200 });
  });

  it('answers null for an unknown customer and reads the store again after invalidate', async () => {
    const { ask } = await hostWithData();
    expect(await ask({ kind: 'profile', query: { actor: 'nobody', historyPage: 0 } })).toBeNull();
    await ask({ kind: 'invalidate' });
    const bob = await ask<CustomerProfile>({ kind: 'profile', query: { actor: 'bob', historyPage: 0 } });
    expect(bob.history.sessions.flatMap((s) => s.events.map((e) => e.properties.n))).toEqual([302, 301, 300]);
  });
});
