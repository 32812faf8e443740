import { describe, expect, it } from 'vitest';
import { chunkTimestamps, encodeTimestamps } from '../../../src/store/chunk-columns';
import { encodeBatch } from '../../../src/store/chunk-encoder';
import { encodeDictionaryColumn } from '../../../src/store/dictionary-column';
import { readEvents } from '../../../src/store/event-reader';
import { openEventWriter } from '../../../src/store/event-writer';
import { GlobalDictionary } from '../../../src/store/global-dictionary';
import { utf8Encode } from '../../../src/store/text-compression';
import { formatUuid, formatUuids, isCanonicalUuid, writeUuidBytes } from '../../../src/store/uuid-bytes';
import { UuidMap, UuidSet, uuidWords } from '../../../src/store/uuid-set';
import { batchOf, freshDatabase, row, rowsOf, sortedRows, T0, uuidOf, type Row } from './fixtures';

const rowsOfLength = (n: number) => Uint32Array.from({ length: n }, (_, k) => k);

describe('timestamps as gaps', () => {
  const read = (times: Float64Array) => chunkTimestamps({ count: times.length, minTs: times[0] ?? 0, ...encodeTimestamps(times) });

  it('stores ascending times as 16-bit gaps, with the high bits of the few long ones listed', () => {
    const times = Float64Array.from([T0, T0, T0 + 1, T0 + 86_400_000 * 40, T0 + 86_400_000 * 40 + 65_535, T0 + 86_400_000 * 40 + 131_071, T0 + 86_400_000 * 41]);
    const stored = encodeTimestamps(times);
    expect(stored.timestamp).toBeInstanceOf(Uint16Array);
    expect(Array.from(stored.timestampHigh?.rows ?? [])).toEqual([3, 5, 6]);
    expect(read(times)).toEqual(times);
    const steady = Float64Array.from({ length: 1000 }, (_, k) => T0 + k * 1000);
    expect(encodeTimestamps(steady).timestampHigh).toBeUndefined();
    expect(read(steady)).toEqual(steady);
  });

  it('uses 32-bit gaps when long gaps are many, and epoch milliseconds when one exceeds 32 bits', () => {
    const sparse = Float64Array.from({ length: 100 }, (_, k) => T0 + k * 100_000);
    expect(encodeTimestamps(sparse).timestamp).toBeInstanceOf(Uint32Array);
    expect(read(sparse)).toEqual(sparse);
    const apart = Float64Array.from([T0, T0 + 2 ** 32]);
    expect(encodeTimestamps(apart).timestamp).toBe(apart);
    expect(read(apart)).toEqual(apart);
  });

  it('round-trips a batch whose events are 60 days apart', async () => {
    const db = await freshDatabase().open();
    const rows = [row(0), row(1, { timestamp: T0 + 60 * 86_400_000 }), row(2, { timestamp: T0 - 1 })];
    await (await openEventWriter(db)).append(batchOf(rows));
    const [chunk] = await db.getAll('chunks');
    expect(chunk?.timestamp).toBeInstanceOf(Float64Array);
    expect(rowsOf(await readEvents(db, { properties: true }))).toEqual(sortedRows(rows));
  });
});

