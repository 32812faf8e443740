// Action steps (event, url contains/regex/exact, properties, tag/text/href from the elements chain) and
// test-account filters on person properties, compiled to HogQL and compared with the engine on ClickHouse.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoPerson } from '../../../demo-data/types';
import { NIL_UUID } from '../../emulator/fixtures';
import { PRICING_LINK_CHAIN, SIGNUP_CLICK_CHAIN } from '../../core/roles/event-table-fixture';
import { events, expectNoUserText, startBench, T0, type Bench } from './harness';

const P1 = '01960000-0000-4000-8000-0000000000a1';
const P2 = '01960000-0000-4000-8000-0000000000a2';
const P3 = '01960000-0000-4000-8000-0000000000a3';
const PERSONS: DemoPerson[] = [
  { id: P1, uuid: P1, distinct_ids: ['d1'], properties: { email: 'ada@Example.org', plan: 'Pro', seats: '12' }, is_identified: true, created_at: T0 },
  { id: P2, uuid: P2, distinct_ids: ['d2'], properties: { email: 'bob@mycompany.com', seats: 3 }, is_identified: true, created_at: T0 },
  { id: P3, uuid: P3, distinct_ids: ['d3'], properties: { email: null }, is_identified: true, created_at: T0 },
];

const EVENTS = events([
  { event: '$pageview', person_id: P1, distinct_id: 'd1', properties: { $current_url: 'https://app.example.com/Pricing?x="1"' } },
  { event: '$pageview', person_id: P1, distinct_id: 'd1', properties: { $current_url: 'https://app.example.com/pricing' } },
  { event: '$pageview', person_id: P2, distinct_id: 'd2', properties: { $current_url: 'https://app.example.com/signup%20now' } },
  { event: '$pageview', person_id: P3, distinct_id: 'd3', properties: {} },
  { event: '$pageview', person_id: NIL_UUID, distinct_id: 'nobody', properties: { $current_url: null } },
  { event: 'signed_up', person_id: P2, distinct_id: 'd2', properties: { plan: 'Pro', $current_url: 'https://app.example.com/signup' } },
  { event: '$autocapture', person_id: P1, distinct_id: 'd1', elements_chain: SIGNUP_CLICK_CHAIN, properties: { $current_url: 'https://app.example.com/signup' } },
  { event: '$autocapture', person_id: P1, distinct_id: 'd1', elements_chain: PRICING_LINK_CHAIN, properties: { $current_url: 'https://app.example.com/' } },
  { event: '$autocapture', person_id: P2, distinct_id: 'd2', elements_chain: '', properties: { $elements_chain: 'button:text="Sign up"nth-child="1"', $current_url: 'https://x/' } },
  { event: '$autocapture', person_id: P2, distinct_id: 'd2', elements_chain: 'a:href="/pricing"text="Ünïcode \\"q\\""', properties: {} },
  { event: '$autocapture', person_id: P3, distinct_id: 'd3', elements_chain: 'div.a:b:nth-child="1";span', properties: {} },
]);

let bench: Bench;
beforeAll(async () => {
  bench = await startBench(EVENTS, PERSONS);
});
afterAll(async () => {
  await bench?.close();
});

const action = (steps: Record<string, unknown>[], extra: Record<string, unknown> = {}) => ({ kind: 'ActionsNode', id: 7, name: 'Signed up', steps, ...extra });

async function expectSame(role: unknown, atLeast = 1) {
  const { sql, engine, compiled } = await bench.role(role);
  expect(compiled.unsupported).toEqual([]);
  expect(sql).toEqual(engine);
  expect(engine.length).toBeGreaterThanOrEqual(atLeast);
  expectNoUserText(compiled.sql, role, expect);
}

