// Late events: appended with an old `timestamp`, they are found by `created_at`, the ingestion time, which is
// the caller's when given and the append time otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/server.ts';
import { DST_DAY_START, makeEvent, queryRows, startTestEmulator, uuidFor } from './fixtures.ts';

describe('emulator: late events and created_at', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.close());

  it('filters on created_at as the sync client does, whatever the timestamp', async () => {
    const since = Date.now() - 1000;
    const ingested = Date.UTC(2026, 5, 1);
    void emulator.appendEvents([
      makeEvent({ uuid: uuidFor(900), timestamp: DST_DAY_START + 30 * 60_000, created_at: ingested }),
      makeEvent({ uuid: uuidFor(901), timestamp: DST_DAY_START + 40 * 60_000 }),
    ]);
    const query =
      'SELECT uuid, created_at FROM events WHERE timestamp >= toDateTime({from}) AND timestamp < toDateTime({to}) AND created_at >= toDateTime({since}) ORDER BY timestamp, uuid LIMIT 100';
    const window = { from: new Date(DST_DAY_START).toISOString(), to: new Date(DST_DAY_START + 86_400_000).toISOString() };
    const fromJune = await queryRows(emulator, query, { ...window, since: '2026-05-31T00:00:00Z' });
    expect(fromJune.results.map((row) => row[0])).toEqual([uuidFor(900), uuidFor(901)]);
    expect(fromJune.results[0]?.[1]).toBe('2026-06-01T02:00:00+02:00');
    const fromNow = await queryRows(emulator, query, { ...window, since: new Date(since).toISOString() });
    expect(fromNow.results.map((row) => row[0])).toEqual([uuidFor(901)]);
    // Events of the initial data set were ingested at their own time.
    const initial = await queryRows(emulator, 'SELECT count() FROM events WHERE created_at = timestamp');
    expect(initial.results).toEqual([[30]]);
  });
});