describe('dictionary columns', () => {
  it('keeps lowercase canonical UUIDs as 16 bytes after the other texts, and narrows the index', () => {
    const texts = ['0190ab00-0000-7000-8000-000000000001', 'anon', null, '', '0190ab00-0000-7000-8000-000000000001', '0190AB00-0000-7000-8000-000000000002', '0190ab00-0000-7000-8000-000000000003'];
    const column = encodeDictionaryColumn(texts, rowsOfLength(texts.length));
    expect(column.values).toEqual(['', 'anon', '0190AB00-0000-7000-8000-000000000002']);
    expect(column.uuids).toHaveLength(32);
    expect(formatUuids(column.uuids!, 2)).toEqual(['0190ab00-0000-7000-8000-000000000001', '0190ab00-0000-7000-8000-000000000003']);
    expect(column.index).toBeInstanceOf(Uint8Array);
    expect(Array.from(column.index)).toEqual([3, 1, 0, 0, 3, 2, 4]);
  });

  it('uses 1, 2 or 4 bytes per row by the size of the dictionary', () => {
    const coded = (n: number) => encodeDictionaryColumn(Array.from({ length: n }, (_, k) => `v${k}`), rowsOfLength(n)).index;
    expect(coded(255)).toBeInstanceOf(Uint8Array);
    expect(coded(256)).toBeInstanceOf(Uint16Array);
    expect(coded(65_535)).toBeInstanceOf(Uint16Array);
    expect(coded(65_536)).toBeInstanceOf(Uint32Array);
  });

  it('merges local dictionaries of texts and UUIDs into one, each value once', () => {
    const global = new GlobalDictionary(2);
    const a = encodeDictionaryColumn(['x', uuidOf(1), uuidOf(2)], rowsOfLength(3));
    const b = encodeDictionaryColumn([uuidOf(2), 'y', uuidOf(3), 'x'], rowsOfLength(4));
    expect(Array.from(global.remap(a))).toEqual([0, 1, 2, 3]);
    expect(Array.from(global.remap(b))).toEqual([0, 4, 1, 3, 5]);
    expect(global.finish()).toEqual(['', 'x', uuidOf(1), uuidOf(2), 'y', uuidOf(3)]);
  });

  it('round-trips session, person and distinct ids that are UUIDs, mixed with others', async () => {
    const db = await freshDatabase().open();
    const rows = Array.from({ length: 30 }, (_, n) => row(n, { sessionId: n % 4 ? uuidOf(n % 3, 7) : null, personId: uuidOf(n % 5, 9), distinctId: n % 2 ? uuidOf(n, 3) : `user${n % 6}@x.io` }));
    await (await openEventWriter(db, { maxChunkEvents: 7 })).append(batchOf(rows));
    const events = await readEvents(db, { properties: true });
    expect(rowsOf(events)).toEqual(rows);
    expect(events.sessionIds.slice(1).sort()).toEqual([uuidOf(0, 7), uuidOf(1, 7), uuidOf(2, 7)]);
    expect(events.personIds).toHaveLength(6);
  });
});

describe('encodeBatch', () => {
  it('gives the same chunks for rows already in (timestamp, uuid) order and for the same rows shuffled', () => {
    const rows = Array.from({ length: 50 }, (_, n) => row(n, { timestamp: T0 + Math.floor(n / 3) * 1000, uuid: uuidOf(n % 7, n) }));
    const ordered = sortedRows(rows);
    const shuffled = [...ordered].reverse();
    const a = encodeBatch(batchOf(ordered), new UuidSet());
    const b = encodeBatch(batchOf(shuffled), new UuidSet());
    expect(a).toEqual(b);
  });
});

describe('UUID text and bytes', () => {
  it('recognises only the lowercase canonical form as exact', () => {
    expect(isCanonicalUuid('0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b')).toBe(true);
    for (const text of ['0190A1B2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', '0190a1b2c3d47e5f8a9b0c1d2e3f4a5b', '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5', 'x190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', '0190a1b2+c3d4-7e5f-8a9b-0c1d2e3f4a5b']) {
      expect(isCanonicalUuid(text)).toBe(false);
    }
  });

  it('formats many UUIDs at once as formatUuid does one', () => {
    const bytes = new Uint8Array(16 * 3);
    ['00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b'].forEach((text, k) => writeUuidBytes(text, bytes, 16 * k));
    expect(formatUuids(bytes, 3)).toEqual([0, 1, 2].map((k) => formatUuid(bytes, 16 * k)));
  });

  it('maps UUIDs to values through growth, aligned or not', () => {
    const count = 5000;
    const bytes = new Uint8Array(count * 16 + 1).subarray(1);
    for (let k = 0; k < count; k++) writeUuidBytes(uuidOf(k * 7919, k), bytes, k * 16);
    const keys = uuidWords(bytes);
    const map = new UuidMap(10);
    for (let k = 0; k < count; k += 2) map.setNew(keys, k, k);
    for (let k = 0; k < count; k++) expect(map.get(keys, k)).toBe(k % 2 ? -1 : k);
  });
});

