// Our store, as the sync uses it: each PostHog page is parsed, decoded into columns and appended as chunks.
import { decodeEventRows } from '../../../src/sources/posthog/event-rows';
import { countEvents } from '../../../src/store/chunk-summaries';
import { openDatabase } from '../../../src/store/database';
import { readEvents } from '../../../src/store/event-reader';
import { openEventWriter } from '../../../src/store/event-writer';
import type { ColumnarReadResult, IngestRequest, IngestResult, ReadRequest } from './bench-api';
import { collectGarbage, fetchPageTexts, type QueryPage } from './page-texts';

export async function ingestColumnar({ dbName, pageUrls }: IngestRequest): Promise<IngestResult> {
  const pages = await fetchPageTexts(pageUrls);
  const db = await openDatabase({ name: dbName });
  const writer = await openEventWriter(db);
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

export async function readColumnar({ dbName, repeats }: ReadRequest): Promise<ColumnarReadResult> {
  const hotMs: number[] = [];
  const fullMs: number[] = [];
  let count = -1;
  for (const properties of [false, true]) {
    for (let r = 0; r < repeats; r++) {
      // Closed and reopened each time, so no connection-level state carries over from the last read.
      const db = await openDatabase({ name: dbName });
      collectGarbage();
      const t0 = performance.now();
      const events = await readEvents(db, { properties });
      const ms = performance.now() - t0;
      db.close();
      if (count >= 0 && events.count !== count) throw new Error(`reads disagree: ${events.count} vs ${count} events`);
      count = events.count;
      (properties ? fullMs : hotMs).push(ms);
    }
  }
  return { count, hotMs, fullMs };
}
