// Syncs against PostHog as it really behaves (issue 10), on the emulator whose HogQL runs on embedded ClickHouse:
// late-ingested events, persons tables too big for one query, each way PostHog stores a property, 512/513
// answers (sync.spec.ts), the legacy 120-an-hour query limit, and persons merged, deleted and changed.
import type { Page } from '@playwright/test';
import type { DemoEvent } from '../demo-data/types';
import { DEMO_KEY } from '../emulator/keys';
import { readStoredEvents } from '../support/stored-events';
import { eventToJsonLine } from '../demo-data/jsonl';
import { buildEventTable } from '../../src/core/engine/event-table-builder';
import { resolveActors } from '../../src/core/engine/actors';
import { parseJsonLines } from '../../src/sources/file-import/parse-import';
import { expect, test } from './fixtures';

const DAY = 86_400_000;
const sorted = (values: Iterable<string>) => [...values].sort();

async function waitForPhase(popup: Page, label: string, timeout = 90_000) {
  await expect(popup.getByTestId('sync-phase')).toHaveText(label, { timeout });
}

async function workerRequest<T>(page: Page, name: string, payload: unknown): Promise<T> {
  const reply = (await page.evaluate(([n, p]) => chrome.runtime.sendMessage({ kind: 'request', name: n, payload: p }), [name, payload] as const)) as { ok?: boolean; value?: T; error?: { message: string } };
  if (reply.error) throw new Error(reply.error.message);
  return reply.value as T;
}

interface StoredPerson {
  id: string;
  distinct_ids: string[];
  properties: Record<string, unknown>;
}

/** Every stored person, and the distinct-id → person links, straight from IndexedDB. */
async function readStoredPeople(page: Page): Promise<{ persons: StoredPerson[]; links: Record<string, string> }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('pmf-lens');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T,>(store: string) => new Promise<T[]>((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result as T[]);
      request.onerror = () => reject(request.error);
    });
    const persons = (await all<StoredPerson>('persons')).map((p) => ({ id: p.id, distinct_ids: [...p.distinct_ids].sort(), properties: p.properties }));
    const links = Object.fromEntries((await all<{ distinctId: string; personId: string }>('distinctIds')).map((l) => [l.distinctId, l.personId]));
    db.close();
    return { persons, links };
  });
}

/** A few events at old client times that PostHog ingests only now (a mobile queue flushed, a batch import). */
function lateEvents(template: DemoEvent, count: number, firstUuid: number): DemoEvent[] {
  const now = Date.now();
  return Array.from({ length: count }, (_, i) => ({
    ...template,
    uuid: `01990000-0000-7000-8000-${String(firstUuid + i).padStart(12, '0')}`,
    timestamp: now - (2 + (i * 53) % 80) * DAY - i * 1000,
    created_at: now,
  }));
}

test('events ingested late with old timestamps are all stored by the next top-up', async ({ demo }) => {
  const popup = await demo.connect();
  await waitForPhase(popup, 'Up to date');
  const first = await readStoredEvents(popup);
  const late = lateEvents(demo.dataset.events.at(-1)!, 40, 1);
  await demo.emulator.appendEvents(late);
  await popup.getByRole('button', { name: 'Sync now' }).click();
  await expect(popup.getByTestId('stored-events')).toContainText(`${(first.count + 40).toLocaleString('en')} events stored`);
  await waitForPhase(popup, 'Up to date');
  const after = await readStoredEvents(popup);
  expect(sorted(after.uuids)).toEqual(sorted([...first.uuids, ...late.map((e) => e.uuid)]));
  expect(new Set(after.uuids).size).toBe(after.count);
});

test('a persons table too big for one query: the sync still completes with every person, in small rounds', async ({ demoWith }) => {
  // Any query that has ClickHouse read more than 300 rows of persons or distinct ids times out (504), as an
  // unpaged query over a large team's tables does in PostHog.
  const demo = await demoWith({ slowTables: [{ table: 'persons', maxRowsRead: 300 }, { table: 'person_distinct_ids', maxRowsRead: 300 }] }, { events: 40_000 });
  expect(demo.dataset.persons.length).toBeGreaterThan(400);
  const popup = await demo.connect();
  await waitForPhase(popup, 'Up to date', 120_000);
  const synced = new Set(await demo.uuidsInSyncedWindow(popup));
  const named = new Set(demo.dataset.events.filter((e) => synced.has(e.uuid)).map((e) => e.distinct_id));
  const expected = demo.dataset.persons.filter((p) => p.distinct_ids.some((id) => named.has(id)));
  const { persons } = await readStoredPeople(popup);
  expect(persons.length).toBe(expected.length);
  expect(sorted(persons.map((p) => p.id))).toEqual(sorted(expected.map((p) => p.id)));
  const metadata = demo.emulator.log.entries.filter((e) => /FROM (persons|person_distinct_ids)/.test(e.hogql ?? ''));
  // Some rounds were too big and were split; the sync got there anyway.
  expect(metadata.some((e) => e.status === 504)).toBe(true);
  expect(metadata.at(-1)?.status).toBe(200);
});

