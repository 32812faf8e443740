import { describe, expect, it } from 'vitest';
import type { GroupInfo, PersonInfo } from '../../../../src/core/events/event-table';
import { buildCustomerProfile } from '../../../../src/core/profile/build-customer-profile';
import { buildFixture, ms, type EventRow } from './fixtures';

const ada: PersonInfo = {
  id: 'p1',
  distinct_ids: ['d-a', 'd-b'],
  properties: { email: 'ada@example.com', name: 'Ada', plan: 'team' },
  created_at: ms('2026-01-01T00:00:00Z'),
};
const rows: EventRow[] = [
  { at: '2026-02-01T10:00:00Z', event: '$pageview', person: 'p1', distinct: 'd-b' },
  // No person_id: the actor is the person listing this distinct_id.
  { at: '2026-02-02T10:00:00Z', event: '$pageview', distinct: 'd-a' },
  // A distinct_id the record does not list (yet) but the event names the person.
  { at: '2026-02-03T10:00:00Z', event: '$pageview', person: 'p1', distinct: 'd-c' },
  // Nobody's person: the distinct_id itself is the actor.
  { at: '2026-02-04T10:00:00Z', event: '$pageview', distinct: 'anon-7' },
  { at: '2026-02-05T10:00:00Z', event: '$pageview', distinct: 'anon-7' },
];

describe('buildCustomerProfile: identity', () => {
  it("shows a person's record, distinct_ids, created_at, first and last seen", () => {
    const fixture = buildFixture(rows, { persons: [ada] });
    const profile = buildCustomerProfile({ ...fixture, actorId: 'p1' })!;
    expect({ ...profile, milestones: undefined, usage: undefined, history: undefined, errors: undefined, tickets: undefined }).toEqual({
      actor: 'p1',
      kind: 'person',
      group_type_index: null,
      name: 'ada@example.com',
      properties: { email: 'ada@example.com', name: 'Ada', plan: 'team' },
      distinct_ids: ['d-a', 'd-b', 'd-c'],
      created_at: '2026-01-01T00:00:00.000Z',
      // created_at is earlier than the first event.
      first_seen: '2026-01-01T00:00:00.000Z',
      last_seen: '2026-02-03T10:00:00.000Z',
      event_count: 3,
      missing_roles: [],
      milestones: undefined,
      usage: undefined,
      history: undefined,
      errors: undefined,
      tickets: undefined,
    });
  });

  it('profiles an actor known only by a distinct_id, first seen at its first event', () => {
    const profile = buildCustomerProfile({ ...buildFixture(rows, { persons: [ada] }), actorId: 'anon-7' })!;
    expect([profile.name, profile.properties, profile.distinct_ids, profile.created_at, profile.first_seen, profile.last_seen, profile.event_count]).toEqual([
      'anon-7', {}, ['anon-7'], null, '2026-02-04T10:00:00.000Z', '2026-02-05T10:00:00.000Z', 2,
    ]);
  });

  it('is null for an unknown actor, and an empty profile for a record without events', () => {
    const fixture = buildFixture(rows, { persons: [ada] });
    expect(buildCustomerProfile({ ...fixture, actorId: 'nobody' })).toBeNull();
    // Ids are case-sensitive.
    expect(buildCustomerProfile({ ...fixture, actorId: 'P1' })).toBeNull();
    const quiet: PersonInfo = { id: 'p9', distinct_ids: ['d-9'], properties: { name: 'Quiet' }, created_at: ms('2025-12-01T00:00:00Z') };
    // The ActorIndex only knows actors through their events: the record comes from the input's persons.
    expect(buildCustomerProfile({ ...fixture, persons: [ada, quiet], actorId: 'p9' })).toMatchObject({
      actor: 'p9', kind: 'person', name: 'Quiet', distinct_ids: ['d-9'], first_seen: '2025-12-01T00:00:00.000Z', last_seen: null,
      event_count: 0, errors: [], tickets: [], history: { total_events: 0, total_sessions: 0, page_count: 0, sessions: [] },
      milestones: { signed_up_at: null, payments: { count: 0, totals: [], without_amount: 0 } },
    });
    expect(buildCustomerProfile({ ...fixture, persons: [quiet], actorId: 'p9', mode: { kind: 'group', groupTypeIndex: 0 } })).toBeNull();
  });

  it('lists every unconfigured role the profile reads and leaves their sections null', () => {
    const fixture = buildFixture(rows, { persons: [ada], unconfigured: ['activity', 'signup_pageview', 'signup', 'subscription', 'payment', 'support_ticket'] });
    const profile = buildCustomerProfile({ ...fixture, actorId: 'p1' })!;
    expect(profile.missing_roles).toEqual(['activity', 'signup', 'subscription', 'payment', 'support_ticket']);
    expect([profile.usage, profile.tickets, profile.milestones.payments]).toEqual([null, null, null]);
    expect(profile.history.total_events).toBe(3);
  });
});

