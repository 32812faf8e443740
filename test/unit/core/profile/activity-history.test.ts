import { describe, expect, it } from 'vitest';
import { buildCustomerProfile } from '../../../../src/core/profile/build-customer-profile';
import { LABEL_MAX_LENGTH } from '../../../../src/core/profile/event-label';
import { SIGNUP_CLICK_CHAIN } from '../roles/event-table-fixture';
import { buildFixture, type EventRow } from './fixtures';

const day = '2026-03-10T';
const p1 = (time: string, extra: Partial<EventRow> = {}): EventRow => ({ at: `${day}${time}Z`, event: '$pageview', person: 'p1', ...extra });

// Four sessions of p1, interleaved in time (hand-ordered, newest start first):
//   gap B   11:00:00.001, 11:05            (more than 30 min after 10:30 → a new session)
//   S2      10:15, 12:00                   (starts inside gap A's span)
//   gap A   10:00, 10:30                   (exactly 30 min apart → one session)
//   S1      09:00, 09:10, 09:20
const rows: EventRow[] = [
  p1('09:00:00.000', { session: 'S1', properties: { $pathname: '/a' } }),
  p1('09:10:00.000', { session: 'S1' }),
  p1('09:20:00.000', { session: 'S1' }),
  p1('10:00:00.000'),
  p1('10:15:00.000', { session: 'S2' }),
  p1('10:30:00.000'),
  p1('11:00:00.001'),
  p1('11:05:00.000'),
  p1('12:00:00.000', { session: 'S2' }),
  // Another customer in the same session id and time span: never part of p1's history.
  { at: `${day}09:15:00Z`, event: '$pageview', person: 'p2', session: 'S1' },
  { at: `${day}10:45:00Z`, event: '$pageview', person: 'p2' },
];

function history(pageSize: number, page: number) {
  const fixture = buildFixture(rows);
  return buildCustomerProfile({ ...fixture, actorId: 'p1' }, { historyPage: page, historyPageSize: pageSize })!.history;
}

const times = (block: { events: { timestamp: string }[] }) => block.events.map((e) => e.timestamp.slice(11, 23));

