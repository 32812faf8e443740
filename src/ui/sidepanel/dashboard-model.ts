// The dashboard as the side panel holds it: computed in the worker, again when a sync brings new data.
import { signal } from '@preact/signals';
import type { ExtensionApi } from '../../platform/extension-api';
import type { DashboardClient } from '../dashboard/dashboard-client';
import type { DashboardQuery, DashboardResult } from '../dashboard/worker-protocol';

export function createDashboardModel(api: ExtensionApi, client: DashboardClient) {
  const result = signal<DashboardResult | null>(null);
  const computing = signal(false);
  const error = signal<string | null>(null);
  const query = signal<DashboardQuery>({});

  async function compute(): Promise<void> {
    computing.value = true;
    try {
      result.value = await client.dashboard(query.value);
      error.value = null;
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
    } finally {
      computing.value = false;
    }
  }

  let lastCompleted: number | null = null;
  const stop = api.onEvent('syncProgress', (view) => {
    const completed = view.status.phase === 'complete' ? view.status.lastCompletedAt : null;
    const emptied = view.storedEvents === 0 && result.value !== null;
    if ((completed !== null && completed !== lastCompleted) || emptied) {
      lastCompleted = completed;
      void client.invalidate().then(compute);
    }
  });

  /** Stored data changed outside a sync (a file import): read it again. */
  const refresh = () => client.invalidate().then(compute);

  return { result, computing, error, query, compute, refresh, dispose: stop };
}

export type DashboardModel = ReturnType<typeof createDashboardModel>;
