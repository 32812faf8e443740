import { describe, expect, it } from 'vitest';
import { topKeptValues, topRawValues } from '../../../../src/core/catalog/property-values';
import type { KeptColumn } from '../../../../src/core/events/kept-properties';
import { buildTable } from '../roles/event-table-fixture';

const rows = [
  { event: '$pageview', properties: { $pathname: '/signup', n: 1 } },
  { event: '$pageview', properties: { $pathname: '/pricing', n: 2 } },
  { event: '$pageview', properties: { $pathname: '/signup', n: 1 } },
  { event: 'signed up', properties: { $pathname: '/signup', plan: { tier: 'pro' } } },
  { event: '$pageview', properties: { n: null } },
];
const table = buildTable(rows);
const pageview = table.eventNames.indexOf('$pageview');

describe('topKeptValues', () => {
  // As the store codes it: index 0 = no value.
  const column: KeptColumn = { values: ['', '/signup', '/pricing'], index: Uint32Array.from([1, 2, 1, 1, 0]) };

  it('counts the values of that event name only, most common first, without "no value"', () => {
    expect(topKeptValues(table, pageview, column, 10)).toEqual([
      { value: '/signup', count: 2 },
      { value: '/pricing', count: 1 },
    ]);
  });

  it('keeps the top `limit`', () => {
    expect(topKeptValues(table, pageview, column, 1)).toEqual([{ value: '/signup', count: 2 }]);
  });
});

describe('topRawValues', () => {
  it('reads the raw JSON; numbers and objects as their JSON text; null and missing are no value', () => {
    expect(topRawValues(table, pageview, table.properties, 'n', 10)).toEqual([
      { value: '1', count: 2 },
      { value: '2', count: 1 },
    ]);
    const signedUp = table.eventNames.indexOf('signed up');
    expect(topRawValues(table, signedUp, table.properties, 'plan', 10)).toEqual([{ value: '{"tier":"pro"}', count: 1 }]);
  });

  it('does not find inherited keys such as "constructor"', () => {
    expect(topRawValues(table, pageview, table.properties, 'constructor', 10)).toEqual([]);
  });
});
