import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoData } from '../demo-data/generate';
import { eventToJsonLine } from '../demo-data/jsonl';
import { readStoredEvents } from '../support/stored-events';
import { expect, test } from './fixtures';

test('a JSONL export imports offline through the store path, naming its bad line, and twice stores nothing new', async ({ openPage }) => {
  const dataset = generateDemoData({ seed: 5, events: 3000, days: 20 });
  const lines = dataset.events.map(eventToJsonLine);
  lines.splice(10, 0, '{"uuid": "broken"');
  const folder = mkdtempSync(join(tmpdir(), 'pmf-import-'));
  const path = join(folder, 'export.jsonl');
  writeFileSync(path, `${lines.join('\n')}\n`);

  const panel = await openPage('sidepanel');
  await panel.getByLabel('Events file').setInputFiles(path);
  const status = panel.getByTestId('import-status');
  await expect(status).toContainText(`export.jsonl: ${dataset.events.length.toLocaleString('en')} events stored, 0 already there, 1 unreadable (first: export.jsonl line 11: not valid JSON)`);
  const stored = await readStoredEvents(panel);
  expect(stored.uuids.sort()).toEqual(dataset.events.map((e) => e.uuid).sort());

  await panel.getByLabel('Events file').setInputFiles(path);
  await expect(status).toContainText(`0 events stored, ${dataset.events.length.toLocaleString('en')} already there`);
  expect((await readStoredEvents(panel)).count).toBe(dataset.events.length);
});

test('a query-API JSON response imports too, and a file that is neither says so', async ({ openPage }) => {
  const dataset = generateDemoData({ seed: 6, events: 2000, days: 10 });
  const folder = mkdtempSync(join(tmpdir(), 'pmf-import-'));
  const good = join(folder, 'query.json');
  writeFileSync(good, JSON.stringify({
    columns: ['uuid', 'event', 'timestamp', 'distinct_id', 'person_id', 'properties'],
    results: dataset.events.map((e) => [e.uuid, e.event, new Date(e.timestamp).toISOString(), e.distinct_id, e.person_id, JSON.stringify(e.properties)]),
  }));
  const bad = join(folder, 'notes.json');
  writeFileSync(bad, '{"hello": "world"}');

  const panel = await openPage('sidepanel');
  await panel.getByLabel('Events file').setInputFiles(good);
  await expect(panel.getByTestId('import-status')).toContainText(`${dataset.events.length.toLocaleString('en')} events stored`);
  expect((await readStoredEvents(panel)).count).toBe(dataset.events.length);
  await panel.getByLabel('Events file').setInputFiles(bad);
  await expect(panel.getByRole('alert')).toContainText('notes.json: a JSON file must be a PostHog query-API response with "columns" and "results"');
});
