// Every property operator compiled to HogQL, run on ClickHouse (the emulator) and compared with the engine's own
// matcher on the same events: missing vs null vs present, tricky values, lists, case rules, numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events, expectNoUserText, startBench, type Bench } from './harness';

const VALUES: unknown[] = [
  'Pro', 'pro', 'PRO plan', '', 'He said "hi"', 'back\\slash', 'tab\tand\nnewline', 'Été à Zürich', 'ÉTÉ', '😀 emoji',
  '12', '-3.5', '12.0', '1e3', ' 12', '12abc', '0x10', '007', 12, 12.5, -3.5, 0, 1e21, 1e-7, 100, true, false,
  { tier: 'pro', seats: 3 }, { quote: 'a"b', nested: { é: [1, 'x'] } }, [1, 'two', null], [], {}, 'null', 'true',
];

// Each value once under `v`, plus an event without `v` and one with v: null.
const EVENTS = events([
  ...VALUES.map((v) => ({ event: 'checkout', properties: { v, other: 'x' } })),
  { event: 'checkout', properties: { other: 'x' } },
  { event: 'checkout', properties: { v: null } },
  { event: 'Checkout', properties: { v: 'Pro' } },
]);

let bench: Bench;
beforeAll(async () => {
  bench = await startBench(EVENTS);
});
afterAll(async () => {
  await bench?.close();
});

const node = (filter: Record<string, unknown>) => ({ kind: 'EventsNode', event: 'checkout', properties: [{ key: 'v', type: 'event', ...filter }] });

async function expectSame(role: unknown, atLeast = 0) {
  const { sql, engine, compiled } = await bench.role(role);
  expect(compiled.unsupported).toEqual([]);
  expect(sql).toEqual(engine);
  expect(engine.length).toBeGreaterThanOrEqual(atLeast);
  expectNoUserText(compiled.sql, role, expect);
  return engine;
}

