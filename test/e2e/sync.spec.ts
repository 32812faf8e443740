import type { Page } from '@playwright/test';
import { readStoredEvents } from '../support/stored-events';
import { expect, test } from './fixtures';

const sorted = (values: string[]) => [...values].sort();

async function waitForPhase(popup: Page, label: string, timeout = 60_000) {
  await expect(popup.getByTestId('sync-phase')).toHaveText(label, { timeout });
}

test('a full sync stores exactly the server’s events of the last 90 days, then persons and groups', async ({ demo }) => {
  const popup = await demo.connect();
  await waitForPhase(popup, 'Up to date');
  const stored = await readStoredEvents(popup);
  const expected = await demo.uuidsInSyncedWindow(popup);
  expect(expected.length).toBeGreaterThan(1000);
  expect(await demo.syncedDays(popup)).toBe(90);
  expect(stored.count).toBe(expected.length);
  expect(sorted(stored.uuids)).toEqual(sorted(expected));
  await expect(popup.getByTestId('stored-events')).toContainText(`${expected.length.toLocaleString('en')} events stored`);
  const persons = await popup.evaluate(() => new Promise<number>((resolve) => {
    const open = indexedDB.open('pmf-lens');
    open.onsuccess = () => {
      const request = open.result.transaction('persons').objectStore('persons').count();
      request.onsuccess = () => resolve(request.result);
    };
  }));
  // The persons the synced events name: asked for by their distinct ids, not as whole-table pages.
  const named = new Set(demo.dataset.events.filter((e) => new Set(expected).has(e.uuid)).map((e) => e.distinct_id));
  expect(persons).toBe(demo.dataset.persons.filter((p) => p.distinct_ids.some((id) => named.has(id))).length);
  expect(persons).toBeGreaterThan(100);
});

test('every injected fault is survived with nothing lost or duplicated', async ({ demo }) => {
  // Queued faults answer the next /query/ requests in turn, spread over counting and paging.
  for (const kind of ['rate_limit', 'rate_limit_no_retry_after', 'server_error', 'timeout', 'estimated_too_long', 'memory_limit', 'drop', 'truncate', 'bad_gateway', 'concurrency'] as const) {
    demo.emulator.faults.add({ kind, retryAfter: 1 });
  }
  const popup = await demo.connect();
  await waitForPhase(popup, 'Up to date', 90_000);
  expect(demo.emulator.faults.pending()).toHaveLength(0);
  const stored = await readStoredEvents(popup);
  expect(sorted(stored.uuids)).toEqual(sorted(await demo.uuidsInSyncedWindow(popup)));
  expect(new Set(stored.uuids).size).toBe(stored.count);
});

// Enough events for several pages of 50,000 (the sync sizes its windows to fill ~70% of one).
const MANY_PAGES = { events: 110_000 };

test('a service worker stopped mid-sync resumes from its cursor and ends with the exact set', async ({ demoWith, extension }) => {
  const demo = await demoWith({}, MANY_PAGES);
  // Slow enough that the page fetched ahead is still on its way when the worker is stopped.
  demo.emulator.faults.add({ kind: 'slow', delayMs: 2500, times: 1000 });
  const popup = await demo.connect();
  await expect.poll(async () => (await readStoredEvents(popup)).count, { timeout: 30_000 }).toBeGreaterThan(0);
  const before = (await readStoredEvents(popup)).count;
  // Playwright keeps its Worker object across a stop; CDP's own events say when the worker really stopped.
  const cdp = await extension.context.newCDPSession(popup);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => statuses.push(...versions.map((v) => v.runningStatus)));
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => statuses.includes('stopped')).toBe(true);
  demo.emulator.faults.clear();
  const queriesBeforeStop = demo.emulator.log.entries.length;
  // The open popup's heartbeat wakes the worker within a second or two (not at the minute-long watchdog
  // alarm), and on waking it resumes the interrupted sync by itself: no reload, no click.
  // (The alarm fires once a minute, so an 8 s bound tells the two apart.)
  await expect.poll(() => statuses.lastIndexOf('running') > statuses.indexOf('stopped'), { timeout: 8_000 }).toBe(true);
  await waitForPhase(popup, 'Up to date');
  // The woken worker went on from its committed cursor instead of starting the window again.
  const pageValues = (from: number) => demo.emulator.log.entries.slice(from).filter((e) => e.hogql?.startsWith('SELECT uuid'))
    .map((e) => (e.body as { query: { values: Record<string, string> } }).query.values);
  const firstEver = pageValues(0)[0]!;
  const firstAfterStop = pageValues(queriesBeforeStop)[0]!;
  expect(firstAfterStop.cursor_uuid !== undefined || Date.parse(firstAfterStop.window_from!) > Date.parse(firstEver.window_from!)).toBe(true);
  const stored = await readStoredEvents(popup);
  expect(before).toBeLessThan(stored.count);
  expect(sorted(stored.uuids)).toEqual(sorted(await demo.uuidsInSyncedWindow(popup)));
  expect(new Set(stored.uuids).size).toBe(stored.count);
});