test('each way PostHog stores a property gives the same kept values and the same dashboard', async ({ demoWith, openPage }) => {
  const kept = ['subject', 'status', 'amount', '$pathname', '$current_url', '$exception_fingerprint'];
  const crafted = (template: DemoEvent): DemoEvent[] => Array.from({ length: 12 }, (_, i) => ({
    ...template,
    uuid: `01980000-0000-7000-8000-${String(i).padStart(12, '0')}`,
    event: 'form check',
    timestamp: Date.now() - (i + 1) * 3_600_000,
    properties: { ...template.properties, subject: `Say "hi"\n\\ é ${i % 3}`, status: i % 2 ? 'open' : 'closed', amount: i % 2 ? 12.5 : 7, $pathname: '/a"b\\c' },
  }));
  const forms = [
    {},
    { propertyForms: { keys: Object.fromEntries(kept.map((key) => [key, 'materialized' as const])) } },
    { propertyForms: { default: 'group' as const, keys: { amount: 'numeric' as const } } },
  ];
  const seen: { values: unknown; tiles: string[] }[] = [];
  const popup = await openPage('popup');
  for (const options of forms) {
    const demo = await demoWith(options);
    await demo.emulator.appendEvents(crafted(demo.dataset.events.at(-1)!));
    const { connectThroughPopup } = await import('../support/connect-through-popup');
    const connectedAt = Date.now();
    await connectThroughPopup(popup, { url: demo.emulator.url, projectId: demo.dataset.project.id, apiKey: DEMO_KEY });
    // The label may still say "Up to date" of the previous server: wait for this project's own completed run.
    await expect.poll(async () => (await workerRequest<{ status: { phase: string; lastCompletedAt: number | null } }>(popup, 'getSync', null)).status, { timeout: 90_000 })
      .toMatchObject({ phase: 'complete', lastCompletedAt: expect.any(Number) });
    const done = (await workerRequest<{ status: { lastCompletedAt: number }; storedEvents: number }>(popup, 'getSync', null));
    expect(done.status.lastCompletedAt).toBeGreaterThan(connectedAt);
    expect(done.storedEvents).toBe((await demo.uuidsInSyncedWindow(popup)).length + 12);
    const values: Record<string, unknown> = {};
    for (const key of kept) values[key] = await workerRequest(popup, 'getPropertyValues', { event: 'form check', key });
    for (const key of ['$pathname', '$exception_fingerprint', 'subject']) values[`any:${key}`] = await workerRequest(popup, 'getPropertyValues', { event: key === 'subject' ? 'support ticket created' : key === '$pathname' ? '$pageview' : '$exception', key });
    const tiles = await tileValues(openPage);
    seen.push({ values, tiles });
    // The forms really differ on PostHog's side: properties['subject'] itself comes back escaped from the JSON.
    const direct = await fetch(`${demo.emulator.url}/api/projects/${demo.dataset.project.id}/query/`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${DEMO_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: { kind: 'HogQLQuery', query: "SELECT properties['subject'] FROM events WHERE event = 'form check' LIMIT 1" }, refresh: 'force_blocking' }),
    }).then((r) => r.json() as Promise<{ results?: string[][]; detail?: string }>);
    if (!direct.results) throw new Error(`the emulator refused properties['subject']: ${direct.detail}`);
    (seen.at(-1) as { direct?: string }).direct = direct.results[0]?.[0];
  }
  expect(seen[0]!.values).toEqual(expect.objectContaining({ subject: expect.arrayContaining([{ value: 'Say "hi"\n\\ é 0', count: 4 }]) }));
  expect(seen[0]!.values).toEqual(expect.objectContaining({ amount: expect.arrayContaining([{ value: '12.5', count: 6 }, { value: '7', count: 6 }]) }));
  for (const other of seen.slice(1)) {
    expect(other.values).toEqual(seen[0]!.values);
    expect(other.tiles).toEqual(seen[0]!.tiles);
  }
  const directs = seen.map((s) => (s as { direct?: string }).direct);
  expect(directs[0]).toContain('\\"hi\\"');
  expect(directs[1]).toContain('"hi"');
  expect(directs[1]).not.toContain('\\"');
});

test('on PostHog’s legacy hourly query limit the sync waits, says so with the time left, and finishes', async ({ demoWith }) => {
  // 120 an hour, compressed: 3 queries per 10-second "hour" (the sync needs about eight).
  const demo = await demoWith({ rateLimit: { queryPerHour: 3, hourMs: 10_000 } }, { events: 4_000 });
  const popup = await demo.connect();
  await expect(popup.getByTestId('sync-waiting')).toContainText(/rate-limiting.*Trying again in \d+ s/s, { timeout: 60_000 });
  await waitForPhase(popup, 'Up to date', 120_000);
  const stored = await readStoredEvents(popup);
  expect(sorted(stored.uuids)).toEqual(sorted(await demo.uuidsInSyncedWindow(popup)));
  expect(demo.emulator.log.entries.some((e) => e.status === 429)).toBe(true);
});