describe('activity history', () => {
  it('groups by $session_id and, without one, by 30-minute inactivity gaps, newest session first', () => {
    const page = history(50, 0);
    expect(page.total_events).toBe(9);
    expect(page.total_sessions).toBe(4);
    expect(page.page_count).toBe(1);
    expect(page.sessions.map((s) => [s.session_id, s.start, s.end, s.event_count, s.duration_seconds])).toEqual([
      [null, `${day}11:00:00.001Z`, `${day}11:05:00.000Z`, 2, 299.999],
      ['S2', `${day}10:15:00.000Z`, `${day}12:00:00.000Z`, 2, 6300],
      [null, `${day}10:00:00.000Z`, `${day}10:30:00.000Z`, 2, 1800],
      ['S1', `${day}09:00:00.000Z`, `${day}09:20:00.000Z`, 3, 1200],
    ]);
    expect(page.sessions.map(times)).toEqual([
      ['11:05:00.000', '11:00:00.001'],
      ['12:00:00.000', '10:15:00.000'],
      ['10:30:00.000', '10:00:00.000'],
      ['09:20:00.000', '09:10:00.000', '09:00:00.000'],
    ]);
    expect(page.sessions[1]!.key).toBe('session:S2');
    // An inactivity session is keyed by its first (oldest) event, so its key survives paging.
    expect(page.sessions[0]!.key).toBe(`gap:${page.sessions[0]!.events[1]!.uuid}`);
    expect(page.sessions.every((s) => !s.continues_from_previous_page && !s.continues_on_next_page)).toBe(true);
  });

  it('pages by events, splitting a session across pages with its full totals and continuation flags', () => {
    const [first, second, third, past] = [0, 1, 2, 3].map((page) => history(3, page));
    expect(first!.page_count).toBe(3);
    expect(first!.sessions.map((s) => [s.session_id, times(s), s.event_count, s.continues_from_previous_page, s.continues_on_next_page])).toEqual([
      [null, ['11:05:00.000', '11:00:00.001'], 2, false, false],
      ['S2', ['12:00:00.000'], 2, false, true],
    ]);
    expect(second!.sessions.map((s) => [s.session_id, times(s), s.continues_from_previous_page, s.continues_on_next_page])).toEqual([
      ['S2', ['10:15:00.000'], true, false],
      [null, ['10:30:00.000', '10:00:00.000'], false, false],
    ]);
    expect(second!.sessions[0]!.start).toBe(`${day}10:15:00.000Z`);
    expect(second!.sessions[0]!.end).toBe(`${day}12:00:00.000Z`);
    expect(third!.sessions.map((s) => [s.session_id, times(s), s.continues_from_previous_page, s.continues_on_next_page])).toEqual([
      ['S1', ['09:20:00.000', '09:10:00.000', '09:00:00.000'], false, false],
    ]);
    expect(past!.sessions).toEqual([]);
    expect(past!.page).toBe(3);
    // Every event exactly once over the pages, in history order.
    const all = [first!, second!, third!].flatMap((p) => p.sessions.flatMap((s) => s.events.map((e) => e.uuid)));
    expect(new Set(all).size).toBe(9);
    expect(all).toEqual(history(50, 0).sessions.flatMap((s) => s.events.map((e) => e.uuid)));
  });

  it('splits a session over three pages when it is longer than a page', () => {
    const [a, b, c] = [0, 1, 2].map((page) => history(4, page));
    expect(a!.sessions.map((s) => s.session_id)).toEqual([null, 'S2']);
    expect(b!.sessions.map((s) => [s.session_id, s.events.length, s.continues_on_next_page])).toEqual([
      [null, 2, false],
      ['S1', 2, true],
    ]);
    expect(c!.sessions.map((s) => [s.session_id, times(s), s.continues_from_previous_page])).toEqual([['S1', ['09:00:00.000'], true]]);
  });

  it('clamps page and page size to sane values', () => {
    const page = history(0, -2);
    expect([page.page, page.page_size, page.page_count]).toEqual([0, 1, 9]);
    expect(history(1e9, 0).page_size).toBe(1000);
    expect(history(Number.NaN, Number.NaN).page_size).toBe(50);
  });

  it('gives each event its uuid, name, distinct_id, roles, label and parsed properties', () => {
    const fixture = buildFixture([
      { at: '2026-03-10T09:00:00Z', event: '$pageview', person: 'p1', distinct: 'device-1', uuid: '0190aaaa-bbbb-7ccc-8ddd-eeeeffff0001',
        properties: { $pathname: '/pricing', $current_url: 'https://ex.com/pricing?x=1', nested: { a: [1, 2] } }, roles: ['activity'] },
      { at: '2026-03-10T09:01:00Z', event: '$pageview', person: 'p1', properties: { $current_url: 'https://ex.com/only-url' } },
      { at: '2026-03-10T09:02:00Z', event: '$autocapture', person: 'p1', properties: { $el_text: 'Buy now', $event_type: 'click' } },
      { at: '2026-03-10T09:03:00Z', event: '$autocapture', person: 'p1', elementsChain: SIGNUP_CLICK_CHAIN },
      { at: '2026-03-10T09:04:00Z', event: '$exception', person: 'p1', properties: { $exception_type: 'TypeError', $exception_message: 'x is undefined' } },
      { at: '2026-03-10T09:05:00Z', event: 'paid', person: 'p1', properties: { amount: '49.00', currency: 'USD' }, roles: ['payment'] },
      { at: '2026-03-10T09:06:00Z', event: 'ticket_created', person: 'p1', properties: { subject: 'Cannot log in' }, roles: ['support_ticket'] },
      { at: '2026-03-10T09:07:00Z', event: 'custom thing', person: 'p1', properties: { $pathname: '/ignored-for-custom' } },
      { at: '2026-03-10T09:08:00Z', event: '$pageview', person: 'p1', properties: { $pathname: `/${'x'.repeat(300)}` } },
      { at: '2026-03-10T09:09:00Z', event: 'broken', person: 'p1', propertiesText: '{not json' },
      { at: '2026-03-10T09:10:00Z', event: '$screen', person: 'p1', properties: { $screen_name: 'Settings' } },
    ]);
    const profile = buildCustomerProfile({ ...fixture, actorId: 'p1' })!;
    const events = profile.history.sessions.flatMap((s) => s.events).reverse(); // oldest first, as listed above
    expect(events.map((e) => [e.event, e.label])).toEqual([
      ['$pageview', '/pricing'],
      ['$pageview', 'https://ex.com/only-url'],
      ['$autocapture', 'Buy now'],
      ['$autocapture', 'Sign up'],
      ['$exception', 'TypeError: x is undefined'],
      ['paid', '49.00 USD'],
      ['ticket_created', 'Cannot log in'],
      ['custom thing', null],
      ['$pageview', `/${'x'.repeat(LABEL_MAX_LENGTH - 2)}…`],
      ['broken', null],
      ['$screen', 'Settings'],
    ]);
    expect(events[8]!.label!.length).toBe(LABEL_MAX_LENGTH);
    expect(events[0]).toEqual({
      uuid: '0190aaaa-bbbb-7ccc-8ddd-eeeeffff0001',
      timestamp: '2026-03-10T09:00:00.000Z',
      event: '$pageview',
      label: '/pricing',
      distinct_id: 'device-1',
      roles: ['activity'],
      properties: { $pathname: '/pricing', $current_url: 'https://ex.com/pricing?x=1', nested: { a: [1, 2] } },
      elements_chain: '',
    });
    expect(events[3]!.elements_chain).toBe(SIGNUP_CLICK_CHAIN);
    expect(events[5]!.roles).toEqual(['payment']);
    expect(events[9]!.properties).toEqual({});
  });
});
