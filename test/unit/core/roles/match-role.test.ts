import { describe, expect, it } from 'vitest';
import { parseRole } from '../../../../src/core/config/parse-matcher';
import type { PersonInfo } from '../../../../src/core/events/event-table';
import { compileRole } from '../../../../src/core/roles/compile-role';
import { matchRoleMask } from '../../../../src/core/roles/match-role';
import { createPeopleLookup } from '../../../../src/core/roles/people-lookup';
import { buildTable, PRICING_LINK_CHAIN, SIGNUP_CLICK_CHAIN, type Row } from './event-table-fixture';

/** Indexes of the rows the role (written as in a config file) matches, and what it could not evaluate. */
function match(rows: Row[], role: unknown, persons: PersonInfo[] = []): { matched: number[]; unsupported: string[] } {
  const table = buildTable(rows);
  const compiled = compileRole(parseRole(role, 'roles.test'));
  const mask = matchRoleMask(table, compiled, createPeopleLookup(table, persons));
  return { matched: [...mask.keys()].filter((i) => mask[i] === 1), unsupported: compiled.unsupported };
}

const events = (kind: string, filter?: unknown) => ({ kind: 'EventsNode', event: kind, properties: filter ? [filter] : [] });
const action = (steps: unknown[], extra: Record<string, unknown> = {}) => ({ kind: 'ActionsNode', id: 7, name: 'Signed up', steps, ...extra });

describe('matchRoleMask: EventsNode', () => {
  const rows: Row[] = [{ event: '$pageview' }, { event: 'signed_up' }, { event: 'Signed_Up' }, { event: '$pageleave' }];

  it('matches event names exactly and case-sensitively; a list of nodes is OR', () => {
    expect(match(rows, events('signed_up')).matched).toEqual([1]);
    expect(match(rows, [events('signed_up'), events('$pageview')]).matched).toEqual([0, 1]);
    expect(match(rows, events('SIGNED_UP')).matched).toEqual([]);
  });

  it('event: null matches any event', () => {
    expect(match(rows, { kind: 'EventsNode', event: null }).matched).toEqual([0, 1, 2, 3]);
  });

  it('an empty role matches nothing', () => {
    expect(match(rows, []).matched).toEqual([]);
    expect(match(rows, {}).matched).toEqual([]);
  });

  it('property filters apply to the named event only, with DESIGN §5 semantics', () => {
    const pageviews: Row[] = [
      { event: '$pageview', properties: { $pathname: '/App/home' } },
      { event: '$pageview', properties: { $pathname: '/pricing' } },
      { event: '$pageview', properties: {} },
      { event: '$pageview', properties: { $pathname: null } },
      { event: 'clicked', properties: { $pathname: '/app' } },
    ];
    expect(match(pageviews, events('$pageview', { key: '$pathname', operator: 'icontains', value: '/app' })).matched).toEqual([0]);
    expect(match(pageviews, events('$pageview', { key: '$pathname', operator: 'not_icontains', value: '/app' })).matched).toEqual([1, 2, 3]);
    expect(match(pageviews, events('$pageview', { key: '$pathname', operator: 'is_set' })).matched).toEqual([0, 1]);
    expect(match(pageviews, events('$pageview', { key: '$pathname', operator: 'is_not_set' })).matched).toEqual([2, 3]);
  });

  it('several filters on a node must all hold', () => {
    const rows: Row[] = [
      { event: 'payment', properties: { amount: '120', currency: 'EUR' } },
      { event: 'payment', properties: { amount: 80, currency: 'EUR' } },
      { event: 'payment', properties: { amount: 150, currency: 'USD' } },
    ];
    const node = { kind: 'EventsNode', event: 'payment', properties: [{ key: 'amount', operator: 'gt', value: 100 }, { key: 'currency', operator: 'exact', value: 'EUR' }] };
    expect(match(rows, node).matched).toEqual([0]);
  });

  it('a key such as "constructor" is a property like any other, not Object.prototype’s', () => {
    const rows: Row[] = [{ event: 'x', properties: {} }, { event: 'x', properties: { constructor: 'yes' } }];
    expect(match(rows, events('x', { key: 'constructor', operator: 'is_set' })).matched).toEqual([1]);
  });

  it('properties that are not a JSON object read as no properties', () => {
    const rows: Row[] = [{ event: 'x', properties: 'not json' }, { event: 'x', properties: '[1,2]' }, { event: 'x', properties: '' }];
    expect(match(rows, events('x', { key: 'a', operator: 'is_not_set' })).matched).toEqual([0, 1, 2]);
    expect(match(rows, events('x', { key: 'a', operator: 'is_set' })).matched).toEqual([]);
  });

  it('a bad regex makes its matcher match nothing and is reported', () => {
    const rows: Row[] = [{ event: '$pageview', properties: { $pathname: '/a' } }, { event: 'other' }];
    const result = match(rows, [events('$pageview', { key: '$pathname', operator: 'regex', value: '(' }), events('other')]);
    expect(result.matched).toEqual([1]);
    expect(result.unsupported).toEqual([expect.stringMatching(/^"\$pageview" events: the event property "\$pathname" regex "\(": "\(" is not a valid regular expression .*, so this matcher matches no events\.$/)]);
  });

  it('filters it cannot evaluate (cohort, group, element, date operators) are reported and match nothing', () => {
    const rows: Row[] = [{ event: 'x', properties: { a: 1 } }];
    for (const filter of [
      { key: 'id', type: 'cohort', value: 3 },
      { key: 'name', type: 'group', operator: 'exact', value: 'Acme' },
      { key: 'text', type: 'element', operator: 'exact', value: 'Buy' },
      { key: 'a', type: 'event', operator: 'is_date_after', value: '2026-01-01' },
    ]) {
      const result = match(rows, events('x', filter));
      expect(result.matched).toEqual([]);
      expect(result.unsupported).toHaveLength(1);
      expect(result.unsupported[0]).toMatch(/^"x" events: the .* (cannot be evaluated offline|is not evaluated offline).*, so this matcher matches no events\.$/);
    }
  });

  it('parses properties only for events whose name matched', () => {
    const rows: Row[] = [
      { event: 'other', properties: { a: 1 } },
      { event: 'x', properties: { a: 1 } },
      { event: 'other', properties: { a: 2 } },
    ];
    const table = buildTable(rows);
    const read: number[] = [];
    table.properties = new Proxy(table.properties, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) read.push(Number(key));
        return Reflect.get(target, key, receiver);
      },
    });
    const role = compileRole(parseRole([events('x', { key: 'a', operator: 'exact', value: 1 }), events('x', { key: 'a', operator: 'exact', value: 2 })], 'r'));
    const mask = matchRoleMask(table, role, createPeopleLookup(table, []));
    expect([...mask]).toEqual([0, 1, 0]);
    expect(read).toEqual([1]); // one parse for event 1, shared by both alternatives
  });
});

