// Where the store step's time goes, for whoever tunes it: one page decoded again, then the writer's steps timed
// apart: encoding into chunks, the IndexedDB write (the append, less the encoding: the texts are committed as they
// are), and the compaction that compresses them afterwards (compressing alone timed too). A diagnostic beside the
// figures, not one of them: warm code, a single page.
import { decodeEventRows } from '../../../src/sources/posthog/event-rows';
import { encodeBatch } from '../../../src/store/chunk-encoder';
import { deleteAllData, openDatabase } from '../../../src/store/database';
import { openEventWriter } from '../../../src/store/event-writer';
import { compressText } from '../../../src/store/text-compression';
import { UuidSet } from '../../../src/store/uuid-set';
import type { StoreStepsRequest, StoreStepsResult } from './bench-api';
import { collectGarbage, fetchPageTexts, type QueryPage } from './page-texts';

export async function profileStoreSteps({ dbName, pageUrl }: StoreStepsRequest): Promise<StoreStepsResult> {
  const pages = await fetchPageTexts([pageUrl]);
  const page = JSON.parse(await pages.take(0)) as QueryPage;
  const { batch } = decodeEventRows(page.columns, page.results);
  collectGarbage();
  const t0 = performance.now();
  const encoded = encodeBatch(batch, new UuidSet());
  const t1 = performance.now();
  const compressed = await Promise.all(encoded.chunks.map((chunk) => compressText(chunk.text)));
  const t2 = performance.now();
  const db = await openDatabase({ name: dbName });
  const writer = await openEventWriter(db, { compaction: 'manual' });
  collectGarbage();
  const t3 = performance.now();
  await writer.append(batch);
  const t4 = performance.now();
  collectGarbage();
  const t5 = performance.now();
  await writer.compact();
  const t6 = performance.now();
  await deleteAllData(db);
  db.close();
  const textBytes = encoded.chunks.reduce((sum, chunk) => sum + chunk.text.length, 0);
  const compressedBytes = compressed.reduce((sum, bytes) => sum + bytes.length, 0);
  return {
    events: batch.length,
    encodeMs: t1 - t0,
    compressMs: t2 - t1,
    appendMs: t4 - t3,
    compactMs: t6 - t5,
    textChars: textBytes,
    compressedBytes,
  };
}
