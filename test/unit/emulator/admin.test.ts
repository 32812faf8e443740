import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/server.ts';
import { DST_DAY_START, NIL_UUID, compareUuids, makeDataset, makeEvent, postQuery, queryRows, startTestEmulator, uuidFor } from './fixtures.ts';

describe('emulator: admin API and appendEvents', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startTestEmulator({ rateLimit: false });
  });
  beforeEach(() => {
    emulator.faults.clear();
    emulator.log.clear();
  });
  afterAll(() => emulator.close());

  const admin = async (method: string, path: string, body?: string) => {
    const response = await fetch(`${emulator.url}/_emulator/${path}`, { method, ...(body === undefined ? {} : { body }) });
    return { status: response.status, body: (await response.json()) as any };
  };

  it('reports health', async () => {
    expect(await admin('GET', 'health')).toEqual({ status: 200, body: { ok: true, project_id: 1, timezone: 'Europe/Berlin', events: expect.any(Number) } });
  });

  it('queues, lists and clears faults over HTTP', async () => {
    const added = await admin('POST', 'faults', JSON.stringify({ kind: 'rate_limit', retryAfter: 3 }));
    expect(added.status).toBe(201);
    expect(added.body.pending).toEqual([{ kind: 'rate_limit', path: '/query/', remaining: 1, retryAfter: 3, delayMs: 1000 }]);
    expect((await postQuery(emulator, 'SELECT 1')).status).toBe(429);
    await admin('POST', 'faults', JSON.stringify([{ kind: 'server_error' }, { kind: 'timeout' }]));
    expect((await admin('GET', 'faults')).body.pending).toHaveLength(2);
    expect((await admin('DELETE', 'faults')).body.pending).toEqual([]);
    expect((await postQuery(emulator, 'SELECT 1')).status).toBe(200);
    expect((await admin('POST', 'faults', '{"kind":"meteor"}')).status).toBe(400);
  });

  it('logs requests with the query sent, and clears the log', async () => {
    await postQuery(emulator, 'SELECT count() FROM events WHERE event = {e}', { e: 'signed_up' });
    await fetch(`${emulator.url}/api/projects/1/actions/?x=1`);
    const { body } = await admin('GET', 'log');
    expect(body.entries).toEqual([
      expect.objectContaining({ method: 'POST', path: '/api/projects/1/query/', status: 200, hogql: 'SELECT count() FROM events WHERE event = {e}' }),
      expect.objectContaining({ method: 'GET', path: '/api/projects/1/actions/?x=1', status: 401 }),
    ]);
    expect(body.entries[0].body.query.values).toEqual({ e: 'signed_up' });
    expect(emulator.log.queries()).toEqual(['SELECT count() FROM events WHERE event = {e}']);
    await admin('DELETE', 'log');
    expect(emulator.log.entries).toEqual([]);
  });

  it('appends events posted as JSONL, with defaults for the other columns', async () => {
    const before = (await admin('GET', 'health')).body.events as number;
    const jsonl = [
      { uuid: uuidFor(2000), event: 'imported', timestamp: '2026-03-29T05:00:00Z', distinct_id: 'user-z', properties: { $session_id: 'z1' } },
      { uuid: uuidFor(2001), event: 'imported', timestamp: Date.UTC(2026, 2, 29, 6), distinct_id: 'user-z' },
    ].map((event) => JSON.stringify(event)).join('\n');
    expect(await admin('POST', 'events', jsonl)).toEqual({ status: 201, body: { appended: 2, events: before + 2 } });
    const rows = await queryRows(emulator, "SELECT distinct_id, person_id, `$session_id`, timestamp FROM events WHERE event = 'imported' ORDER BY timestamp");
    expect(rows.results).toEqual([
      // person_id is a UUID column in ClickHouse, never null: an event posted without one gets the nil UUID.
      ['user-z', NIL_UUID, 'z1', '2026-03-29T07:00:00+02:00'],
      ['user-z', NIL_UUID, '', '2026-03-29T08:00:00+02:00'],
    ]);
    expect((await admin('POST', 'events', '{"uuid": 1}')).status).toBe(400);
  });
});

describe('emulator: appendEvents for incremental sync', () => {
  it('keeps (timestamp, uuid) order whether new events come after or among the old', async () => {
    const emulator = await startTestEmulator({ rateLimit: false });
    try {
      const keyset = 'SELECT uuid FROM events WHERE timestamp > toDateTime({ts}) OR (timestamp = toDateTime({ts}) AND uuid > {uuid}) ORDER BY timestamp, uuid LIMIT 1000';
      // ClickHouse cannot compare a UUID with '' (CANNOT_PARSE_UUID): a first page starts below the nil UUID's time.
      const first = await queryRows(emulator, keyset, { ts: '2000-01-01 00:00:00', uuid: NIL_UUID });
      expect(first.results).toHaveLength(30);
      const lastRow = (await queryRows(emulator, 'SELECT uuid, timestamp FROM events ORDER BY timestamp DESC, uuid DESC LIMIT 1')).results[0] as [string, string];

      const later = [makeEvent({ uuid: uuidFor(3001), timestamp: DST_DAY_START + 86_400_000 }), makeEvent({ uuid: uuidFor(3000), timestamp: DST_DAY_START + 86_400_000 })];
      const amongOld = makeEvent({ uuid: uuidFor(3002), timestamp: DST_DAY_START + 20 * 60_000 + 123 });
      emulator.appendEvents([...later, amongOld]);

      const all = await queryRows(emulator, 'SELECT uuid FROM events ORDER BY timestamp, uuid LIMIT 1000');
      const expected = [...makeDataset().events, ...later, amongOld]
        .sort((a, b) => a.timestamp - b.timestamp || compareUuids(a.uuid, b.uuid))
        .map((event) => event.uuid);
      expect(all.results.map((row) => row[0])).toEqual(expected);
      // An incremental sync from the last cursor sees exactly the later events, in uuid order within the tie.
      const next = await queryRows(emulator, keyset, { ts: lastRow[1], uuid: lastRow[0] });
      expect(next.results.map((row) => row[0])).toEqual(later.map((event) => event.uuid).sort(compareUuids));
    } finally {
      await emulator.close();
    }
  });
});