describe('matchRoleMask: person filters', () => {
  const persons: PersonInfo[] = [
    { id: 'P-1', distinct_ids: ['anon-1', 'jo@acme.com'], properties: { email: 'jo@acme.com', plan: 'pro' }, created_at: 0 },
    { id: 'p-2', distinct_ids: ['anon-2'], properties: { email: 'al@example.com' }, created_at: 0 },
  ];
  const rows: Row[] = [
    { event: 'x', person: 'P-1', distinct: 'anon-1' }, // by person id
    { event: 'x', distinct: 'jo@acme.com' }, // no person_id: found through distinct_id
    { event: 'x', person: 'P-2', distinct: 'anon-2' }, // person id in another case
    { event: 'x', distinct: 'stranger' }, // no known person: properties missing
    { event: 'x', person: 'merged-away', distinct: 'anon-2' }, // unknown person id: distinct_id decides
  ];

  it('test the event’s person, found by person id, else through the distinct_id', () => {
    expect(match(rows, events('x', { key: 'email', type: 'person', operator: 'icontains', value: '@acme.com' }), persons).matched).toEqual([0, 1]);
    expect(match(rows, events('x', { key: 'email', type: 'person', operator: 'not_icontains', value: '@acme.com' }), persons).matched).toEqual([2, 3, 4]);
    expect(match(rows, events('x', { key: 'plan', type: 'person', operator: 'is_not_set' }), persons).matched).toEqual([2, 3, 4]);
  });

  it('person and event filters combine', () => {
    const rows: Row[] = [
      { event: 'x', person: 'P-1', properties: { step: 1 } },
      { event: 'x', person: 'P-1', properties: { step: 2 } },
      { event: 'x', person: 'p-2', properties: { step: 2 } },
    ];
    const node = { kind: 'EventsNode', event: 'x', properties: [{ key: 'step', operator: 'exact', value: 2 }, { key: 'plan', type: 'person', operator: 'exact', value: 'pro' }] };
    expect(match(rows, node, persons).matched).toEqual([1]);
  });
});

