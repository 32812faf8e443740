// The naive baseline (DESIGN §6): one IndexedDB record per event, keyed by uuid, with an index on timestamp; the
// value is the row as an object with its properties parsed. Written 1,000 rows per transaction, relaxed.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { EVENT_COLUMNS } from '../../../src/sources/posthog/event-rows';
import { parseTimestamp } from '../../../src/core/events/timestamps';
import type { IngestRequest, IngestResult, NaiveReadResult, ReadRequest } from './bench-api';
import { collectGarbage, fetchPageTexts, type QueryPage } from './page-texts';

const ROWS_PER_TRANSACTION = 1_000;

interface NaiveEvent {
  uuid: string;
  event: string;
  timestamp: number;
  distinct_id: string;
  person_id: string | null;
  $session_id: string;
  $group_0: string;
  $group_1: string;
  $group_2: string;
  $group_3: string;
  $group_4: string;
  elements_chain: string;
  properties: Record<string, unknown>;
}

interface NaiveSchema extends DBSchema {
  events: { key: string; value: NaiveEvent; indexes: { timestamp: number } };
}

function openNaive(name: string): Promise<IDBPDatabase<NaiveSchema>> {
  return openDB<NaiveSchema>(name, 1, {
    upgrade(db) {
      db.createObjectStore('events', { keyPath: 'uuid' }).createIndex('timestamp', 'timestamp');
    },
  });
}

function toObject(row: unknown[]): NaiveEvent {
  const text = (k: number) => (typeof row[k] === 'string' ? (row[k] as string) : '');
  return {
    uuid: text(0),
    event: text(1),
    timestamp: parseTimestamp(text(2)),
    distinct_id: text(3),
    person_id: typeof row[4] === 'string' ? row[4] : null,
    $session_id: text(5),
    $group_0: text(6),
    $group_1: text(7),
    $group_2: text(8),
    $group_3: text(9),
    $group_4: text(10),
    elements_chain: text(11),
    properties: JSON.parse(text(12) || '{}') as Record<string, unknown>,
  };
}

export async function ingestNaive({ dbName, pageUrls }: IngestRequest): Promise<IngestResult> {
  const pages = await fetchPageTexts(pageUrls);
  const db = await openNaive(dbName);
  const pageRates: number[] = [];
  let rows = 0, parseMs = 0, decodeMs = 0, storeMs = 0;
  collectGarbage();
  for (let k = 0; k < pages.count; k++) {
    const text = await pages.take(k);
    const t0 = performance.now();
    const page = JSON.parse(text) as QueryPage;
    if (page.columns.join(',') !== EVENT_COLUMNS.join(',')) throw new Error(`unexpected columns ${page.columns.join(', ')}`);
    const t1 = performance.now();
    const objects = page.results.map(toObject);
    const t2 = performance.now();
    for (let from = 0; from < objects.length; from += ROWS_PER_TRANSACTION) {
      const tx = db.transaction('events', 'readwrite', { durability: 'relaxed' });
      for (const object of objects.slice(from, from + ROWS_PER_TRANSACTION)) void tx.store.put(object);
      await tx.done;
    }
    const t3 = performance.now();
    pageRates.push((page.results.length * 1000) / (t3 - t0));
    parseMs += t1 - t0;
    decodeMs += t2 - t1;
    storeMs += t3 - t2;
    rows += objects.length;
  }
  const stored = await db.count('events');
  db.close();
  return {
    rows, stored, malformed: 0, duplicates: rows - stored, pageBytes: pages.bytes,
    parseMs, decodeMs, storeMs, totalMs: parseMs + decodeMs + storeMs, pageRates,
  };
}

export async function readNaive({ dbName, repeats }: ReadRequest): Promise<NaiveReadResult> {
  const storeMs: number[] = [];
  let count = -1;
  const timed = async (read: (db: IDBPDatabase<NaiveSchema>) => Promise<NaiveEvent[]>): Promise<number> => {
    const db = await openNaive(dbName);
    collectGarbage();
    const t0 = performance.now();
    const events = await read(db);
    const ms = performance.now() - t0;
    db.close();
    if (count >= 0 && events.length !== count) throw new Error(`reads disagree: ${events.length} vs ${count} events`);
    count = events.length;
    return ms;
  };
  for (let r = 0; r < repeats; r++) storeMs.push(await timed((db) => db.getAll('events')));
  const indexMs = await timed((db) => db.getAllFromIndex('events', 'timestamp'));
  return { count, storeMs, indexMs };
}
