import { describe, expect, it } from 'vitest';
import { aggregateCustomers } from '../../../../src/core/customers/customer-aggregates';
import { listCustomers } from '../../../../src/core/customers/list-customers';
import { queryCustomers } from '../../../../src/core/customers/query-customers';
import type { PersonInfo } from '../../../../src/core/events/event-table';
import { buildFixture, ms, type EventRow } from '../profile/fixtures';

const persons: PersonInfo[] = [
  { id: 'p-b', distinct_ids: ['d-b'], properties: { email: 'Bob@Example.com', name: 'Robert' }, created_at: ms('2025-12-01T00:00:00Z') },
  { id: 'p-a', distinct_ids: ['d-a'], properties: { name: 'Alice Smith' }, created_at: ms('2025-12-01T00:00:00Z') },
];
const ev = (at: string, who: { person?: string; distinct?: string }, roles: EventRow['roles'] = []): EventRow => ({ at, event: 'e', ...who, roles });
// Code-unit order of the ids: 'P-c' < 'p-a' < 'p-b' < 'é'.
const rows: EventRow[] = [
  ev('2026-01-05T10:00:00Z', { person: 'p-b' }, ['signup']),
  ev('2026-01-05T10:00:00Z', { distinct: 'd-a' }, ['signup']),
  ev('2026-02-01T00:00:00Z', { distinct: 'é' }, ['signup']),
  ev('2026-02-15T00:00:00Z', { distinct: 'é' }, ['signup']), // a later signup: not the date shown
  ev('2026-03-01T00:00:00Z', { distinct: 'é' }),
  ev('2026-03-08T00:00:00Z', { person: 'p-b' }, ['activity']),
  ev('2026-03-09T00:00:00Z', { person: 'p-b' }, ['activity']),
  ev('2026-03-10T00:00:00Z', { person: 'p-b' }, ['activity']),
  ev('2026-03-02T00:00:00Z', { person: 'p-a' }, ['activity']),
  ev('2026-03-03T00:00:00Z', { person: 'p-a' }, ['activity']),
  ev('2026-03-10T00:00:00Z', { person: 'p-a', distinct: 'd-x' }, ['activity']),
  ev('2026-03-12T00:00:00Z', { distinct: 'P-c' }, ['activity']),
];
const fixture = buildFixture(rows, { persons });
const order = (query: Parameters<typeof listCustomers>[1]) => listCustomers(fixture, query).rows.map((row) => row.actor);

