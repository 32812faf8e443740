// The property keys seen on one event name, for a filter's key picker: the kept columns with a value on such an
// event, and the keys of the raw properties of its latest events (a sample: keys rarely differ between events of
// one name, and parsing every event's JSON would cost seconds on a million).
import type { KeptColumn } from '../events/kept-properties';
import { parseProperties } from '../roles/event-facts';

export interface PropertyKeyCount {
  key: string;
  /** Events (of those looked at) that carry it. */
  count: number;
}

interface NameColumn {
  count: number;
  event: Uint32Array;
}

export const RAW_SAMPLE = 2000;

/** Kept keys that some event of that name has a value for, with how many do. */
export function keptKeysOf(table: NameColumn & { eventNames: readonly string[] }, code: number, kept: Readonly<Record<string, KeptColumn>>): PropertyKeyCount[] {
  return keptKeysByEvent(table, kept)[code] ?? [];
}

/** keptKeysOf for every event name at once, by event code: one pass over each column, whatever the names. */
export function keptKeysByEvent(table: NameColumn & { eventNames: readonly string[] }, kept: Readonly<Record<string, KeptColumn>>): PropertyKeyCount[][] {
  const found: PropertyKeyCount[][] = table.eventNames.map(() => []);
  const counts = new Uint32Array(table.eventNames.length);
  for (const [key, column] of Object.entries(kept)) {
    counts.fill(0);
    for (let i = 0; i < table.count; i++) if (column.index[i] !== 0) counts[table.event[i]!]!++;
    for (let code = 0; code < counts.length; code++) if (counts[code]! > 0) found[code]!.push({ key, count: counts[code]! });
  }
  return found;
}

/** Keys of the raw properties of the latest `sample` events of that name. */
export function rawKeysOf(table: NameColumn, code: number, properties: readonly string[], sample = RAW_SAMPLE): PropertyKeyCount[] {
  const counts = new Map<string, number>();
  let seen = 0;
  for (let i = table.count - 1; i >= 0 && seen < sample; i--) {
    if (table.event[i] !== code) continue;
    seen++;
    for (const key of Object.keys(parseProperties(properties[i] ?? ''))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => ({ key, count }));
}

/** Both lists as one: a key in both keeps the larger count; most common first, then by name. */
export function mergeKeys(...lists: PropertyKeyCount[][]): PropertyKeyCount[] {
  const merged = new Map<string, number>();
  for (const list of lists) for (const { key, count } of list) merged.set(key, Math.max(count, merged.get(key) ?? 0));
  return [...merged]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
