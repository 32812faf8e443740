// EmulatorOptions.slowTables: a query reading more rows of a "big" table than its budget gets PostHog's 504,
// decided by ClickHouse's own max_rows_to_read (after it skips granules by the sort key), so a page that the
// WHERE narrows passes and a whole-table page times out, as on a big PostHog project.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '../../demo-data/generate.ts';
import type { DemoDataset } from '../../demo-data/types.ts';
import { startEmulator, type Emulator } from '../../emulator/server.ts';
import { postQuery } from './fixtures.ts';

const END = Date.UTC(2026, 9, 15, 12);
const DAY = 86_400_000;
const TIMEOUT_DETAIL = 'Query has hit the max execution time before completing. See our docs for how to improve your query performance. You may need to materialize.';

describe('emulator: slow tables', () => {
  let emulator: Emulator;
  let dataset: DemoDataset;
  beforeAll(async () => {
    dataset = generateDemoData({ seed: 5, events: 20_000, days: 40, end: END });
    emulator = await startEmulator({
      dataset,
      silent: true,
      rateLimit: false,
      slowTables: [
        { table: 'events', maxRowsRead: 8000 },
        { table: 'persons', maxRowsRead: 200 },
        { table: 'person_distinct_ids', maxRowsRead: 200 },
      ],
    });
  });
  afterAll(() => emulator.close());

  const status = async (query: string, values?: Record<string, unknown>) => {
    const response = await postQuery(emulator, query, values);
    const body = (await response.json()) as { detail?: string; results?: unknown[] };
    return { status: response.status, detail: body.detail, rows: body.results?.length };
  };

  it('times out a whole-table keyset page and passes a page the WHERE narrows', async () => {
    const page = 'SELECT uuid, timestamp FROM events WHERE timestamp >= toDateTime({from}) AND timestamp < toDateTime({to}) ORDER BY timestamp ASC, uuid ASC LIMIT 50000';
    const whole = await status(page, { from: new Date(END - 40 * DAY).toISOString(), to: new Date(END).toISOString() });
    expect(whole).toEqual({ status: 504, detail: TIMEOUT_DETAIL, rows: undefined });
    const day = await status(page, { from: new Date(END - DAY).toISOString(), to: new Date(END).toISOString() });
    expect(day.status).toBe(200);
    expect(day.rows).toBeGreaterThan(0);
  });

  it('passes persons and distinct-id look-ups by a small IN list, times out their whole-table pages', async () => {
    expect(dataset.persons.length).toBeGreaterThan(400);
    const ids = dataset.persons.slice(0, 5).map((person) => person.id);
    expect(await status('SELECT id, created_at, properties FROM persons WHERE id IN {ids}', { ids })).toMatchObject({ status: 200, rows: 5 });
    expect((await status('SELECT id, created_at, properties FROM persons ORDER BY id ASC LIMIT 1000')).status).toBe(504);
    const distinctIds = dataset.persons.slice(0, 5).flatMap((person) => person.distinct_ids);
    expect(await status('SELECT distinct_id, person_id FROM person_distinct_ids WHERE distinct_id IN {distinct_ids}', { distinct_ids: distinctIds })).toMatchObject({
      status: 200,
      rows: distinctIds.length,
    });
    expect((await status('SELECT distinct_id, person_id FROM person_distinct_ids ORDER BY distinct_id ASC LIMIT 1000')).status).toBe(504);
    // Groups are not slow here: a full page passes.
    expect((await status('SELECT index, key FROM groups ORDER BY index, key LIMIT 1000')).status).toBe(200);
  });

  it('stops a query at max_execution_time with the same 504', async () => {
    const quick = await startEmulator({ dataset, silent: true, rateLimit: false, maxExecutionTimeSeconds: 0.001 });
    try {
      // Reading and hashing every event's JSON takes longer than a millisecond.
      const response = await postQuery(quick, 'SELECT uniqExact(properties), count() FROM events WHERE length(properties) > 0');
      const body = await response.json();
      expect([response.status, body]).toEqual([504, { type: 'server_error', code: 'error', detail: TIMEOUT_DETAIL, attr: null }]);
      expect((await postQuery(emulator, 'SELECT count() FROM events')).status).toBe(200);
    } finally {
      await quick.close();
    }
  });
});
