import { describe, expect, it } from 'vitest';
import { keptKeysByEvent, keptKeysOf, mergeKeys, rawKeysOf } from '../../../../src/core/catalog/property-keys';
import type { KeptColumn } from '../../../../src/core/events/kept-properties';
import { buildTable } from '../roles/event-table-fixture';

const table = buildTable([
  { event: '$pageview', properties: { $pathname: '/a', $browser: 'Chrome' } },
  { event: 'paid', properties: { amount: 12 } },
  { event: '$pageview', properties: { $pathname: '/b', utm_source: 'x' } },
]);
const pageview = table.eventNames.indexOf('$pageview');

describe('property keys of an event', () => {
  const kept: Record<string, KeptColumn> = {
    $pathname: { values: ['', '/a', '/b'], index: Uint32Array.from([1, 0, 2]) },
    amount: { values: ['', '12'], index: Uint32Array.from([0, 1, 0]) },
  };

  it('lists kept keys with a value on that event', () => {
    expect(keptKeysOf(table, pageview, kept)).toEqual([{ key: '$pathname', count: 2 }]);
  });

  it('counts every event name\'s kept keys in one pass per column', () => {
    const byEvent = keptKeysByEvent(table, kept);
    expect(byEvent[pageview]).toEqual([{ key: '$pathname', count: 2 }]);
    expect(byEvent[table.eventNames.indexOf('paid')]).toEqual([{ key: 'amount', count: 1 }]);
    expect(byEvent[0]).toEqual([]);
  });

  it('lists raw keys of the latest events of that name, up to the sample size', () => {
    expect(rawKeysOf(table, pageview, table.properties)).toEqual([
      { key: '$pathname', count: 2 },
      { key: 'utm_source', count: 1 },
      { key: '$browser', count: 1 },
    ]);
    // Only the latest one is looked at.
    expect(rawKeysOf(table, pageview, table.properties, 1).map((k) => k.key)).toEqual(['$pathname', 'utm_source']);
  });

  it('merges lists, most common first then by name', () => {
    expect(mergeKeys([{ key: 'b', count: 1 }], [{ key: 'a', count: 1 }, { key: 'b', count: 3 }])).toEqual([
      { key: 'b', count: 3 },
      { key: 'a', count: 1 },
    ]);
  });
});