describe('buildCustomerProfile: a group (B2B)', () => {
  const acme: GroupInfo = { group_type_index: 0, group_key: 'acme', group_properties: { name: 'Acme Inc', plan: 'enterprise' }, created_at: ms('2026-02-10T00:00:00Z') };
  const groupRows: EventRow[] = [
    { at: '2026-03-01T09:00:00Z', event: '$pageview', person: 'u1', group: 'acme', session: 's-u1', roles: ['activity'] },
    { at: '2026-03-01T09:05:00Z', event: 'report_run', person: 'u2', group: 'acme', session: 's-u2', roles: ['activity'] },
    { at: '2026-03-02T09:00:00Z', event: 'subscribed', person: 'u1', group: 'acme', roles: ['subscription'] },
    { at: '2026-03-02T10:00:00Z', event: '$pageview', person: 'u1' }, // no group: not the company's
    { at: '2026-03-03T10:00:00Z', event: '$pageview', person: 'u3', group: 'globex' },
  ];
  const mode = { kind: 'group', groupTypeIndex: 0 } as const;

  it("profiles a company from its members' events", () => {
    const fixture = buildFixture(groupRows, { mode, groups: [acme] });
    const profile = buildCustomerProfile({ ...fixture, actorId: 'acme' })!;
    expect(profile).toMatchObject({
      actor: 'acme', kind: 'group', group_type_index: 0, name: 'Acme Inc', properties: { name: 'Acme Inc', plan: 'enterprise' },
      distinct_ids: [], created_at: '2026-02-10T00:00:00.000Z', first_seen: '2026-02-10T00:00:00.000Z', last_seen: '2026-03-02T09:00:00.000Z',
      event_count: 3, milestones: { subscribed_at: '2026-03-02T09:00:00.000Z' },
    });
    // Each member's session stays its own session.
    expect(profile.history.sessions.map((s) => [s.session_id, s.events.map((e) => e.distinct_id)])).toEqual([
      [null, ['u1']],
      ['s-u2', ['u2']],
      ['s-u1', ['u1']],
    ]);
    expect(profile.usage!.windows[0]).toEqual({ days: 7, value: 2, previous: 0, change_percent: null });
    expect(buildCustomerProfile({ ...fixture, actorId: 'globex' })).toMatchObject({ kind: 'group', name: 'globex', created_at: null });
    expect(buildCustomerProfile({ ...fixture, actorId: 'u1' })).toBeNull();
  });

  it('finds a group record without events only with its group type', () => {
    const fixture = buildFixture(groupRows, { mode, groups: [acme] });
    const initech: GroupInfo = { group_type_index: 0, group_key: 'initech', group_properties: {}, created_at: ms('2026-01-01T00:00:00Z') };
    const other: GroupInfo = { ...initech, group_type_index: 1 };
    expect(buildCustomerProfile({ ...fixture, groups: [initech], actorId: 'initech' })).toMatchObject({ kind: 'group', group_type_index: 0, event_count: 0 });
    expect(buildCustomerProfile({ ...fixture, groups: [other], actorId: 'initech' })).toBeNull();
  });
});

describe('buildCustomerProfile: hostile data', () => {
  it('returns event names, labels, properties and names verbatim, never escaped or rendered', () => {
    const img = '<img src=x onerror=alert(1)>';
    const script = '"><script>alert(document.cookie)</script>';
    const person: PersonInfo = { id: 'p1', distinct_ids: [], properties: { name: '<b onmouseover=alert(1)>Eve</b>' }, created_at: NaN };
    const fixture = buildFixture(
      [
        { at: '2026-03-01T09:00:00Z', event: img, person: 'p1', session: img, properties: { [img]: script } },
        { at: '2026-03-01T09:01:00Z', event: '$pageview', person: 'p1', properties: { $pathname: script } },
        { at: '2026-03-01T09:02:00Z', event: 'ticket', person: 'p1', properties: { ticket_id: img, subject: img, status: script }, roles: ['support_ticket'] },
      ],
      { persons: [person] },
    );
    const profile = buildCustomerProfile({ ...fixture, actorId: 'p1' })!;
    expect(profile.name).toBe('<b onmouseover=alert(1)>Eve</b>');
    expect(profile.created_at).toBeNull();
    const events = profile.history.sessions.flatMap((s) => s.events);
    expect(events.map((e) => [e.event, e.label])).toEqual([
      ['ticket', img],
      ['$pageview', script],
      [img, null],
    ]);
    expect(events[2]!.properties).toEqual({ [img]: script });
    expect(profile.history.sessions.map((s) => s.session_id)).toContain(img);
    expect(profile.tickets).toMatchObject([{ key: `ticket:${img}`, ticket_id: img, subject: img, status: script }]);
  });
});

describe('buildCustomerProfile: cost', () => {
  it("parses only this customer's page, payments, errors and tickets — never the other events", () => {
    const rows: EventRow[] = [];
    for (let i = 0; i < 40; i++) {
      const at = new Date(ms('2026-03-01T00:00:00Z') + i * 60_000).toISOString();
      rows.push({ at, event: '$pageview', person: i % 2 === 0 ? 'p1' : 'p2', properties: { $pathname: `/${i}` } });
    }
    rows.push({ at: '2026-02-01T00:00:00Z', event: 'paid', person: 'p1', properties: { amount: 5 }, roles: ['payment'] });
    rows.push({ at: '2026-02-01T00:01:00Z', event: '$exception', person: 'p1', properties: { $exception_type: 'E' } });
    const fixture = buildFixture(rows);
    const read = new Set<number>();
    const properties = new Proxy(fixture.table.properties, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) read.add(Number(key));
        return Reflect.get(target, key, receiver);
      },
    });
    const profile = buildCustomerProfile({ ...fixture, table: { ...fixture.table, properties }, actorId: 'p1' }, { historyPageSize: 5 })!;
    expect(profile.event_count).toBe(22);
    const p1Rows = [...read].filter((row) => fixture.actors.ids[fixture.actors.actor[row]!] === 'p1');
    expect(p1Rows).toHaveLength(read.size);
    // 5 on the page + the payment + the exception.
    expect(read.size).toBe(7);
  });
});
