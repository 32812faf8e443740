// The top values of one property on one event name, to offer in a filter's value picker (e.g. `$pathname` of
// `$pageview`): counted from a kept column when the key is kept (no JSON parsed), else from the raw properties.
// Values are the kept text of the value (a string as itself, anything else as its JSON), as filters compare them.
import type { KeptColumn } from '../events/kept-properties';
import { keptText } from '../events/kept-properties';
import { parseProperties } from '../roles/event-facts';

export interface ValueCount {
  value: string;
  count: number;
}

/** Events of that name: `event[i] === code`. */
interface NameColumn {
  count: number;
  event: Uint32Array;
}

function top(counts: Map<string, number>, limit: number): ValueCount[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, limit);
}

/** From a kept column: counted per dictionary code, then named. */
export function topKeptValues(table: NameColumn, code: number, column: KeptColumn, limit: number): ValueCount[] {
  const perCode = new Uint32Array(column.values.length);
  for (let i = 0; i < table.count; i++) if (table.event[i] === code) perCode[column.index[i]!]!++;
  const counts = new Map<string, number>();
  // Index 0 is "no value": not a value to pick.
  for (let v = 1; v < perCode.length; v++) if (perCode[v]! > 0) counts.set(column.values[v]!, perCode[v]!);
  return top(counts, limit);
}

/** From the properties JSON of each event of that name. */
export function topRawValues(table: NameColumn, code: number, properties: readonly string[], key: string, limit: number): ValueCount[] {
  const counts = new Map<string, number>();
  for (let i = 0; i < table.count; i++) {
    if (table.event[i] !== code) continue;
    const object = parseProperties(properties[i] ?? '');
    const text = Object.hasOwn(object, key) ? keptText(object[key]) : null;
    if (text !== null) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return top(counts, limit);
}
