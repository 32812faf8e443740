// ORDER BY: when the stored (timestamp, uuid) order already is the one asked for, rows are read in place;
// otherwise they are sorted, NULLs last in either direction as ClickHouse does by default.
import type { Compiled } from './compiled.ts';
import type { Table } from './tables.ts';
import type { Value } from './types.ts';

export interface OrderKey {
  compiled: Compiled;
  descending: boolean;
}

/** Whether the stored order already is the requested one: none asked, or timestamp [then uuid], one direction. */
export function naturalDirection(table: Table, orders: OrderKey[]): 'asc' | 'desc' | undefined {
  const [first, second, ...rest] = orders;
  if (!first) return 'asc';
  if (table.name !== 'events' || !first.compiled.isEventTimestamp || rest.length) return undefined;
  if (second && (!second.compiled.isEventUuid || second.descending !== first.descending)) return undefined;
  return first.descending ? 'desc' : 'asc';
}

export function sortBy<T>(items: T[], orders: OrderKey[]): T[] {
  if (orders.length === 0) return items;
  const keyed = items.map((item) => ({ item, keys: orders.map((order) => order.compiled.evaluate(item)) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < orders.length; i++) {
      const difference = compareValues(a.keys[i] ?? null, b.keys[i] ?? null, (orders[i] as OrderKey).descending);
      if (difference !== 0) return difference;
    }
    return 0;
  });
  return keyed.map((entry) => entry.item);
}

/** ClickHouse's default: NULLs last in either direction. */
function compareValues(a: Value, b: Value, descending: boolean): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const x = typeof a === 'boolean' ? Number(a) : Array.isArray(a) ? JSON.stringify(a) : a;
  const y = typeof b === 'boolean' ? Number(b) : Array.isArray(b) ? JSON.stringify(b) : b;
  const order = x < y ? -1 : x > y ? 1 : 0;
  return descending ? -order : order;
}
