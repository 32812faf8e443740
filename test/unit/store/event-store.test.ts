import { describe, expect, it } from 'vitest';
import { countEvents, readChunkSummaries, storedRange } from '../../../src/store/chunk-summaries';
import { readEvents } from '../../../src/store/event-reader';
import { readEventTexts } from '../../../src/store/event-texts';
import { openEventWriter } from '../../../src/store/event-writer';
import { batchOf, freshDatabase, row, rowsOf, sortedRows, syntheticBatch, T0, uuidOf, type Row } from './fixtures';

describe('event store round trip', () => {
  it('gives back every column of a batch, texts identical, in (timestamp, uuid) order', async () => {
    const db = await freshDatabase().open();
    // Shuffled, with two events at the same millisecond whose uuids sort the other way round.
    const rows: Row[] = [5, 2, 9, 0, 7, 1, 4, 3, 8, 6].map((n) => row(n));
    rows.push(row(100, { timestamp: T0 + 3000, uuid: uuidOf(1, 1) }), row(101, { timestamp: T0 + 3000, uuid: uuidOf(1, 0xa) }));
    rows.push(row(102, { properties: '{"quote":"\\"","nested":{"a":[1,2]},"nul":"\\u0000"}', elementsChain: 'a:nth-child="1"' }));
    const writer = await openEventWriter(db);
    await expect(writer.append(batchOf(rows))).resolves.toEqual({ stored: rows.length, duplicates: 0 });

    const events = await readEvents(db, { properties: true });
    expect(events.count).toBe(rows.length);
    expect(rowsOf(events)).toEqual(sortedRows(rows));
    expect(events.eventNames[0]).toBe('');
    expect(events.personIds[0]).toBe('');
    expect(Array.from(events.timestamp)).toEqual(sortedRows(rows).map((r) => r.timestamp));
  });

  it('returns the hot columns alone unless properties are asked for', async () => {
    const db = await freshDatabase().open();
    await (await openEventWriter(db)).append(syntheticBatch(10));
    const events = await readEvents(db);
    expect(events.count).toBe(10);
    expect('properties' in events).toBe(false);
    expect(events.eventNames.slice(1).sort()).toEqual(['$autocapture', '$pageview', 'signed_up']);
  });

  it('sorts globally across batches written out of time order', async () => {
    const db = await freshDatabase().open();
    const writer = await openEventWriter(db);
    const newer = Array.from({ length: 100 }, (_, k) => row(1000 + k));
    const older = Array.from({ length: 100 }, (_, k) => row(k));
    // Interleaves with both: every 10 s between the first and the last event.
    const between = Array.from({ length: 120 }, (_, k) => row(5000 + k, { timestamp: T0 + k * 10_000 + 500 }));
    await writer.append(batchOf(newer));
    await writer.append(batchOf(older));
    await writer.append(batchOf(between));
    const events = await readEvents(db, { properties: true });
    expect(rowsOf(events)).toEqual(sortedRows([...newer, ...older, ...between]));
  });

  it('reads a time range [fromMs, toMs) and summarises the store from chunk counts', async () => {
    const db = await freshDatabase().open();
    const writer = await openEventWriter(db);
    await writer.append(syntheticBatch(50, 0));
    await writer.append(syntheticBatch(50, 50));
    const events = await readEvents(db, { fromMs: T0 + 40_000, toMs: T0 + 60_000, properties: true });
    expect(rowsOf(events).map((r) => r.timestamp)).toEqual(Array.from({ length: 20 }, (_, k) => T0 + (40 + k) * 1000));
    expect(events.properties[0]).toBe('{"n":40}');
    await expect(countEvents(db)).resolves.toBe(100);
    await expect(storedRange(db)).resolves.toEqual({ minMs: T0, maxMs: T0 + 99_000 });
    expect((await readEvents(db, { fromMs: T0 + 1e9 })).count).toBe(0);
  });

  it('reads a time range across chunks that overlap in time', async () => {
    const db = await freshDatabase().open();
    const writer = await openEventWriter(db);
    const even = Array.from({ length: 100 }, (_, k) => row(2 * k));
    const odd = Array.from({ length: 100 }, (_, k) => row(2 * k + 1));
    await writer.append(batchOf(odd));
    await writer.append(batchOf(even));
    const events = await readEvents(db, { fromMs: T0 + 50_000, toMs: T0 + 150_000, properties: true });
    expect(rowsOf(events)).toEqual(Array.from({ length: 100 }, (_, k) => row(50 + k)));
  });

  it('skips group slots no event of the chunk uses', async () => {
    const db = await freshDatabase().open();
    await (await openEventWriter(db)).append(batchOf([row(1), row(2), row(4)]));
    const [chunk] = await db.getAll('chunks');
    expect(chunk?.groups.map((g) => g?.values ?? null)).toEqual([['', 'company2', 'company1'], null, ['', 'team-x'], null, null]);
  });

  it('reads nothing from an empty store', async () => {
    const db = await freshDatabase().open();
    const events = await readEvents(db, { properties: true });
    expect(events.count).toBe(0);
    expect(events.properties).toEqual([]);
    await expect(countEvents(db)).resolves.toBe(0);
    await expect(storedRange(db)).resolves.toBeNull();
  });

  it('finds the texts of single events by (timestamp, uuid)', async () => {
    const db = await freshDatabase().open();
    const writer = await openEventWriter(db);
    await writer.append(syntheticBatch(30, 0, (n) => ({ elementsChain: `chain ${n}` })));
    await writer.append(syntheticBatch(30, 30));
    const texts = await readEventTexts(db, [
      { timestamp: T0 + 45_000, uuid: uuidOf(45) },
      { timestamp: T0 + 3000, uuid: uuidOf(3) },
      { timestamp: T0 + 3000, uuid: uuidOf(999) },
    ]);
    expect(texts).toEqual([{ properties: '{"n":45}', elementsChain: '' }, { properties: '{"n":3}', elementsChain: 'chain 3' }, undefined]);
  });

  it('splits a big batch into chunks of at most the chunk size, each self-contained', async () => {
    const db = await freshDatabase().open();
    const writer = await openEventWriter(db, { maxChunkEvents: 1000 });
    await writer.append(syntheticBatch(2500));
    const summaries = await readChunkSummaries(db);
    expect(summaries.map((s) => s.count)).toEqual([1000, 1000, 500]);
    const chunk = await db.get('chunks', summaries[2]?.seq ?? -1);
    expect(chunk?.event.values[0]).toBe('');
    expect(new Set(chunk?.event.values)).toEqual(new Set(['', '$pageview', '$autocapture', 'signed_up']));
    expect(chunk?.event.index).toBeInstanceOf(Uint8Array);
    expect(chunk?.groups[1]).toBeNull();
    expect((await readEvents(db)).count).toBe(2500);
  });

  it('splits at 50,000 events by default', async () => {
    const db = await freshDatabase().open();
    await (await openEventWriter(db)).append(syntheticBatch(120_000));
    expect((await readChunkSummaries(db)).map((s) => s.count)).toEqual([50_000, 50_000, 20_000]);
  });

  it('codes a column with more than 65,535 distinct values in a Uint32Array', async () => {
    const db = await freshDatabase().open();
    const writer = await openEventWriter(db, { maxChunkEvents: 70_000 });
    await writer.append(syntheticBatch(70_000, 0, (n) => ({ distinctId: `user-${n}` })));
    const [summary] = await readChunkSummaries(db);
    const chunk = await db.get('chunks', summary?.seq ?? -1);
    expect(chunk?.distinctId.index).toBeInstanceOf(Uint32Array);
    expect(chunk?.distinctId.values.length).toBe(70_001);
    expect(chunk?.event.index).toBeInstanceOf(Uint8Array);
    expect(chunk?.personId.index).toBeInstanceOf(Uint8Array);
    const events = await readEvents(db);
    expect(events.distinctIds[events.distinct[69_999] ?? 0]).toBe('user-69999');
  });
});
