import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEPT_PROPERTIES } from '../../../src/core/events/kept-properties';
import { countEvents } from '../../../src/store/chunk-summaries';
import { readEvents } from '../../../src/store/event-reader';
import { openEventWriter } from '../../../src/store/event-writer';
import { getMeta } from '../../../src/store/meta';
import { batchOf, freshDatabase, keptOf, row, rowsOf, sortedRows, T0, type Row } from './fixtures';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Rows with kept values: a URL on most, a ticket on a few, an exception type on one; one '' value. */
function keptRows(count: number, first = 0): Row[] {
  return Array.from({ length: count }, (_, k) => {
    const n = first + k;
    const kept: Record<string, string | null> = { $current_url: n % 10 === 9 ? null : `https://example.com/${n % 4}` };
    if (n % 25 === 3) Object.assign(kept, { ticket_id: `t-${n}`, status: n % 2 ? 'open' : 'solved', subject: '' });
    if (n === 7) kept.$exception_types = '["TypeError"]';
    return row(n, { kept });
  });
}

/** What keptOf gives for a row: its non-null values. */
const expectedKept = (r: Row) => Object.fromEntries(Object.entries(r.kept ?? {}).filter(([, value]) => value !== null));

describe('kept property columns', () => {
  it('round-trips every kept value, null as none and "" as a value of its own', async () => {
    const db = await freshDatabase().open();
    const rows = keptRows(100);
    await (await openEventWriter(db)).append(batchOf([...rows].reverse()));
    const events = await readEvents(db, { kept: 'all', properties: true });
    expect(rowsOf(events)).toEqual(sortedRows(rows).map(({ kept: _kept, ...rest }) => ({ ...rest })));
    expect(Object.keys(events.kept).sort()).toEqual([...KEPT_PROPERTIES].sort());
    for (let i = 0; i < events.count; i++) expect(keptOf(events.kept, i)).toEqual(expectedKept(rows[i] as Row));
    for (const column of Object.values(events.kept)) {
      expect(column.index).toHaveLength(100);
      expect(column.values[0]).toBe('');
    }
    const subject = events.kept.subject!;
    expect(subject.values.slice(1)).toEqual(['']);
    expect(subject.index.filter((code) => code !== 0)).toHaveLength(4);
    expect(events.kept.plan?.index.every((code) => code === 0)).toBe(true);
  });

  it('returns only the properties asked for, reading only their records', async () => {
    const db = await freshDatabase().open();
    await (await openEventWriter(db)).append(batchOf(keptRows(60)));
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const events = await readEvents(db, { kept: ['status', 'not_kept', 'status'] });
    expect(Object.keys(events.kept)).toEqual(['status', 'not_kept']);
    expect(events.kept.not_kept?.index.every((code) => code === 0)).toBe(true);
    expect([...events.kept.status!.values].sort()).toEqual(['', 'open', 'solved']);
    const keptReads = getAll.mock.calls.filter((_, k) => (getAll.mock.contexts[k] as IDBObjectStore).name === 'chunkKept');
    expect(keptReads.map(([range]) => (range as IDBKeyRange).lower)).toEqual([['status', -Infinity], ['not_kept', -Infinity]]);
    expect('kept' in (await readEvents(db))).toBe(false);
  });

  it('merges chunk dictionaries into one per property, across chunks, a time range and overlapping writes', async () => {
    const db = await freshDatabase().open();
    const writer = await openEventWriter(db, { maxChunkEvents: 30 });
    const even = keptRows(100).filter((_, k) => k % 2 === 0);
    const odd = keptRows(100).filter((_, k) => k % 2 === 1);
    await writer.append(batchOf(odd));
    await writer.append(batchOf(even));
    const events = await readEvents(db, { kept: ['$current_url', 'ticket_id'], fromMs: T0 + 10_000, toMs: T0 + 90_000 });
    const expected = keptRows(100).slice(10, 90);
    expect(events.count).toBe(80);
    expect(events.kept.$current_url?.values.length).toBe(5);
    for (let i = 0; i < events.count; i++) {
      const { $current_url, ticket_id } = expectedKept(expected[i] as Row);
      expect(keptOf(events.kept, i)).toEqual({ ...($current_url === undefined ? {} : { $current_url }), ...(ticket_id === undefined ? {} : { ticket_id }) });
    }
  });

  it('stores a property only where a chunk has values: listed rows when few, every row when most', async () => {
    const db = await freshDatabase().open();
    await (await openEventWriter(db)).append(batchOf(keptRows(200)));
    const records = await db.getAll('chunkKept');
    expect(records.map((r) => r.property).sort()).toEqual(['$current_url', '$exception_types', 'status', 'subject', 'ticket_id']);
    const byProperty = Object.fromEntries(records.map((r) => [r.property, r]));
    // 8 tickets of 200 rows: their row numbers and 1-byte codes.
    expect(byProperty.ticket_id?.rows).toBeInstanceOf(Uint16Array);
    expect(Array.from(byProperty.ticket_id?.rows ?? [])).toEqual([3, 28, 53, 78, 103, 128, 153, 178]);
    expect(byProperty.ticket_id?.index).toBeInstanceOf(Uint8Array);
    expect(byProperty.ticket_id?.values).toHaveLength(9);
    expect(Array.from(byProperty.$exception_types?.rows ?? [])).toEqual([7]);
    // 180 URLs of 200 rows: no row list, a code per row, 0 where there is none.
    expect(byProperty.$current_url?.rows).toBeNull();
    expect(byProperty.$current_url?.index).toHaveLength(200);
    expect(byProperty.$current_url?.index[9]).toBe(0);
    expect(byProperty.$current_url?.values).toEqual(['', 'https://example.com/0', 'https://example.com/1', 'https://example.com/2', 'https://example.com/3']);
  });

  it('keeps UUID-shaped values as bytes and gives them back as text', async () => {
    const db = await freshDatabase().open();
    const ids = ['0190ab00-0000-7000-8000-00000000000a', '0190AB00-0000-7000-8000-00000000000B', 'plain'];
    await (await openEventWriter(db)).append(batchOf(ids.map((id, n) => row(n, { kept: { ticket_id: id } }))));
    const [record] = await db.getAll('chunkKept');
    expect(record?.values).toEqual(['', '0190AB00-0000-7000-8000-00000000000B', 'plain']);
    expect(record?.uuids).toHaveLength(16);
    const events = await readEvents(db, { kept: ['ticket_id'] });
    expect([0, 1, 2].map((i) => keptOf(events.kept, i).ticket_id)).toEqual(ids);
  });

  it('drops duplicates with their kept values, and writes kept columns in the commit transaction', async () => {
    const db = await freshDatabase().open();
    const writer = await openEventWriter(db);
    await writer.append(batchOf(keptRows(10)), { key: 'sync', value: 1 });
    await expect(writer.append(batchOf(keptRows(20)), { key: 'sync', value: 2 })).resolves.toEqual({ stored: 10, duplicates: 10 });
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (this.name === 'chunkKept') throw new DOMException('disk on fire', 'UnknownError');
      return put.apply(this, args);
    });
    await expect(writer.append(batchOf(keptRows(10, 20)), { key: 'sync', value: 3 })).rejects.toThrow('disk on fire');
    vi.restoreAllMocks();
    await expect(countEvents(db)).resolves.toBe(20);
    await expect(getMeta(db, 'sync')).resolves.toBe(2);
    const events = await readEvents(db, { kept: 'all' });
    for (let i = 0; i < events.count; i++) expect(keptOf(events.kept, i)).toEqual(expectedKept(keptRows(20)[i] as Row));
    await expect(writer.append(batchOf(keptRows(10, 20)), { key: 'sync', value: 3 })).resolves.toEqual({ stored: 10, duplicates: 0 });
    expect((await readEvents(db, { kept: ['ticket_id'] })).kept.ticket_id?.values).toHaveLength(3);
  });

  it('reads kept columns of an empty store as empty', async () => {
    const db = await freshDatabase().open();
    const events = await readEvents(db, { kept: 'all' });
    expect(events.count).toBe(0);
    expect(events.kept.$pathname).toEqual({ index: new Uint32Array(0), values: [''] });
  });
});

