// The kept-property fast path must decide every filter exactly as reading the property from the JSON text does.
import { describe, expect, it } from 'vitest';
import type { PropertyFilter } from '../../../../src/core/config/role-config';
import { buildEventTable } from '../../../../src/core/engine/event-table-builder';
import { emptyBatch } from '../../../../src/core/events/event-batch';
import type { KeptColumn } from '../../../../src/core/events/kept-properties';
import { keptText } from '../../../../src/core/events/kept-properties';
import { compileRole } from '../../../../src/core/roles/compile-role';
import { matchRoleMask } from '../../../../src/core/roles/match-role';
import { createPeopleLookup } from '../../../../src/core/roles/people-lookup';

const VALUES: unknown[] = ['/signup', '/SignUp/team', '12', 12, -3.5, '-3.5', '1e3', true, 'true', false, null, '', ['a', 1], { nested: 'x' }, '/pricing', 49, '49.00'];

function tableWith(values: unknown[]) {
  const batch = emptyBatch(values.length + 1);
  const add = (properties: Record<string, unknown>, n: number) => {
    const i = batch.length++;
    batch.uuid.push(`0190ab00-0000-7000-8000-${String(n).padStart(12, '0')}`);
    batch.event.push('$pageview');
    batch.timestamp[i] = 1_700_000_000_000 + n;
    batch.distinctId.push(`d${n}`);
    batch.personId.push(null);
    batch.sessionId.push(null);
    for (const g of batch.groups) g.push(null);
    batch.properties.push(JSON.stringify(properties));
    batch.elementsChain.push('');
  };
  values.forEach((value, n) => add({ p: value, other: 1 }, n));
  add({ other: 1 }, values.length);
  const { table } = buildEventTable([batch]);
  // The kept column as the store builds it: each value's text, dictionary-coded, 0 = none.
  const dictionary = new Map<string, number>();
  const column: KeptColumn = { index: new Uint32Array(table.count), values: [''] };
  table.properties.forEach((text, i) => {
    const kept = keptText((JSON.parse(text) as Record<string, unknown>).p);
    if (kept === null) return;
    let code = dictionary.get(kept);
    if (code === undefined) {
      code = column.values.length;
      column.values.push(kept);
      dictionary.set(kept, code);
    }
    column.index[i] = code;
  });
  return { plain: table, withKept: { ...table, kept: { p: column } } };
}

const FILTERS: PropertyFilter[] = [
  ...VALUES.filter((v) => v !== null && typeof v !== 'object').flatMap((value) => [
    { key: 'p', operator: 'exact', value: value as string, type: 'event' },
    { key: 'p', operator: 'is_not', value: value as string, type: 'event' },
  ] as PropertyFilter[]),
  { key: 'p', operator: 'exact', value: ['/pricing', 12, true], type: 'event' },
  { key: 'p', operator: 'icontains', value: 'SIGNUP', type: 'event' },
  { key: 'p', operator: 'not_icontains', value: 'signup', type: 'event' },
  { key: 'p', operator: 'regex', value: '^/sign', type: 'event' },
  { key: 'p', operator: 'not_regex', value: '^/sign', type: 'event' },
  { key: 'p', operator: 'gt', value: 10, type: 'event' },
  { key: 'p', operator: 'lt', value: '0', type: 'event' },
  { key: 'p', operator: 'is_set', type: 'event' },
  { key: 'p', operator: 'is_not_set', type: 'event' },
];

describe('kept property columns', () => {
  it.each(FILTERS.map((f) => [`${f.operator} ${JSON.stringify(f.value ?? null)}`, f] as const))('decide %s as the JSON text does', (_, filter) => {
    const { plain, withKept } = tableWith(VALUES);
    const role = compileRole([{ kind: 'EventsNode', event: '$pageview', properties: [filter] }]);
    const people = createPeopleLookup(plain, []);
    expect(Array.from(matchRoleMask(withKept, role, people))).toEqual(Array.from(matchRoleMask(plain, role, people)));
  });
});