describe('compiled action steps match the engine on ClickHouse', () => {
  const cases: [string, Record<string, unknown>[], number?][] = [
    ['event only', [{ event: 'signed_up' }]],
    ['any event with a url', [{ event: null, url: '/signup' }]],
    ['url contains is case-sensitive', [{ event: '$pageview', url: '/Pricing', url_matching: 'contains' }]],
    ['url contains has no wildcards', [{ event: '$pageview', url: '%20', url_matching: 'contains' }]],
    ['url contains with a quote', [{ event: '$pageview', url: 'x="1"', url_matching: 'contains' }]],
    ['url regex', [{ event: '$pageview', url: 'pricing$', url_matching: 'regex' }]],
    ['url regex with (?i)', [{ event: '$pageview', url: '(?i)/pricing', url_matching: 'regex' }]],
    ['url exact', [{ event: '$pageview', url: 'https://app.example.com/pricing', url_matching: 'exact' }]],
    ['step properties', [{ event: 'signed_up', properties: [{ key: 'plan', operator: 'exact', value: 'Pro', type: 'event' }] }]],
    ['text exact (default)', [{ event: '$autocapture', text: 'Sign up' }]],
    ['text exact with escaped quotes', [{ event: '$autocapture', text: 'See "Team"; pricing', text_matching: 'exact' }]],
    ['text exact unicode', [{ event: '$autocapture', text: 'Ünïcode "q"' }]],
    ['text contains ignores case', [{ event: '$autocapture', text: 'SIGN', text_matching: 'contains' }]],
    ['text regex matches the whole value', [{ event: '$autocapture', text: 'Sign', text_matching: 'regex' }], 0],
    ['text regex', [{ event: '$autocapture', text: 'Sign.*', text_matching: 'regex' }]],
    ['href exact', [{ event: '$autocapture', href: '/pricing?plan=team' }]],
    ['href contains', [{ event: '$autocapture', href: 'PRICING', href_matching: 'contains' }]],
    ['href regex', [{ event: '$autocapture', href: '/pricing.*', href_matching: 'regex' }]],
    ['tag name', [{ event: '$autocapture', tag_name: 'button' }]],
    ['tag name with classes holding a colon', [{ event: '$autocapture', tag_name: 'div' }]],
    ['text on a non-autocapture step is ignored', [{ event: '$pageview', text: 'nothing like it' }]],
    ['several steps OR, with node filters', [{ event: 'signed_up' }, { event: '$autocapture', text: 'Sign up' }]],
  ];
  for (const [name, steps, atLeast] of cases) {
    it(name, async () => {
      await expectSame(action(steps), atLeast ?? 1);
    });
  }

  it('node-level filters apply to every step', async () => {
    await expectSame(action([{ event: '$pageview' }, { event: '$autocapture' }], { properties: [{ key: '$current_url', operator: 'icontains', value: 'SIGNUP', type: 'event' }] }));
  });

  it('person property filters on a role read the event own person', async () => {
    await expectSame({ kind: 'EventsNode', event: null, properties: [{ key: 'plan', operator: 'exact', value: 'Pro', type: 'person' }] });
  });

  it('reports a selector and an action without steps as the engine does', async () => {
    const { sql, compiled } = await bench.role([action([{ event: '$autocapture', selector: 'div > a' }]), action([])]);
    expect(sql).toEqual([]);
    expect(compiled.unsupported).toHaveLength(2);
  });
});

describe('compiled test-account filters match the engine on ClickHouse', () => {
  const cases: [string, Record<string, unknown>[]][] = [
    ['person email not_icontains (PostHog default)', [{ key: 'email', operator: 'not_icontains', value: '@MyCompany.com', type: 'person' }]],
    ['person is_set', [{ key: 'email', operator: 'is_set', type: 'person' }]],
    ['person is_not_set', [{ key: 'email', operator: 'is_not_set', type: 'person' }]],
    ['person gt with a numeric string value', [{ key: 'seats', operator: 'gt', value: 5, type: 'person' }]],
    ['person is_not list', [{ key: 'plan', operator: 'is_not', value: ['Pro', 'Team'], type: 'person' }]],
    ['every filter must pass (AND)', [
      { key: 'email', operator: 'not_icontains', value: 'mycompany', type: 'person' },
      { key: '$current_url', operator: 'not_regex', value: 'signup', type: 'event' },
    ]],
    ['no filters keeps everything', []],
  ];
  for (const [name, filters] of cases) {
    it(name, async () => {
      const { sql, engine, compiled } = await bench.testAccounts(filters);
      expect(compiled.unsupported).toEqual([]);
      expect(sql).toEqual(engine);
      expectNoUserText(compiled.sql, filters, expect);
    });
  }

  it('a filter that cannot be evaluated is skipped and reported', async () => {
    const filters = [{ key: 'id', operator: 'in', value: 3, type: 'cohort' }, { key: 'email', operator: 'regex', value: '(?<=@)x', type: 'person' }];
    const { sql, engine, compiled } = await bench.testAccounts(filters);
    expect(sql).toHaveLength(EVENTS.length);
    // The engine skips the cohort filter but evaluates the lookbehind (JavaScript has it); ClickHouse cannot, so
    // that one is skipped and reported here: the one place the two may differ, and it is said.
    expect(engine.length).toBeLessThanOrEqual(EVENTS.length);
    expect(compiled.unsupported).toHaveLength(2);
  });
});