test('an incremental top-up fetches only the new events', async ({ demo }) => {
  const popup = await demo.connect();
  await waitForPhase(popup, 'Up to date');
  const first = await readStoredEvents(popup);
  const syncedAt = Date.now();
  const template = demo.dataset.events.at(-1)!;
  const fresh = Array.from({ length: 30 }, (_, i) => ({
    ...template,
    uuid: `01990000-0000-7000-8000-${String(i).padStart(12, '0')}`,
    timestamp: syncedAt + 100 + i,
  }));
  await popup.waitForTimeout(200);
  await demo.emulator.appendEvents(fresh);
  demo.emulator.log.clear();
  await popup.getByRole('button', { name: 'Sync now' }).click();
  // The phase reads "Up to date" before this run starts too; the stored count is what moves.
  await expect(popup.getByTestId('stored-events')).toContainText(`${(first.count + 30).toLocaleString('en')} events stored`);
  await waitForPhase(popup, 'Up to date');
  const after = await readStoredEvents(popup);
  expect(after.count).toBe(first.count + 30);
  // Only the stretch since the last sync was asked for whole; the stretch already stored only for what PostHog
  // ingested since the first pull began (less the hour of overlap), so late events are not lost.
  type PageValues = { window_from: string; ingested_since?: string };
  const pages = demo.emulator.log.entries.filter((e) => e.hogql?.startsWith('SELECT uuid')).map((e) => (e.body as { query: { values: PageValues } }).query.values);
  const plain = pages.filter((values) => values.ingested_since === undefined);
  const late = pages.filter((values) => values.ingested_since !== undefined);
  expect(plain.length).toBeGreaterThan(0);
  for (const values of plain) expect(Date.parse(values.window_from)).toBeGreaterThan(syncedAt - 60_000);
  expect(late.length).toBeGreaterThan(0);
  for (const values of late) {
    const since = Date.parse(values.ingested_since!);
    expect(since).toBeGreaterThan(syncedAt - 2 * 3_600_000);
    expect(since).toBeLessThan(syncedAt - 3_000_000);
  }
});

test('a key without query:read connects but the sync names the missing scope', async ({ demo }) => {
  const { NO_QUERY_SCOPE_KEY } = await import('../emulator/keys');
  const popup = await demo.connect(NO_QUERY_SCOPE_KEY);
  await waitForPhase(popup, 'Sync failed');
  await expect(popup.getByTestId('sync-error')).toContainText('lacks the "query:read" scope');
});

test('a wrong key, another project’s key, an unknown project and an unreachable host each get their own message', async ({ demo, openPage }) => {
  const { OTHER_PROJECT_KEY } = await import('../emulator/keys');
  const popup = await openPage('popup');
  const attempt = async (host: string, projectId: string, key: string) => {
    await popup.getByLabel('Host').selectOption('custom');
    await popup.getByLabel('Instance URL').fill(host);
    await popup.getByLabel('Project id').fill(projectId);
    await popup.getByLabel('Personal API key').fill(key);
    await popup.getByRole('button', { name: 'Connect' }).click();
    const alert = popup.getByRole('alert');
    await alert.waitFor();
    return alert.innerText();
  };
  const id = String(demo.dataset.project.id);
  expect(await attempt(demo.emulator.url, id, 'phx_wrong_key')).toMatch(/rejected the API key.*personal API key/s);
  expect(await attempt(demo.emulator.url, id, OTHER_PROJECT_KEY)).toContain(`may not read project ${id}`);
  expect(await attempt(demo.emulator.url, '424242', 'phx_wrong_key')).toMatch(/rejected the API key/);
  const { DEMO_KEY } = await import('../emulator/keys');
  expect(await attempt(demo.emulator.url, '424242', DEMO_KEY)).toContain('Project 424242 was not found');
  expect(await attempt('http://127.0.0.1:9', id, DEMO_KEY)).toContain('Could not reach http://127.0.0.1:9');
  expect(await attempt('http://posthog.example.com', id, DEMO_KEY)).toContain('is not HTTPS');
});

