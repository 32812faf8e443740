import { describe, expect, it, vi } from 'vitest';
import { compactChunk, compactChunks, pendingChunks } from '../../../src/store/chunk-compaction';
import { deleteAllData } from '../../../src/store/database';
import { readEvents } from '../../../src/store/event-reader';
import { readEventTexts } from '../../../src/store/event-texts';
import { openEventWriter } from '../../../src/store/event-writer';
import { readChunkTexts, textsFromOffsets, type ChunkTexts } from '../../../src/store/chunk-texts';
import { batchOf, freshDatabase, row, rowsOf, syntheticBatch, T0, uuidOf } from './fixtures';

const rows = Array.from({ length: 40 }, (_, n) => row(n));

/** Every text of a chunk, in order. */
const piecesOf = ({ text, starts, ends }: ChunkTexts) => Array.from(starts, (start, k) => text.slice(start, ends[k]));

describe('texts committed as they are, compacted later', () => {
  it('reads the same events, texts and single-event texts before and after compaction', async () => {
    const db = await freshDatabase().open();
    const writer = await openEventWriter(db, { compaction: 'manual', maxChunkEvents: 15 });
    await writer.append(batchOf(rows), { key: 'sync', value: 1 });
    const raw = await db.getAll('chunkProperties');
    expect(raw).toHaveLength(3);
    for (const record of raw) {
      expect(record.compressed).toBeUndefined();
      expect(typeof record.text).toBe('string');
      expect(record.pending).toBeGreaterThan(0);
    }
    const keys = [{ timestamp: T0 + 33_000, uuid: uuidOf(33) }, { timestamp: T0 + 2000, uuid: uuidOf(2) }];
    const before = { events: await readEvents(db, { properties: true }), texts: await readEventTexts(db, keys) };
    expect(rowsOf(before.events)).toEqual(rows);

    await expect(writer.compact()).resolves.toBe(3);
    const compacted = await db.getAll('chunkProperties');
    for (const [k, record] of compacted.entries()) {
      expect(Object.keys(record).sort()).toEqual(['compressed', 'lengthBytes', 'separated', 'seq', 'texts']);
      expect(record.texts).toBe((raw[k]?.offsets?.length ?? 0) - 1);
      expect(record.separated).toBe(true);
      expect(piecesOf(await readChunkTexts(record))).toEqual(piecesOf(textsFromOffsets(raw[k]!.text!, raw[k]!.offsets!)));
    }
    await expect(pendingChunks(db)).resolves.toEqual([]);
    expect(rowsOf(await readEvents(db, { properties: true }))).toEqual(rows);
    await expect(readEventTexts(db, keys)).resolves.toEqual(before.texts);
    await expect(writer.compact()).resolves.toBe(0);
  });

  it('compacts in the background after each append, and what an earlier writer left when a writer opens', async () => {
    const { open } = freshDatabase();
    const db = await open();
    const manual = await openEventWriter(db, { compaction: 'manual' });
    await manual.append(syntheticBatch(10));
    await expect(pendingChunks(db)).resolves.toHaveLength(1);
    // A later writer (the worker was restarted) finds the chunk left uncompressed.
    const writer = await openEventWriter(db);
    await vi.waitFor(async () => expect(await pendingChunks(db)).toEqual([]));
    await writer.append(syntheticBatch(10, 10));
    await vi.waitFor(async () => expect(await pendingChunks(db)).toEqual([]));
    const records = await db.getAll('chunkProperties');
    expect(records.every((record) => record.compressed && record.text === undefined)).toBe(true);
    expect((await readEvents(db, { properties: true })).properties).toEqual(Array.from({ length: 20 }, (_, n) => `{"n":${n}}`));
  });

  it('never writes a compacted text over another chunk that took the same number after deleteAllData', async () => {
    const db = await freshDatabase().open();
    const writer = await openEventWriter(db, { compaction: 'manual' });
    await writer.append(batchOf([row(1, { properties: '{"old":true}' })]));
    const [stale] = await pendingChunks(db);
    await deleteAllData(db);
    await writer.append(batchOf([row(2, { properties: '{"new":true}' })]));
    const [fresh] = await pendingChunks(db);
    expect(fresh?.seq).toBe(stale?.seq);
    expect(fresh?.token).not.toBe(stale?.token);
    await expect(compactChunk(db, stale!.seq, stale!.token)).resolves.toBe(false);
    expect((await readEvents(db, { properties: true })).properties).toEqual(['{"new":true}']);
    await expect(compactChunks(db)).resolves.toBe(1);
    expect((await readEvents(db, { properties: true })).properties).toEqual(['{"new":true}']);
  });

  it('keeps long and non-ASCII texts exact through the lengths in the stream', async () => {
    const db = await freshDatabase().open();
    const writer = await openEventWriter(db, { compaction: 'manual' });
    const texts = ['', 'é🌍'.repeat(100), JSON.stringify({ long: 'x'.repeat(70_000) }), '{"a":"\\u0000"}'];
    await writer.append(batchOf(texts.map((properties, n) => row(n, { properties, elementsChain: n === 1 ? 'a'.repeat(200) : n === 2 ? 'b\0c' : '' }))));
    await writer.compact();
    expect((await db.getAll('chunkProperties'))[0]?.separated).toBe(true);
    const events = await readEvents(db, { properties: true });
    expect(events.properties).toEqual(texts);
    expect(events.elementsChain).toEqual(['', 'a'.repeat(200), 'b\0c', '']);
  });

  it('keeps every length when a properties text holds a NUL (not JSON), and reads it back exactly', async () => {
    const db = await freshDatabase().open();
    const writer = await openEventWriter(db, { compaction: 'manual' });
    const texts = ['{"a":1}', 'not json\0with a NUL', '', '{}'];
    await writer.append(batchOf(texts.map((properties, n) => row(n, { properties, elementsChain: n === 3 ? 'x' : '' }))));
    await writer.compact();
    const [record] = await db.getAll('chunkProperties');
    expect(record?.separated).toBe(false);
    const events = await readEvents(db, { properties: true });
    expect(events.properties).toEqual(texts);
    expect(events.elementsChain).toEqual(['', '', '', 'x']);
    await expect(readEventTexts(db, [{ timestamp: T0 + 1000, uuid: uuidOf(1) }])).resolves.toEqual([{ properties: texts[1], elementsChain: '' }]);
  });

  it('commits the texts compressed with the rows when compaction is inline', async () => {
    const db = await freshDatabase().open();
    const writer = await openEventWriter(db, { compaction: 'inline', maxChunkEvents: 15 });
    await writer.append(batchOf(rows), { key: 'sync', value: 1 });
    const records = await db.getAll('chunkProperties');
    expect(records.map((record) => Object.keys(record).sort())).toEqual(Array(3).fill(['compressed', 'lengthBytes', 'separated', 'seq', 'texts']));
    await expect(pendingChunks(db)).resolves.toEqual([]);
    expect(rowsOf(await readEvents(db, { properties: true }))).toEqual(rows);
    await expect(writer.compact()).resolves.toBe(0);
  });

  it('leaves the texts readable as appended when compaction fails', async () => {
    const db = await freshDatabase().open();
    const writer = await openEventWriter(db, { compaction: 'manual' });
    await writer.append(syntheticBatch(5));
    const Original = globalThis.CompressionStream;
    vi.stubGlobal('CompressionStream', class {
      constructor() {
        throw new Error('no deflate today');
      }
    });
    try {
      await expect(writer.compact()).rejects.toThrow('no deflate today');
    } finally {
      vi.stubGlobal('CompressionStream', Original);
    }
    await expect(pendingChunks(db)).resolves.toHaveLength(1);
    expect((await readEvents(db, { properties: true })).properties).toHaveLength(5);
    // The writer goes on appending, and compacts later.
    await writer.append(syntheticBatch(5, 5));
    await expect(writer.compact()).resolves.toBe(2);
  });
});
