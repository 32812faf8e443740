import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { emptyBatch } from '../../../src/core/events/event-batch';
import { claimStoredData } from '../../../src/store/data-owner';
import { openDatabase } from '../../../src/store/database';
import { countEvents } from '../../../src/store/chunk-summaries';
import { openEventWriter } from '../../../src/store/event-writer';

async function storeOneEvent(db: Awaited<ReturnType<typeof openDatabase>>) {
  const batch = emptyBatch(1);
  batch.length = 1;
  batch.uuid.push('0190ab00-0000-7000-8000-000000000001');
  batch.event.push('$pageview');
  batch.timestamp[0] = 1_700_000_000_000;
  batch.distinctId.push('d');
  batch.personId.push(null);
  batch.sessionId.push(null);
  for (const g of batch.groups) g.push(null);
  batch.properties.push('{}');
  batch.elementsChain.push('');
  await (await openEventWriter(db, { compaction: 'inline' })).append(batch);
}

describe('claimStoredData', () => {
  it("keeps the same project's data, deletes another project's, and keeps data nobody claimed (an import)", async () => {
    const db = await openDatabase({ factory: new IDBFactory() });
    await storeOneEvent(db);
    expect(await claimStoredData(db, { origin: 'https://eu.posthog.com', projectId: 1 })).toBe(false);
    expect(await countEvents(db)).toBe(1);
    expect(await claimStoredData(db, { origin: 'https://eu.posthog.com', projectId: 1 })).toBe(false);
    expect(await countEvents(db)).toBe(1);
    expect(await claimStoredData(db, { origin: 'https://eu.posthog.com', projectId: 2 })).toBe(true);
    expect(await countEvents(db)).toBe(0);
    await storeOneEvent(db);
    expect(await claimStoredData(db, { origin: 'https://us.posthog.com', projectId: 2 })).toBe(true);
    expect(await countEvents(db)).toBe(0);
    db.close();
  });
});