test('persons merged, deleted and changed in PostHog: after a top-up, persons and actors are as after a fresh sync', async ({ demo, openPage }) => {
  const popup = await demo.connect();
  await waitForPhase(popup, 'Up to date');
  const before = await readStoredPeople(popup);
  const stored = new Set(before.persons.map((p) => p.id));
  const candidates = demo.dataset.persons.filter((p) => stored.has(p.id));
  const namedIds = (p: { distinct_ids: string[] }) => p.distinct_ids.filter((id) => before.links[id] !== undefined).length;
  const identified = candidates.filter((p) => p.distinct_ids.length > 1 && namedIds(p) > 1);
  const anonymous = candidates.filter((p) => p.distinct_ids.length === 1 && namedIds(p) === 1);
  const [survivor, changed] = identified;
  const [mergedAway, deleted] = anonymous;
  await demo.emulator.mergePersons(mergedAway!.id, survivor!.id);
  await demo.emulator.deletePerson(deleted!.id);
  await demo.emulator.setPersonProperties(changed!.id, { plan: 'enterprise', email: 'renamed@demo-saas.example' });

  await popup.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(async () => (await readStoredPeople(popup)).persons.some((p) => p.id === deleted!.id), { timeout: 60_000 }).toBe(false);
  await waitForPhase(popup, 'Up to date');
  const topUp = await readStoredPeople(popup);
  // Distinct ids as far as the synced events name them.
  const named = new Set(Object.keys(before.links));
  expect(topUp.persons.find((p) => p.id === survivor!.id)?.distinct_ids).toEqual(sorted([...survivor!.distinct_ids, ...mergedAway!.distinct_ids].filter((id) => named.has(id))));
  expect(topUp.persons.some((p) => p.id === mergedAway!.id)).toBe(false);
  expect(topUp.links[deleted!.distinct_ids[0]!]).toBeUndefined();
  expect(topUp.persons.find((p) => p.id === changed!.id)?.properties).toMatchObject({ plan: 'enterprise', email: 'renamed@demo-saas.example' });
  const tilesAfterTopUp = await tileValues(openPage);

  await popup.getByRole('button', { name: 'Resync from scratch' }).click();
  await expect(popup.getByTestId('sync-phase')).not.toHaveText('Up to date');
  await waitForPhase(popup, 'Up to date');
  const fresh = await readStoredPeople(popup);
  expect(topUp.persons).toEqual(fresh.persons);
  expect(topUp.links).toEqual(fresh.links);
  expect(await tileValues(openPage)).toEqual(tilesAfterTopUp);

  // The engine over the synced events with the stored persons: the merged-away person's events count for the
  // survivor, the deleted person's for its distinct id (PostHog's personless rule), none for a bare UUID.
  const synced = new Set(await demo.uuidsInSyncedWindow(popup));
  const { batch } = parseJsonLines(demo.dataset.events.filter((e) => synced.has(e.uuid)).map(eventToJsonLine), 1, 'synced');
  const { table } = buildEventTable([batch]);
  const actors = resolveActors(table, { kind: 'person' }, fresh.persons.map((p) => ({ ...p, created_at: NaN })), []);
  // Events of a person id, by their distinct ids (the table keeps uuids as bytes).
  const actorIdsFor = (personId: string) => {
    const distinct = new Set(demo.dataset.events.filter((e) => synced.has(e.uuid) && e.person_id === personId).map((e) => e.distinct_id));
    const ids = new Set<string>();
    for (let i = 0; i < table.count; i++) if (table.personIds[table.person[i]!] === personId && distinct.has(table.distinctIds[table.distinct[i]!]!)) ids.add(actors.ids[actors.actor[i]!]!);
    return [...ids];
  };
  expect(actorIdsFor(mergedAway!.id)).toEqual([survivor!.id]);
  expect(actorIdsFor(deleted!.id)).toEqual([deleted!.distinct_ids[0]]);
});

/** The side panel's headline numbers, read off the screen. */
async function tileValues(openPage: (name: 'popup' | 'sidepanel') => Promise<Page>): Promise<string[]> {
  const panel = await openPage('sidepanel');
  await expect(panel.getByTestId('tile-weekly_active').getByTestId('value')).toBeVisible({ timeout: 30_000 });
  const values: string[] = [];
  for (const tile of ['weekly_active', 'monthly_active', 'signups', 'paying_customers', 'signup_conversion', 'free_to_paid', 'sessions']) {
    values.push(await panel.getByTestId(`tile-${tile}`).getByTestId('value').innerText());
  }
  await panel.close();
  return values;
}
