// The bench's ingest reads pages built offline (api-pages.ts), so that the network and the server stay out of its
// clock. They must be the very rows PostHog's ClickHouse answers our event query with: checked here against the
// emulator, which runs that query on embedded ClickHouse, row by row and column by column.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '../../demo-data/generate';
import type { DemoDataset } from '../../demo-data/types';
import { DEMO_KEY } from '../../emulator/keys';
import { startEmulator, type Emulator } from '../../emulator/server';
import { timezone } from '../../emulator/timezone';
import { toApiRow } from '../../bench/api-pages';
import { EVENT_COLUMNS } from '../../../src/sources/posthog/event-rows';
import { eventPageSql } from '../../../src/sources/posthog/event-pager';

const END = Date.UTC(2026, 9, 15, 12);

describe("the bench's API pages", () => {
  let dataset: DemoDataset;
  let emulator: Emulator;
  beforeAll(async () => {
    dataset = generateDemoData({ seed: 3, events: 4000, days: 30, end: END });
    emulator = await startEmulator({ dataset, silent: true, rateLimit: false });
  });
  afterAll(() => emulator.close());

  it('hold what the ClickHouse-backed emulator answers the client’s event query with', async () => {
    const response = await fetch(`${emulator.url}/api/projects/${dataset.project.id}/query/`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${DEMO_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        query: { kind: 'HogQLQuery', query: eventPageSql(false, 50_000), values: { window_from: new Date(END - 31 * 86_400_000).toISOString(), window_to: new Date(END).toISOString() } },
        refresh: 'force_blocking',
      }),
    });
    const answer = (await response.json()) as { columns: string[]; results: unknown[][] };
    expect(answer.columns).toEqual([...EVENT_COLUMNS]);
    expect(answer.results).toHaveLength(dataset.events.length);
    const zone = timezone(dataset.project.timezone);
    const built = new Map(dataset.events.map((e) => [e.uuid, toApiRow(e, zone)]));
    const differing = answer.results.filter((row) => JSON.stringify(row) !== JSON.stringify(built.get(row[0] as string))).slice(0, 3);
    expect(differing.map((row) => [row, built.get(row[0] as string)])).toEqual([]);
  });
});
