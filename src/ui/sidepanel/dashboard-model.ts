// The dashboard as the side panel holds it: computed in the worker for the user's choices (kept per project),
// again when a sync or an import brings new data or the roles change.
import { computed, signal } from '@preact/signals';
import type { ExtensionApi } from '../../platform/extension-api';
import type { DashboardClient } from '../dashboard/dashboard-client';
import type { DashboardResult } from '../dashboard/worker-protocol';
import { choicesKey, choicesQuery, DEFAULT_CHOICES, readChoices, type DashboardChoices } from './dashboard-choices';

export function createDashboardModel(api: ExtensionApi, client: DashboardClient) {
  const result = signal<DashboardResult | null>(null);
  const computing = signal(false);
  const error = signal<string | null>(null);
  const choices = signal<DashboardChoices>(DEFAULT_CHOICES);
  /** The previous period as a result of its own, for the charts to overlay. */
  const comparison = computed<DashboardResult | null>(() => {
    const current = result.value;
    return current?.comparison ? { ...current, output: current.comparison, comparison: null } : null;
  });
  let settingsKey = choicesKey(null);
  let projectId: number | null | undefined;
  // Answers can arrive out of order when the user clicks quickly; only the latest question's answer is shown.
  let asked = 0;

  async function compute(): Promise<void> {
    const ticket = ++asked;
    computing.value = true;
    try {
      const next = await client.dashboard(choicesQuery(choices.value));
      if (ticket !== asked) return;
      result.value = next;
      error.value = null;
    } catch (e) {
      if (ticket === asked) error.value = e instanceof Error ? e.message : String(e);
    } finally {
      if (ticket === asked) computing.value = false;
    }
  }

  async function loadChoices(projectId: number | null): Promise<void> {
    settingsKey = choicesKey(projectId);
    // A setting that cannot be read is a default, not an error worth a message.
    choices.value = readChoices(await api.readSetting<unknown>(settingsKey).catch(() => undefined));
  }

  /** Reads the project's saved choices, then computes. */
  async function start(): Promise<void> {
    const state = await api.request('getState', null).catch(() => null);
    projectId = state?.connection?.projectId ?? null;
    await loadChoices(projectId);
    await compute();
  }

  function choose(change: Partial<DashboardChoices>): void {
    choices.value = { ...choices.value, ...change };
    void api.writeSetting(settingsKey, choices.value).catch(() => undefined);
    void compute();
  }

  let lastCompleted: number | null = null;
  const stops = [
    api.onEvent('syncProgress', (view) => {
      const completed = view.status.phase === 'complete' ? view.status.lastCompletedAt : null;
      const emptied = view.storedEvents === 0 && result.value !== null;
      if ((completed !== null && completed !== lastCompleted) || emptied) {
        lastCompleted = completed;
        void client.invalidate().then(compute);
      }
    }),
    // Another project's data replaces this one's: its own choices apply.
    api.onEvent('stateChanged', (state) => {
      const next = state.connection?.projectId ?? null;
      if (projectId !== undefined && next !== projectId) void loadChoices(next).then(refresh);
      projectId = next;
    }),
  ];

  /** Stored data or the roles changed outside a sync (a file import, a saved role): read them again. */
  const refresh = () => client.invalidate().then(compute);

  return { result, comparison, computing, error, choices, start, choose, compute, refresh, dispose: () => stops.forEach((stop) => stop()) };
}

export type DashboardModel = ReturnType<typeof createDashboardModel>;
