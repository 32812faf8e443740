// Our store, as the sync uses it: each PostHog page is parsed, decoded into columns and appended as chunks (the
// texts committed as they are); then the texts are compacted (deflated), timed apart: the sync does that while it
// waits for the next page from the network, which the ingest figure leaves out.
import { decodeEventRows } from '../../../src/sources/posthog/event-rows';
import { countEvents } from '../../../src/store/chunk-summaries';
import { openDatabase } from '../../../src/store/database';
import { readEvents, type ReadEventsOptions } from '../../../src/store/event-reader';
import { openEventWriter } from '../../../src/store/event-writer';
import type { ColumnarReadResult, CompactRequest, CompactResult, IngestRequest, IngestResult, ReadRequest } from './bench-api';
import { collectGarbage, fetchPageTexts, type QueryPage } from './page-texts';

export async function ingestColumnar({ dbName, pageUrls, compaction = 'manual' }: IngestRequest): Promise<IngestResult> {
  const pages = await fetchPageTexts(pageUrls);
  const db = await openDatabase({ name: dbName });
  const writer = await openEventWriter(db, { compaction });
  const pageRates: number[] = [];
  let rows = 0, malformed = 0, duplicates = 0, parseMs = 0, decodeMs = 0, storeMs = 0;
  collectGarbage();
  for (let k = 0; k < pages.count; k++) {
    const text = await pages.take(k);
    const t0 = performance.now();
    const page = JSON.parse(text) as QueryPage;
    const t1 = performance.now();
    const decoded = decodeEventRows(page.columns, page.results);
    const t2 = performance.now();
    const appended = await writer.append(decoded.batch);
    const t3 = performance.now();
    pageRates.push((page.results.length * 1000) / (t3 - t0));
    parseMs += t1 - t0;
    decodeMs += t2 - t1;
    storeMs += t3 - t2;
    rows += page.results.length;
    malformed += decoded.malformed.count;
    duplicates += appended.duplicates;
  }
  const stored = await countEvents(db);
  db.close();
  return {
    rows, stored, malformed, duplicates, pageBytes: pages.bytes,
    parseMs, decodeMs, storeMs, totalMs: parseMs + decodeMs + storeMs, pageRates,
  };
}

/** Compacts every chunk the ingest left uncompressed, timed. */
export async function compactColumnar({ dbName }: CompactRequest): Promise<CompactResult> {
  const db = await openDatabase({ name: dbName });
  const writer = await openEventWriter(db, { compaction: 'manual' });
  collectGarbage();
  const t0 = performance.now();
  const chunks = await writer.compact();
  const ms = performance.now() - t0;
  db.close();
  return { chunks, ms };
}

const READS = {
  hot: {},
  // The DESIGN §6 "with the kept properties" read: the hot columns and every kept property column.
  full: { kept: 'all' },
  // The raw properties JSON and elements chains of every event (the profile reads a few at a time instead).
  raw: { properties: true },
} as const satisfies Record<string, ReadEventsOptions>;

export async function readColumnar({ dbName, repeats }: ReadRequest): Promise<ColumnarReadResult> {
  const times: ColumnarReadResult['times'] = { hot: [], full: [], raw: [] };
  let count = -1;
  for (const kind of ['hot', 'full', 'raw'] as const) {
    for (let r = 0; r < repeats; r++) {
      // Closed and reopened each time, so no connection-level state carries over from the last read.
      const db = await openDatabase({ name: dbName });
      collectGarbage();
      const t0 = performance.now();
      const events = await readEvents(db, READS[kind]);
      const ms = performance.now() - t0;
      db.close();
      if (count >= 0 && events.count !== count) throw new Error(`reads disagree: ${events.count} vs ${count} events`);
      count = events.count;
      times[kind].push(ms);
    }
  }
  return { count, hotMs: times.hot, fullMs: times.full, times };
}