test('stop, sync again, resync from scratch and delete local data each do what they say', async ({ demo }) => {
  demo.emulator.faults.add({ kind: 'slow', delayMs: 400, times: 1000 });
  const popup = await demo.connect();
  await expect.poll(async () => (await readStoredEvents(popup)).count, { timeout: 30_000 }).toBeGreaterThan(0);
  await popup.getByRole('button', { name: 'Stop' }).click();
  await waitForPhase(popup, 'Stopped');
  const atStop = (await readStoredEvents(popup)).count;
  await popup.waitForTimeout(1500);
  expect((await readStoredEvents(popup)).count).toBe(atStop);

  demo.emulator.faults.clear();
  await popup.getByRole('button', { name: 'Sync now' }).click();
  await waitForPhase(popup, 'Up to date');
  const expected = sorted(await demo.uuidsInSyncedWindow(popup));
  expect(sorted((await readStoredEvents(popup)).uuids)).toEqual(expected);

  popup.once('dialog', (dialog) => void dialog.accept());
  await popup.getByRole('button', { name: 'Delete local data' }).click();
  await expect(popup.getByTestId('stored-events')).toContainText('0 events stored');
  await expect(popup.getByTestId('sync-phase')).toHaveText('Not synced yet');
  expect((await readStoredEvents(popup)).count).toBe(0);

  await popup.getByLabel('Window', { exact: true }).selectOption('30d');
  await popup.getByRole('button', { name: 'Resync from scratch' }).click();
  await waitForPhase(popup, 'Up to date');
  const thirtyDays = await demo.uuidsInSyncedWindow(popup);
  expect(thirtyDays.length).toBeLessThan(expected.length);
  expect(await demo.syncedDays(popup)).toBe(30);
  expect(sorted((await readStoredEvents(popup)).uuids)).toEqual(sorted(await demo.uuidsInSyncedWindow(popup)));
});

test('a popup opened mid-sync shows the progress: count, estimated total, rate and time left', async ({ demoWith, openPage }) => {
  const demo = await demoWith({}, MANY_PAGES);
  // Slow enough that the next page (asked for while the first is stored) is still on its way when the popup opens.
  demo.emulator.faults.add({ kind: 'slow', delayMs: 3000, times: 1000 });
  const first = await demo.connect();
  await expect.poll(async () => (await readStoredEvents(first)).count, { timeout: 30_000 }).toBeGreaterThan(0);
  await first.close();
  const popup = await openPage('popup');
  await expect(popup.getByTestId('sync-phase')).toHaveText('Pulling events…');
  const reply = await popup.evaluate(() => chrome.runtime.sendMessage({ kind: 'request', name: 'getSync', payload: null }));
  const { fromMs, toMs } = (reply as { value: { status: { fromMs: number; toMs: number } } }).value.status;
  const total = demo.dataset.events.filter((e) => e.timestamp >= fromMs && e.timestamp < toMs).length;
  await expect(popup.getByTestId('sync-counts')).toHaveText(new RegExp(`^[\\d,]+ of ~${total.toLocaleString('en')} events · [\\d,]+/s · .+ left$`));
  await expect(popup.getByRole('progressbar', { name: 'Sync progress' })).toHaveAttribute('aria-valuemax', String(total));
  demo.emulator.faults.clear();
});

test('after a disconnect, connecting another project replaces the stored data instead of mixing it', async ({ demo }) => {
  const { generateDemoData } = await import('../demo-data/generate');
  const { startEmulator } = await import('../emulator/server');
  const { DEMO_KEY } = await import('../emulator/keys');
  const { connectThroughPopup } = await import('../support/connect-through-popup');
  const popup = await demo.connect();
  await waitForPhase(popup, 'Up to date');
  await popup.getByRole('button', { name: 'Disconnect' }).click();
  await expect(popup.getByRole('heading', { name: 'Connect PostHog' })).toBeVisible();
  expect((await readStoredEvents(popup)).count).toBeGreaterThan(0);

  const other = generateDemoData({ seed: 99, events: 3000, days: 30, end: Date.now() });
  const server = await startEmulator({ dataset: other, silent: true });
  try {
    await connectThroughPopup(popup, { url: server.url, projectId: other.project.id, apiKey: DEMO_KEY });
    // The label may still read "Up to date" from the first project; the stored count is what moves.
    await expect(popup.getByTestId('stored-events')).toContainText(`${other.events.length.toLocaleString('en')} events stored`, { timeout: 60_000 });
    await waitForPhase(popup, 'Up to date');
    const stored = await readStoredEvents(popup);
    expect(sorted(stored.uuids)).toEqual(sorted(other.events.map((e) => e.uuid)));
  } finally {
    await server.close();
  }
});
