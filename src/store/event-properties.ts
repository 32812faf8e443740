// The property keys seen on one event name and the top values of one of them, for the role editor's filter
// pickers. A kept key is counted from its column over every stored event of that name (no JSON parsed); any other
// key from the raw properties of that name's latest events only, reading just the chunks that hold them.
import { keptKeysOf, mergeKeys, rawKeysOf, RAW_SAMPLE, type PropertyKeyCount } from '../core/catalog/property-keys';
import { topKeptValues, topRawValues, type ValueCount } from '../core/catalog/property-values';
import { KEPT_PROPERTIES } from '../core/events/kept-properties';
import { catalogSource } from './catalog-source';
import type { Database } from './database';
import { readEvents } from './event-reader';
import type { StoredEvents, StoredEventsWithTexts } from './stored-events';

export const TOP_VALUES = 50;
const KEPT = new Set<string>(KEPT_PROPERTIES);

/** The time span of the latest `sample` events of that name: [from, to) for readEvents; null when there are none. */
function latestSpan(events: StoredEvents, code: number, sample: number): { fromMs: number; toMs: number } | null {
  let seen = 0;
  let fromMs = NaN;
  let toMs = NaN;
  for (let i = events.count - 1; i >= 0 && seen < sample; i--) {
    if (events.event[i] !== code) continue;
    if (seen === 0) toMs = events.timestamp[i]! + 1;
    fromMs = events.timestamp[i]!;
    seen++;
  }
  return seen === 0 ? null : { fromMs, toMs };
}

async function rawTableOf(db: Database, event: string): Promise<{ table: StoredEventsWithTexts; code: number } | null> {
  const source = await catalogSource(db);
  const span = latestSpan(source.events, source.events.eventNames.indexOf(event), RAW_SAMPLE);
  if (span === null) return null;
  const table = await readEvents(db, { properties: true, ...span });
  return { table, code: table.eventNames.indexOf(event) };
}

export async function eventPropertyKeys(db: Database, event: string): Promise<PropertyKeyCount[]> {
  const [kept, raw] = await Promise.all([readEvents(db, { kept: [...KEPT_PROPERTIES] }), rawTableOf(db, event)]);
  const keptCode = kept.eventNames.indexOf(event);
  const fromKept = keptCode > 0 ? keptKeysOf(kept, keptCode, kept.kept) : [];
  const fromRaw = raw && raw.code > 0 ? rawKeysOf(raw.table, raw.code, raw.table.properties) : [];
  return mergeKeys(fromKept, fromRaw);
}

export async function propertyValues(db: Database, event: string, key: string): Promise<ValueCount[]> {
  if (KEPT.has(key)) {
    const read = await readEvents(db, { kept: [key] });
    const code = read.eventNames.indexOf(event);
    const column = read.kept[key];
    return code > 0 && column ? topKeptValues(read, code, column, TOP_VALUES) : [];
  }
  const raw = await rawTableOf(db, event);
  return raw && raw.code > 0 ? topRawValues(raw.table, raw.code, raw.table.properties, key, TOP_VALUES) : [];
}
