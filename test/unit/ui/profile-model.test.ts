import { signal } from '@preact/signals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CustomerList, CustomerRow } from '../../../src/core/customers/query-customers';
import type { CustomerProfile } from '../../../src/core/profile/customer-profile';
import type { CustomersQuery, ProfileQuery } from '../../../src/ui/dashboard/worker-protocol';
import { createProfileModel, type CustomerClient } from '../../../src/ui/sidepanel/profile/profile-model';

const rowOf = (actor: string): CustomerRow => ({ actor, name: actor, email: null, last_seen: '2026-06-01T00:00:00.000Z', activity_count: 1, signed_up_at: null, event_count: 1 });

/** A client whose answers the test releases one by one, in any order. */
function fakeClient(customersOf: (q: CustomersQuery) => CustomerList = (q) => ({ total: 3, rows: ['a', 'b', 'c'].filter((a) => a.includes(q.search)).slice(q.offset, q.offset + q.limit).map(rowOf) })) {
  const customerCalls: { query: CustomersQuery; release: () => void }[] = [];
  const profileCalls: { query: ProfileQuery; release: (answer: CustomerProfile | null) => void }[] = [];
  const client: CustomerClient = {
    customers: (query) => new Promise((resolve) => customerCalls.push({ query, release: () => resolve(customersOf(query)) })),
    profile: (query) => new Promise((resolve) => profileCalls.push({ query, release: resolve })),
  };
  return { client, customerCalls, profileCalls };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.useRealTimers();
});

describe('profile model', () => {
  it('loads the list at once, debounces search as you type, and ignores an older answer that arrives last', async () => {
    vi.useFakeTimers();
    const { client, customerCalls } = fakeClient();
    const model = createProfileModel(client, () => ({ filterTestAccounts: true }), { debounceMs: 200, pageSize: 2 });
    expect(customerCalls).toHaveLength(1);
    expect(customerCalls[0]!.query).toMatchObject({ search: '', sort: 'last_seen', offset: 0, limit: 2, filterTestAccounts: true });

    model.setSearch('b');
    model.setSearch('c');
    expect(customerCalls).toHaveLength(1);
    vi.advanceTimersByTime(200);
    expect(customerCalls.map((c) => c.query.search)).toEqual(['', 'c']);
    customerCalls[1]!.release();
    await vi.runAllTimersAsync();
    customerCalls[0]!.release(); // the first, slower answer: stale
    await vi.runAllTimersAsync();
    expect(model.rows.value.map((r) => r.actor)).toEqual(['c']);
    expect(model.listLoading.value).toBe(false);
    model.dispose();
  });

  it('shows more rows after the ones shown and asks again when the settings change', async () => {
    const business = signal<'b2c' | 'b2b'>('b2c');
    const { client, customerCalls } = fakeClient();
    const model = createProfileModel(client, () => ({ business: business.value === 'b2c' ? { type: 'b2c' } : { type: 'b2b', groupTypeIndex: 0 } }), { pageSize: 2 });
    customerCalls[0]!.release();
    await tick();
    expect(model.rows.value.map((r) => r.actor)).toEqual(['a', 'b']);
    void model.showMore();
    expect(customerCalls[1]!.query.offset).toBe(2);
    customerCalls[1]!.release();
    await tick();
    expect(model.rows.value.map((r) => r.actor)).toEqual(['a', 'b', 'c']);
    expect(model.total.value).toBe(3);

    business.value = 'b2b';
    expect(customerCalls[2]!.query).toMatchObject({ offset: 0, business: { type: 'b2b', groupTypeIndex: 0 } });
    model.setSort('activity');
    expect(customerCalls).toHaveLength(4);
    model.dispose();
  });

  it('asks nothing while the settings are not known yet, then asks once they are', () => {
    const ready = signal(false);
    const { client, customerCalls } = fakeClient();
    const model = createProfileModel(client, () => (ready.value ? { filterTestAccounts: false } : null));
    expect(customerCalls).toHaveLength(0);
    ready.value = true;
    expect(customerCalls).toHaveLength(1);
    expect(customerCalls[0]!.query).toMatchObject({ filterTestAccounts: false });
    model.dispose();
  });

  it('opens a profile, pages its history, and forgets it on close', async () => {
    const { client, profileCalls } = fakeClient();
    const model = createProfileModel(client);
    model.open('alice');
    expect(model.actor.value).toBe('alice');
    expect(profileCalls[0]!.query).toMatchObject({ actor: 'alice', historyPage: 0 });
    const answer = { actor: 'alice' } as CustomerProfile;
    profileCalls[0]!.release(answer);
    await tick();
    expect(model.profile.value).toBe(answer);

    model.showHistoryPage(1);
    expect(profileCalls[1]!.query).toMatchObject({ actor: 'alice', historyPage: 1 });
    model.close();
    profileCalls[1]!.release(answer);
    await tick();
    expect(model.actor.value).toBeNull();
    expect(model.profile.value).toBeNull();

    model.open('ghost');
    profileCalls[2]!.release(null);
    await tick();
    expect(model.profileMissing.value).toBe(true);
    model.dispose();
  });
});