describe('listCustomers', () => {
  it('gives each customer its name, email, last seen, activity, signup and event counts', () => {
    const list = listCustomers(fixture, { sort: 'last_seen' });
    // 'd-x' is in the ActorIndex (a distinct_id no person lists) but its only event names p-a: not a customer.
    expect(fixture.actors.ids).toContain('d-x');
    expect(list.total).toBe(4);
    expect(list.rows).toEqual([
      { actor: 'P-c', name: 'P-c', email: null, last_seen: '2026-03-12T00:00:00.000Z', activity_count: 1, signed_up_at: null, event_count: 1 },
      { actor: 'p-a', name: 'Alice Smith', email: null, last_seen: '2026-03-10T00:00:00.000Z', activity_count: 3, signed_up_at: '2026-01-05T10:00:00.000Z', event_count: 4 },
      { actor: 'p-b', name: 'Bob@Example.com', email: 'Bob@Example.com', last_seen: '2026-03-10T00:00:00.000Z', activity_count: 3, signed_up_at: '2026-01-05T10:00:00.000Z', event_count: 4 },
      { actor: 'é', name: 'é', email: null, last_seen: '2026-03-01T00:00:00.000Z', activity_count: 0, signed_up_at: '2026-02-01T00:00:00.000Z', event_count: 3 },
    ]);
  });

  it('sorts either way, ties by actor id in code-unit order, actors without a signup last', () => {
    expect(order({ sort: 'last_seen', descending: false })).toEqual(['é', 'p-a', 'p-b', 'P-c']);
    expect(order({ sort: 'activity' })).toEqual(['p-a', 'p-b', 'P-c', 'é']);
    expect(order({ sort: 'activity', descending: false })).toEqual(['é', 'P-c', 'p-a', 'p-b']);
    expect(order({ sort: 'signup' })).toEqual(['é', 'p-a', 'p-b', 'P-c']);
    expect(order({ sort: 'signup', descending: false })).toEqual(['p-a', 'p-b', 'é', 'P-c']);
  });

  it('searches id, email and name, case-insensitively', () => {
    expect(order({ sort: 'last_seen', search: 'example.COM' })).toEqual(['p-b']);
    expect(order({ sort: 'last_seen', search: 'robert' })).toEqual(['p-b']); // the name property behind the email
    expect(order({ sort: 'last_seen', search: ' SMITH ' })).toEqual(['p-a']);
    expect(order({ sort: 'last_seen', search: 'p-' })).toEqual(['P-c', 'p-a', 'p-b']);
    expect(order({ sort: 'last_seen', search: 'É' })).toEqual(['é']);
    expect(order({ sort: 'last_seen', search: '' })).toHaveLength(4);
    // A match never spans two of the texts (id "p-b" + email "bob@…").
    expect(order({ sort: 'last_seen', search: 'p-bbob' })).toEqual([]);
    expect(order({ sort: 'last_seen', search: 'p-b\u0000bob' })).toEqual([]);
    // A distinct_id is not what a customer is searched by.
    expect(listCustomers(fixture, { sort: 'last_seen', search: 'd-b' })).toEqual({ total: 0, rows: [] });
  });

  it('pages with offset and limit, total counting every match', () => {
    expect(listCustomers(fixture, { sort: 'activity', offset: 1, limit: 2 })).toMatchObject({ total: 4, rows: [{ actor: 'p-b' }, { actor: 'P-c' }] });
    expect(listCustomers(fixture, { sort: 'activity', offset: 4 })).toEqual({ total: 4, rows: [] });
    expect(listCustomers(fixture, { sort: 'activity', limit: 0 }).rows).toEqual([]);
    expect(order({ sort: 'activity', offset: -3, limit: 1 })).toEqual(['p-a']);
  });

  it('says null, not zero, for unconfigured roles, and then ranks by id', () => {
    const bare = buildFixture(rows, { persons, unconfigured: ['activity', 'signup'] });
    const list = listCustomers(bare, { sort: 'activity' });
    expect(list.rows.map((row) => [row.actor, row.activity_count, row.signed_up_at])).toEqual([
      ['P-c', null, null],
      ['p-a', null, null],
      ['p-b', null, null],
      ['é', null, null],
    ]);
    expect(listCustomers(bare, { sort: 'signup', descending: false }).rows.map((row) => row.actor)).toEqual(['P-c', 'p-a', 'p-b', 'é']);
  });

  it('lists companies in B2B mode by their group name', () => {
    const b2b = buildFixture(
      [
        { at: '2026-03-01T00:00:00Z', event: 'e', person: 'u1', group: 'acme', roles: ['activity'] },
        { at: '2026-03-02T00:00:00Z', event: 'e', person: 'u2', group: 'globex' },
        { at: '2026-03-03T00:00:00Z', event: 'e', person: 'u3' },
      ],
      { mode: { kind: 'group', groupTypeIndex: 0 }, groups: [{ group_type_index: 0, group_key: 'acme', group_properties: { name: 'Acme Inc' }, created_at: 0 }] },
    );
    expect(listCustomers(b2b, { sort: 'last_seen', search: 'inc' }).rows).toEqual([
      { actor: 'acme', name: 'Acme Inc', email: null, last_seen: '2026-03-01T00:00:00.000Z', activity_count: 1, signed_up_at: null, event_count: 1 },
    ]);
    expect(listCustomers(b2b, { sort: 'last_seen' }).total).toBe(2);
  });

  it('answers repeated queries from one aggregation', () => {
    const aggregates = aggregateCustomers(fixture);
    expect(queryCustomers(aggregates, { sort: 'signup' })).toEqual(listCustomers(fixture, { sort: 'signup' }));
  });
});
