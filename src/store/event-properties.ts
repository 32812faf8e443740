// The property keys seen on one event name and the top values of one of them, for the role editor's filter
// pickers. A kept key is counted from its column over every stored event of that name (no JSON parsed); any other
// key from the raw properties of that name's latest events only, reading just the chunks that hold them.
import { keptKeysByEvent, mergeKeys, rawKeysOf, RAW_SAMPLE, type PropertyKeyCount } from '../core/catalog/property-keys';
import { topKeptValues, topRawValues, type ValueCount } from '../core/catalog/property-values';
import { KEPT_PROPERTIES } from '../core/events/kept-properties';
import { catalogSource } from './catalog-source';
import type { Database } from './database';
import { readEvents } from './event-reader';
import { cachePerStoredVersion } from './stored-version-cache';
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

/** The raw texts of the latest events of each name asked about (a sample, read only from the chunks holding them). */
const rawTables = cachePerStoredVersion(async (db, _version, event): Promise<{ table: StoredEventsWithTexts; code: number } | null> => {
  const source = await catalogSource(db);
  const span = latestSpan(source.events, source.events.eventNames.indexOf(event), RAW_SAMPLE);
  if (span === null) return null;
  const table = await readEvents(db, { properties: true, ...span });
  return { table, code: table.eventNames.indexOf(event) };
}, 4);

/** Every event name's kept keys, counted once per stored version; the columns themselves are not kept. */
const keptKeys = cachePerStoredVersion(async (db): Promise<Map<string, PropertyKeyCount[]>> => {
  const read = await readEvents(db, { kept: [...KEPT_PROPERTIES] });
  const byCode = keptKeysByEvent(read, read.kept);
  return new Map(read.eventNames.map((name, code) => [name, byCode[code] ?? []]));
}, 1);

/** One kept column with the event names, for the last keys asked about (8 bytes an event each; the rest dropped). */
const keptColumns = cachePerStoredVersion(async (db, _version, key) => {
  const { count, event, eventNames, kept } = await readEvents(db, { kept: [key] });
  return { count, event, eventNames, kept };
}, 2);

export async function eventPropertyKeys(db: Database, event: string): Promise<PropertyKeyCount[]> {
  const [kept, raw] = await Promise.all([keptKeys(db), rawTables(db, event)]);
  const fromRaw = raw && raw.code > 0 ? rawKeysOf(raw.table, raw.code, raw.table.properties) : [];
  return mergeKeys(kept.get(event) ?? [], fromRaw);
}

export async function propertyValues(db: Database, event: string, key: string): Promise<ValueCount[]> {
  if (KEPT.has(key)) {
    const read = await keptColumns(db, key);
    const code = read.eventNames.indexOf(event);
    const column = read.kept[key];
    return code > 0 && column ? topKeptValues(read, code, column, TOP_VALUES) : [];
  }
  const raw = await rawTables(db, event);
  return raw && raw.code > 0 ? topRawValues(raw.table, raw.code, raw.table.properties, key, TOP_VALUES) : [];
}