describe('utf8Encode', () => {
  it('encodes exactly as TextEncoder, growing its buffer for text that is not ASCII', () => {
    const texts = ['', 'plain {"a":1}', 'héllo wörld', '🌍'.repeat(500), 'a\uD800b', '\uDC00', 'x'.repeat(1000) + '€'.repeat(2000) + '\uD83D', '中文'.repeat(300)];
    for (const text of texts) expect(utf8Encode(text)).toEqual(new TextEncoder().encode(text));
  });
});

describe('columns derived from another column of the chunk', () => {
  /** 300 events in 30 sessions of one user each (and of that user's company); a few events break the rule. */
  function sessionRows(): Row[] {
    return Array.from({ length: 300 }, (_, n) => {
      const user = (n * 7) % 30;
      const overrides: Partial<Row> = { sessionId: `session-${user}`, distinctId: `user-${user}`, personId: uuidOf(user, 5), groups: [`company-${user % 4}`, null, null, null, null] };
      if (n % 50 === 17) Object.assign(overrides, { distinctId: 'someone-else', personId: uuidOf(999, 5) }); // identified mid-session
      if (n % 60 === 5) Object.assign(overrides, { sessionId: null }); // a server-side event
      if (n === 123) overrides.groups = [null, null, null, null, null];
      return row(n, overrides);
    });
  }

  it('stores distinct_id, person and groups as functions of the session with their exceptions, and reads them back', async () => {
    const db = await freshDatabase().open();
    const rows = sessionRows();
    await (await openEventWriter(db)).append(batchOf(rows));
    const [chunk] = await db.getAll('chunks');
    expect(chunk?.distinctId.derivedFrom).toBe('sessionId');
    expect(chunk?.personId.derivedFrom).toBeDefined();
    expect(chunk?.groups[0]?.derivedFrom).toBeDefined();
    expect(chunk?.sessionId.derivedFrom).toBeUndefined();
    expect(chunk?.event.derivedFrom).toBeUndefined();
    expect(chunk?.distinctId.rows?.length).toBeGreaterThan(0);
    expect(chunk?.distinctId.rows?.length).toBeLessThan(20);
    expect(rowsOf(await readEvents(db, { properties: true }))).toEqual(rows);
  });

  it('reads derived columns right in time ranges that cut through exceptions, and across overlapping chunks', async () => {
    const db = await freshDatabase().open();
    const rows = sessionRows();
    const writer = await openEventWriter(db, { maxChunkEvents: 100 });
    await writer.append(batchOf(rows.filter((_, k) => k % 3 !== 0)));
    await writer.append(batchOf(rows.filter((_, k) => k % 3 === 0)));
    for (const [from, to] of [[0, 300], [17, 18], [16, 118], [120, 241]] as const) {
      const events = await readEvents(db, { properties: true, fromMs: T0 + from * 1000, toMs: T0 + to * 1000 });
      expect(rowsOf(events)).toEqual(rows.slice(from, to));
    }
  });

  it('leaves a column as it is when deriving it would not save half its bytes', async () => {
    const db = await freshDatabase().open();
    // Every event of a session has another person: no function of the session.
    await (await openEventWriter(db)).append(batchOf(Array.from({ length: 100 }, (_, n) => row(n, { sessionId: `s${n % 2}`, personId: `p${n}`, distinctId: `d${n}` }))));
    const [chunk] = await db.getAll('chunks');
    expect(chunk?.personId.derivedFrom).toBeUndefined();
    expect(chunk?.distinctId.derivedFrom).toBeUndefined();
    expect(chunk?.personId.index).toHaveLength(100);
  });
});