describe('matchRoleMask: ActionsNode', () => {
  const rows: Row[] = [
    /* 0 */ { event: '$pageview', properties: { $current_url: 'https://ex.com/pricing?plan=team' } },
    /* 1 */ { event: '$pageview', properties: { $current_url: 'https://ex.com/Pricing' } },
    /* 2 */ { event: '$pageview', properties: { $current_url: 'https://ex.com/plans' } },
    /* 3 */ { event: '$pageview', properties: { $current_url: 'https://ex.com/pri%cing' } },
    /* 4 */ { event: '$autocapture', properties: { $current_url: 'https://ex.com/signup', $browser: 'Chrome' }, elementsChain: SIGNUP_CLICK_CHAIN },
    /* 5 */ { event: '$autocapture', properties: { $current_url: 'https://ex.com/', $browser: 'Firefox' }, elementsChain: PRICING_LINK_CHAIN },
    /* 6 */ { event: 'user_signed_up', properties: { plan: 'free' } },
    /* 7 */ { event: '$pageview', properties: {} },
    /* 8 */ { event: '$autocapture', properties: { $elements_chain: SIGNUP_CLICK_CHAIN } },
  ];

  it('url contains is a plain, case-sensitive substring (no LIKE wildcards)', () => {
    expect(match(rows, action([{ event: '$pageview', url: '/pricing', url_matching: 'contains' }])).matched).toEqual([0]);
    expect(match(rows, action([{ event: '$pageview', url: '/pricing' }])).matched).toEqual([0]); // contains is the default
    expect(match(rows, action([{ event: '$pageview', url: 'pri%cing' }])).matched).toEqual([3]);
    expect(match(rows, action([{ event: '$pageview', url: 'pri_ing' }])).matched).toEqual([]);
  });

  it('url regex and exact', () => {
    expect(match(rows, action([{ event: '$pageview', url: '^https://ex\\.com/(pricing|plans)', url_matching: 'regex' }])).matched).toEqual([0, 2]);
    expect(match(rows, action([{ event: '$pageview', url: 'https://ex.com/plans', url_matching: 'exact' }])).matched).toEqual([2]);
    expect(match(rows, action([{ event: '$pageview', url: 'https://ex.com/plans/', url_matching: 'exact' }])).matched).toEqual([]);
  });

  it('steps are ORed; within a step every set field must hold; event null is any event', () => {
    const steps = [
      { event: '$pageview', url: '/plans' },
      { event: 'user_signed_up', properties: [{ key: 'plan', operator: 'exact', value: 'free', type: 'event' }] },
      { event: null, url: '/signup' },
    ];
    expect(match(rows, action(steps)).matched).toEqual([2, 4, 6]);
  });

  it('text and href come from the elements chain, on $autocapture steps', () => {
    expect(match(rows, action([{ event: '$autocapture', text: 'Sign up' }])).matched).toEqual([4, 8]); // exact by default; 8 via $elements_chain
    expect(match(rows, action([{ event: '$autocapture', text: 'sign', text_matching: 'contains' }])).matched).toEqual([4, 8]);
    expect(match(rows, action([{ event: '$autocapture', text: 'Sign', text_matching: 'exact' }])).matched).toEqual([]);
    expect(match(rows, action([{ event: '$autocapture', text: 'See "Team"; pricing' }])).matched).toEqual([5]);
    expect(match(rows, action([{ event: '$autocapture', text: 'See .*', text_matching: 'regex' }])).matched).toEqual([5]);
    expect(match(rows, action([{ event: '$autocapture', text: 'See', text_matching: 'regex' }])).matched).toEqual([]); // whole value
    expect(match(rows, action([{ event: '$autocapture', href: '/pricing?plan=team' }])).matched).toEqual([5]);
    expect(match(rows, action([{ event: '$autocapture', href: '/PRICING', href_matching: 'contains' }])).matched).toEqual([5]);
    expect(match(rows, action([{ event: '$autocapture', href: '^/pricing\\?', href_matching: 'regex' }])).matched).toEqual([]);
    expect(match(rows, action([{ event: '$autocapture', href: '/pricing\\?.*', href_matching: 'regex' }])).matched).toEqual([5]);
    expect(match(rows, action([{ event: '$autocapture', tag_name: 'form' }])).matched).toEqual([4, 8]);
    expect(match(rows, action([{ event: '$autocapture', tag_name: 'a', properties: [{ key: '$browser', operator: 'exact', value: ['Chrome'] }] }])).matched).toEqual([]);
  });

  it('an unsupported selector is reported and its step matches nothing; other steps still match', () => {
    const result = match(rows, action([{ event: '$autocapture', selector: 'button.signup', text: 'Sign up' }, { event: 'user_signed_up' }]));
    expect(result.matched).toEqual([6]);
    expect(result.unsupported).toEqual(['action "Signed up" (id 7), step 1: the CSS selector "button.signup" cannot be evaluated offline, so this step matches no events.']);
  });

  it('element fields on a step that is not $autocapture are ignored, as PostHog does', () => {
    const result = match(rows, action([{ event: 'user_signed_up', text: 'Nope', selector: 'div' }]));
    expect(result.matched).toEqual([6]);
    expect(result.unsupported).toEqual([]);
  });

  it('a bad url regex or a cohort filter in a step is reported; an action without steps matches nothing', () => {
    const bad = match(rows, action([{ event: '$pageview', url: '[', url_matching: 'regex' }, { event: '$pageview', properties: [{ key: 'id', type: 'cohort', value: 2 }] }]));
    expect(bad.matched).toEqual([]);
    expect(bad.unsupported).toEqual([
      expect.stringMatching(/^action "Signed up" \(id 7\), step 1: its URL "\[" is not a valid regular expression .*, so this step matches no events\.$/),
      'action "Signed up" (id 7), step 2: the cohort filter "id" exact 2 cannot be evaluated offline (cohort filters need PostHog\'s servers), so this step matches no events.',
    ]);
    expect(match(rows, action([])).unsupported).toEqual(['action "Signed up" (id 7) has no steps, so it matches no events.']);
  });

  it('filters on the ActionsNode itself apply to every step', () => {
    const node = action([{ event: '$pageview' }, { event: '$autocapture' }], { properties: [{ key: '$current_url', operator: 'icontains', value: 'ex.com/p' }] });
    expect(match(rows, node).matched).toEqual([0, 1, 2, 3]);
  });
});