describe('kept properties derived from another kept property', () => {
  const pages = ['/', '/pricing', '/docs/a', '/docs/b'];
  const urlRows = (): Row[] =>
    Array.from({ length: 200 }, (_, n) => {
      const page = pages[n % 4] as string;
      const kept: Record<string, string | null> = { $current_url: `https://app.example.com${page}?n=${n % 8}`, $pathname: page, $host: 'app.example.com' };
      if (n === 50) kept.$current_url = null; // a path without a URL
      if (n === 51) kept.$pathname = '/other'; // a path the URL does not give
      if (n === 52) kept.$host = null;
      return row(n, { kept });
    });

  it('stores a URL’s path and host as functions of the URL, and reads either alone', async () => {
    const db = await freshDatabase().open();
    const rows = urlRows();
    await (await openEventWriter(db)).append(batchOf(rows));
    const records = Object.fromEntries((await db.getAll('chunkKept')).map((r) => [r.property, r]));
    expect(records.$pathname?.derivedFrom).toBe('$current_url');
    expect(records.$host?.derivedFrom).toBe('$current_url');
    expect(records.$current_url?.derivedFrom).toBeUndefined();
    // Row 50 is the only one without a URL: "no URL" maps to its path and host, no exception needed.
    expect(Array.from(records.$pathname?.rows ?? [])).toEqual([51]);
    expect(Array.from(records.$host?.rows ?? [])).toEqual([52]);
    expect(records.$host?.table).toHaveLength(records.$current_url?.values.length ?? 0);

    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const events = await readEvents(db, { kept: ['$pathname'] });
    expect(Object.keys(events.kept)).toEqual(['$pathname']);
    const keptReads = getAll.mock.calls.filter((_, k) => (getAll.mock.contexts[k] as IDBObjectStore).name === 'chunkKept');
    expect(keptReads.map(([range]) => (range as IDBKeyRange).lower[0])).toEqual(['$pathname', '$current_url']);
    for (let i = 0; i < events.count; i++) expect(keptOf(events.kept, i).$pathname ?? null).toBe(rows[i]?.kept?.$pathname ?? null);
    const all = await readEvents(db, { kept: 'all', fromMs: T0 + 40_000, toMs: T0 + 60_000 });
    for (let i = 0; i < all.count; i++) expect(keptOf(all.kept, i)).toEqual(expectedKept(rows[40 + i] as Row));
  });
});
