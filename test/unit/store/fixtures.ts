// Batches and databases for the store tests: a fresh fake-indexeddb factory per test, and EventBatch columns
// built from readable rows.
import { IDBFactory } from 'fake-indexeddb';
import { emptyBatch, GROUP_SLOTS, type EventBatch } from '../../../src/core/events/event-batch';
import { openDatabase, type Database, type OpenDatabaseOptions } from '../../../src/store/database';
import type { KeptColumn } from '../../../src/core/events/kept-properties';
import type { StoredEventsWithTexts } from '../../../src/store/stored-events';
import { formatUuid } from '../../../src/store/uuid-bytes';

export interface Row {
  uuid: string;
  event: string;
  timestamp: number;
  distinctId: string;
  personId: string | null;
  sessionId: string | null;
  groups: (string | null)[];
  properties: string;
  elementsChain: string;
  /** Kept property values by key (absent: none). */
  kept?: Record<string, string | null>;
}

export const T0 = Date.UTC(2026, 5, 1);

/** A canonical UUID made from a number (and a prefix to keep test sets apart). */
export function uuidOf(n: number, prefix = 0): string {
  const hex = n.toString(16).padStart(12, '0');
  return `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${hex}`;
}

export function row(n: number, overrides: Partial<Row> = {}): Row {
  return {
    uuid: uuidOf(n),
    event: n % 3 === 0 ? '$pageview' : n % 3 === 1 ? 'signed_up' : '$autocapture',
    timestamp: T0 + n * 1000,
    distinctId: `d${n % 7}`,
    personId: n % 5 === 0 ? null : `p${n % 4}`,
    sessionId: n % 2 === 0 ? `s${n % 3}` : null,
    groups: [n % 2 === 0 ? `company${n % 3}` : null, null, n === 4 ? 'team-x' : null, null, null],
    properties: JSON.stringify({ $current_url: `https://example.com/${n}`, n, emoji: 'héllo 🌍' }),
    elementsChain: n % 3 === 2 ? `button.cta:text="Go ${n}"` : '',
    ...overrides,
  };
}

export function batchOf(rows: readonly Row[]): EventBatch {
  const batch = emptyBatch(rows.length);
  batch.length = rows.length;
  rows.forEach((r, i) => {
    batch.uuid.push(r.uuid);
    batch.event.push(r.event);
    batch.timestamp[i] = r.timestamp;
    batch.distinctId.push(r.distinctId);
    batch.personId.push(r.personId);
    batch.sessionId.push(r.sessionId);
    for (let slot = 0; slot < GROUP_SLOTS; slot++) batch.groups[slot]?.push(r.groups[slot] ?? null);
    batch.properties.push(r.properties);
    batch.elementsChain.push(r.elementsChain);
  });
  const keys = new Set(rows.flatMap((r) => Object.keys(r.kept ?? {})));
  for (const key of keys) batch.kept[key] = rows.map((r) => r.kept?.[key] ?? null);
  return batch;
}

/** A batch of `count` events numbered from `first`, one second apart, with small texts. */
export function syntheticBatch(count: number, first = 0, overrides: (n: number) => Partial<Row> = () => ({})): EventBatch {
  const rows: Row[] = [];
  for (let n = first; n < first + count; n++) rows.push(row(n, { properties: `{"n":${n}}`, ...overrides(n) }));
  return batchOf(rows);
}

/** The rows sorted the way the store sorts them: (timestamp, uuid text). */
export function sortedRows(rows: readonly Row[]): Row[] {
  return [...rows].sort((a, b) => a.timestamp - b.timestamp || (a.uuid < b.uuid ? -1 : a.uuid > b.uuid ? 1 : 0));
}

export function freshDatabase(options: Omit<OpenDatabaseOptions, 'factory'> = {}): { factory: IDBFactory; open: (more?: Omit<OpenDatabaseOptions, 'factory'>) => Promise<Database> } {
  const factory = new IDBFactory();
  return { factory, open: (more = {}) => openDatabase({ ...options, ...more, factory }) };
}

/** Stored events decoded back into rows (none → null, as the batch had it). */
export function rowsOf(events: StoredEventsWithTexts): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < events.count; i++) {
    rows.push({
      uuid: formatUuid(events.uuid, i * 16),
      event: events.eventNames[events.event[i] ?? 0] ?? '?',
      timestamp: events.timestamp[i] ?? NaN,
      distinctId: events.distinctIds[events.distinct[i] ?? 0] ?? '?',
      personId: events.personIds[events.person[i] ?? 0] || null,
      sessionId: events.sessionIds[events.session[i] ?? 0] || null,
      groups: events.groups.map((column, slot) => events.groupKeys[slot]?.[column[i] ?? 0] || null),
      properties: events.properties[i] ?? '?',
      elementsChain: events.elementsChain[i] ?? '?',
    });
  }
  return rows;
}

/** Row i's kept values, from the dense columns readEvents returned (keys with no value left out). */
export function keptOf(kept: Record<string, KeptColumn>, i: number): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, column] of Object.entries(kept)) {
    const code = column.index[i] ?? 0;
    if (code !== 0) values[key] = column.values[code] as string;
  }
  return values;
}