describe('compiled property filters match the engine on ClickHouse', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['exact string', { operator: 'exact', value: 'Pro' }],
    ['exact is case-sensitive', { operator: 'exact', value: 'PRO plan' }],
    ['exact empty string', { operator: 'exact', value: '' }],
    ['exact with quotes', { operator: 'exact', value: 'He said "hi"' }],
    ['exact with a backslash', { operator: 'exact', value: 'back\\slash' }],
    ['exact with control characters', { operator: 'exact', value: 'tab\tand\nnewline' }],
    ['exact unicode', { operator: 'exact', value: 'Été à Zürich' }],
    ['exact emoji', { operator: 'exact', value: '😀 emoji' }],
    ['exact number matches the number and its text', { operator: 'exact', value: 12 }],
    ['exact numeric string', { operator: 'exact', value: '12' }],
    ['exact decimal', { operator: 'exact', value: 12.5 }],
    ['exact big number in exponent form', { operator: 'exact', value: 1e21 }],
    ['exact small number in exponent form', { operator: 'exact', value: 1e-7 }],
    ['exact true', { operator: 'exact', value: true }],
    ['exact "true" text', { operator: 'exact', value: 'true' }],
    ['exact "null" text', { operator: 'exact', value: 'null' }],
    ['exact an object as its JSON text', { operator: 'exact', value: '{"tier":"pro","seats":3}' }],
    ['exact a nested object as its JSON text', { operator: 'exact', value: '{"quote":"a\\"b","nested":{"é":[1,"x"]}}' }],
    ['exact a list as its JSON text', { operator: 'exact', value: '[1,"two",null]' }],
    ['exact list (any of)', { operator: 'exact', value: ['Pro', 12, false, 'nope'] }],
    ['exact empty list', { operator: 'exact', value: [] }],
    ['is_not value', { operator: 'is_not', value: 'Pro' }],
    ['is_not list (none of)', { operator: 'is_not', value: ['Pro', 'pro', 12] }],
    ['is_not empty list', { operator: 'is_not', value: [] }],
    ['icontains', { operator: 'icontains', value: 'PRO' }],
    ['icontains unicode case', { operator: 'icontains', value: 'été' }],
    ['icontains a quote', { operator: 'icontains', value: '"hi' }],
    ['icontains a backslash', { operator: 'icontains', value: 'k\\s' }],
    ['icontains inside JSON text', { operator: 'icontains', value: 'SEATS' }],
    ['icontains a number', { operator: 'icontains', value: 12 }],
    ['icontains list', { operator: 'icontains', value: ['zür', 'emoji'] }],
    ['icontains with LIKE wildcards is literal', { operator: 'icontains', value: '%' }],
    ['not_icontains', { operator: 'not_icontains', value: 'pro' }],
    ['not_icontains list', { operator: 'not_icontains', value: ['pro', '1'] }],
    ['regex', { operator: 'regex', value: '^P' }],
    ['regex is case-sensitive', { operator: 'regex', value: 'plan$' }],
    ['regex with a (?i) flag', { operator: 'regex', value: '(?i)^pro' }],
    ['regex digits', { operator: 'regex', value: '^-?\\d+(\\.\\d+)?$' }],
    ['regex on JSON text', { operator: 'regex', value: '"seats":\\s*3' }],
    ['regex unicode', { operator: 'regex', value: 'Z.rich' }],
    ['regex list', { operator: 'regex', value: ['^Pro$', '^ÉTÉ$'] }],
    ['not_regex', { operator: 'not_regex', value: '^P' }],
    ['gt number', { operator: 'gt', value: 10 }],
    ['gt numeric string bound', { operator: 'gt', value: '-3.5' }],
    ['lt number', { operator: 'lt', value: 12 }],
    ['lt negative', { operator: 'lt', value: -1 }],
    ['gte', { operator: 'gte', value: 12 }],
    ['lte', { operator: 'lte', value: '0' }],
    ['gt zero (booleans and non-numeric strings never pass)', { operator: 'gt', value: 0 }],
    ['is_set', { operator: 'is_set' }],
    ['is_not_set', { operator: 'is_not_set' }],
  ];
  for (const [name, filter] of cases) {
    it(name, async () => {
      await expectSame(node(filter));
    });
  }

  it('missing and null: positive operators fail, negative ones pass', async () => {
    const missingOrNull = EVENTS.filter((e) => e.event === 'checkout' && (!('v' in e.properties) || e.properties.v === null)).map((e) => e.uuid);
    for (const operator of ['exact', 'icontains', 'regex']) {
      const matched = await expectSame(node({ operator, value: 'x' }));
      for (const uuid of missingOrNull) expect(matched).not.toContain(uuid);
    }
    for (const operator of ['is_not', 'not_icontains', 'not_regex']) {
      const matched = await expectSame(node({ operator, value: 'x' }));
      for (const uuid of missingOrNull) expect(matched).toContain(uuid);
    }
    const gt = await expectSame(node({ operator: 'gt', value: -1000 }));
    for (const uuid of missingOrNull) expect(gt).not.toContain(uuid);
  });

  it('gt/lt read only numbers and plain decimal strings', async () => {
    const matched = await expectSame(node({ operator: 'gt', value: -1000 }), 1);
    const byValue = new Map(EVENTS.map((e) => [e.uuid, e.properties.v]));
    const passing = matched.map((uuid) => byValue.get(uuid));
    expect(passing).toEqual(expect.arrayContaining(['12', '-3.5', '12.0', '007', 12, 12.5, -3.5, 0, 1e21, 1e-7, 100]));
    for (const value of ['1e3', ' 12', '12abc', '0x10', true, false, '']) expect(passing).not.toContain(value);
  });

  it('event names are case-sensitive; null is any event', async () => {
    await expectSame({ kind: 'EventsNode', event: 'Checkout' }, 1);
    await expectSame({ kind: 'EventsNode', event: null, properties: [{ key: 'v', operator: 'exact', value: 'Pro' }] }, 2);
  });

  it('several filters AND, several matchers OR', async () => {
    await expectSame({ kind: 'EventsNode', event: 'checkout', properties: [{ key: 'v', operator: 'icontains', value: 'pro' }, { key: 'v', operator: 'is_not', value: 'pro' }] }, 1);
    await expectSame([node({ operator: 'exact', value: 'Pro' }), node({ operator: 'gt', value: 50 }), { kind: 'EventsNode', event: 'Checkout' }], 3);
  });

  it('an empty role matches nothing', async () => {
    const { sql, compiled } = await bench.role([]);
    expect(sql).toEqual([]);
    expect(compiled.sql).toBe('false');
  });

  it('keys with odd characters are read like any other', async () => {
    const { sql, engine } = await bench.role({ kind: 'EventsNode', event: 'checkout', properties: [{ key: "we'ird\"key\\", operator: 'is_not_set' }] });
    expect(sql).toEqual(engine);
  });

  it('reports what it cannot compile, in the engine words, and matches nothing for it', async () => {
    const { sql, engine, compiled } = await bench.role([node({ operator: 'regex', value: 'a(?=b)' }), node({ operator: 'is_date_before', value: '2020-01-01' })]);
    expect(sql).toEqual([]);
    expect(engine.length).toBeGreaterThanOrEqual(0);
    expect(compiled.unsupported).toHaveLength(2);
    expect(compiled.unsupported).toEqual(
      expect.arrayContaining([expect.stringMatching(/^"checkout" events: .*lookaround.*re2.*matches no events\.$/), expect.stringMatching(/is_date_before.*not evaluated offline/)]),
    );
  });
});
