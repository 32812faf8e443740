// The dashboard in a Web Worker over the events the bench stored: what the side panel does when it opens.
// Persons and the role config go into the same database first, as a sync and the popup would leave them.
import type { PersonInfo } from '../../../src/core/events/event-table';
import { openDatabase } from '../../../src/store/database';
import { putPersons } from '../../../src/store/persons';
import { ROLE_CONFIG_META_KEY } from '../../../src/store/role-config-store';
import { putMeta } from '../../../src/store/meta';
import { createDashboardClient } from '../../../src/ui/dashboard/dashboard-client';

export interface WorkerDashboardTimings {
  /** First open: read the store + prepare + every tile, as the side panel's first paint waits for. */
  firstMs: number;
  loadMs: number;
  prepareMs: number;
  computeMs: number;
  /** Another range on the prepared data (what a range change costs). */
  againMs: number;
  events: number;
}

/** Persons and the role config, as a sync and the popup leave them beside the events. */
export async function putDashboardInputs(dbName: string, personsJson: string, configText: string): Promise<void> {
  const db = await openDatabase({ name: dbName });
  await putPersons(db, JSON.parse(personsJson) as PersonInfo[]);
  await putMeta(db, ROLE_CONFIG_META_KEY, configText);
  db.close();
}

export async function dashboardInWorker(dbName: string, personsJson: string, configText: string, from: string, to: string): Promise<WorkerDashboardTimings> {
  await putDashboardInputs(dbName, personsJson, configText);
  const worker = new Worker(new URL('./dashboard-worker.ts', import.meta.url), { type: 'module' });
  worker.postMessage({ db: dbName });
  const client = createDashboardClient(worker);
  let started = performance.now();
  const first = await client.dashboard({ from, to });
  const firstMs = performance.now() - started;
  if (!first) throw new Error('The dashboard worker found no events in the bench database.');
  started = performance.now();
  await client.dashboard({ from: to.slice(0, 8) + '01', to });
  const againMs = performance.now() - started;
  worker.terminate();
  return { firstMs, ...first.timings, againMs, events: first.eventCount };
}
