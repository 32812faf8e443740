import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/server.ts';
import { NIL_UUID, compareUuids, makeDataset, makeEvents, queryRows, startTestEmulator } from './fixtures.ts';

// toDateTime() as the sync client writes it: ClickHouse reads a bare string only in its plain format, no offset.
const KEYSET = `SELECT uuid, timestamp FROM events
  WHERE timestamp >= toDateTime({from}) AND timestamp < toDateTime({to})
    AND (timestamp > toDateTime({ts}) OR (timestamp = toDateTime({ts}) AND uuid > {uuid}))
  ORDER BY timestamp ASC, uuid ASC LIMIT {page}`;

/** Pages through everything with the (timestamp, uuid) keyset, formatting each cursor with `cursorOf`. */
async function syncAll(emulator: Emulator, page: number, cursorOf: (timestamp: string) => string): Promise<string[]> {
  const uuids: string[] = [];
  let ts = '2000-01-01 00:00:00';
  // The smallest UUID: ClickHouse cannot compare a UUID column with ''.
  let uuid = NIL_UUID;
  for (let pages = 0; pages < 100; pages++) {
    const body = await queryRows(emulator, KEYSET, { from: '2026-03-01 00:00:00', to: '2026-04-01T00:00:00Z', ts, uuid, page });
    for (const row of body.results) uuids.push(row[0] as string);
    if (body.results.length < page) return uuids;
    const last = body.results.at(-1) as [string, string];
    ts = cursorOf(last[1]);
    uuid = last[0];
  }
  throw new Error('did not finish');
}

describe('emulator /query/: keyset pagination and limits', () => {
  let emulator: Emulator;
  afterEach(() => emulator.close());

  it('returns every event exactly once and in (timestamp, uuid) order, page edges inside ties', async () => {
    emulator = await startTestEmulator();
    const expected = makeDataset().events.map((event) => event.uuid);
    // 30 events, three per timestamp: pages of 4 split ties.
    expect(await syncAll(emulator, 4, (returned) => returned)).toEqual(expected);
    // The same with naive cursors, read in the project timezone, as a client formatting local time would.
    const naive = (returned: string) => returned.replace('T', ' ').replace(/(Z|[+-]\d\d:\d\d)$/, '');
    expect(await syncAll(emulator, 5, naive)).toEqual(expected);
  });

  it('caps LIMIT silently at 50,000 with hasMore, limit and offset null', async () => {
    const dataset = makeDataset();
    dataset.events = makeEvents(50_010);
    emulator = await startEmulator({ dataset, silent: true });
    const body = await queryRows(emulator, 'SELECT uuid FROM events ORDER BY timestamp, uuid LIMIT 60000');
    expect(body.results).toHaveLength(50_000);
    expect([body.hasMore, body.limit, body.offset]).toEqual([null, null, null]);
    expect(body.hogql).toMatch(/LIMIT 50000$/);
  });

  it('without LIMIT returns 100 rows, hasMore when a 101st exists, limit 100 and offset 0', async () => {
    const dataset = makeDataset(150);
    emulator = await startEmulator({ dataset, silent: true });
    const many = await queryRows(emulator, 'SELECT uuid FROM events');
    expect(many.results).toHaveLength(100);
    expect([many.hasMore, many.limit, many.offset]).toEqual([true, 100, 0]);
    const few = await queryRows(emulator, "SELECT uuid FROM events WHERE event = 'signed_up'");
    expect(few.results).toHaveLength(37);
    expect([few.hasMore, few.limit, few.offset]).toEqual([false, 100, 0]);
  });

  it('orders by other columns, descending, and reads backwards when ordered by timestamp DESC', async () => {
    emulator = await startTestEmulator();
    const events = makeDataset().events;
    const newest = await queryRows(emulator, 'SELECT uuid FROM events ORDER BY timestamp DESC, uuid DESC LIMIT 4');
    expect(newest.results.map((row) => row[0])).toEqual(events.slice(-4).reverse().map((e) => e.uuid));
    const byDistinctId = await queryRows(emulator, 'SELECT distinct_id, uuid FROM events ORDER BY distinct_id DESC, uuid LIMIT 2');
    // Ordered as ClickHouse orders UUIDs (fixtures.ts compareUuids), not as text.
    const bUuids = events.filter((e) => e.distinct_id === 'user-b').map((e) => e.uuid).sort(compareUuids);
    expect(byDistinctId.results).toEqual([['user-b', bUuids[0]], ['user-b', bUuids[1]]]);
  });
});
