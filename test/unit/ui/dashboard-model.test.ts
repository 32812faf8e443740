import { describe, expect, it } from 'vitest';
import type { ExtensionApi } from '../../../src/platform/extension-api';
import type { Events } from '../../../src/platform/protocol';
import type { DashboardClient } from '../../../src/ui/dashboard/dashboard-client';
import type { DashboardQuery, DashboardResult } from '../../../src/ui/dashboard/worker-protocol';
import { readChoices } from '../../../src/ui/sidepanel/dashboard-choices';
import { createDashboardModel } from '../../../src/ui/sidepanel/dashboard-model';

function fakes(stored: Record<string, unknown> = {}) {
  const settings = new Map(Object.entries(stored));
  const listeners = new Map<string, (payload: never) => void>();
  const api = {
    request: (async (name: string) => {
      if (name === 'getState') return { connection: { projectId: 7 } };
      throw new Error(`unexpected ${name}`);
    }) as ExtensionApi['request'],
    onEvent: ((name: string, listener: (payload: never) => void) => {
      listeners.set(name, listener);
      return () => listeners.delete(name);
    }) as ExtensionApi['onEvent'],
    readSetting: async (key: string) => settings.get(key),
    writeSetting: async (key: string, value: unknown) => void settings.set(key, value),
  } as unknown as ExtensionApi;
  const queries: DashboardQuery[] = [];
  const answers: ((result: DashboardResult) => void)[] = [];
  let invalidations = 0;
  const client: DashboardClient = {
    dashboard: (query) => {
      queries.push(query);
      return new Promise((resolve) => answers.push(resolve));
    },
    invalidate: async () => void invalidations++,
  } as DashboardClient;
  const emit = <N extends keyof Events>(name: N, payload: Events[N]) => listeners.get(name)?.(payload as never);
  return { api, client, settings, queries, answers, emit, invalidations: () => invalidations };
}

const resultFor = (from: string) => ({ output: { range: { from } }, comparison: null }) as unknown as DashboardResult;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('dashboard model', () => {
  it('starts with the project\'s saved choices and asks the worker for them', async () => {
    const f = fakes({ 'dashboardChoices:7': { range: { preset: 'last_90' }, compare: true, business: 0, filterTestAccounts: false } });
    const model = createDashboardModel(f.api, f.client);
    void model.start();
    await flush();
    expect(f.queries[0]).toEqual({ preset: 'last_90', compare: true, business: { type: 'b2b', groupTypeIndex: 0 }, filterTestAccounts: false });
  });

  it('keeps a choice for the project and computes again with it', async () => {
    const f = fakes();
    const model = createDashboardModel(f.api, f.client);
    void model.start();
    await flush();
    model.choose({ range: { from: '2026-01-01', to: '2026-01-31' } });
    await flush();
    expect(f.queries.at(-1)).toEqual({ from: '2026-01-01', to: '2026-01-31', compare: false });
    expect(readChoices(f.settings.get('dashboardChoices:7')).range).toEqual({ from: '2026-01-01', to: '2026-01-31' });
  });

  it('shows the answer to the latest question even when an earlier one arrives last', async () => {
    const f = fakes();
    const model = createDashboardModel(f.api, f.client);
    void model.start();
    await flush();
    model.choose({ range: { preset: 'last_7' } });
    await flush();
    f.answers[1]!(resultFor('latest'));
    await flush();
    f.answers[0]!(resultFor('stale'));
    await flush();
    expect(model.result.value?.output.range.from).toBe('latest');
    expect(model.computing.value).toBe(false);
  });

  it('offers the previous period as a result of its own when the worker compared', async () => {
    const f = fakes();
    const model = createDashboardModel(f.api, f.client);
    void model.start();
    await flush();
    f.answers[0]!({ ...resultFor('now'), comparison: { range: { from: 'before' } } } as unknown as DashboardResult);
    await flush();
    expect(model.comparison.value?.output.range.from).toBe('before');
  });

  it('reads the stored data again when a sync completes', async () => {
    const f = fakes();
    const model = createDashboardModel(f.api, f.client);
    void model.start();
    await flush();
    f.emit('syncProgress', { status: { phase: 'complete', lastCompletedAt: 5 }, storedEvents: 10 } as Events['syncProgress']);
    await flush();
    expect(f.invalidations()).toBe(1);
    expect(f.queries).toHaveLength(2);
  });
});

describe('readChoices', () => {
  it('falls back to defaults for anything it does not recognise', () => {
    expect(readChoices({ range: { from: '2026-02-30', to: '2026-03-01' }, compare: 'yes', business: -1, filterTestAccounts: 1 })).toEqual({
      range: { preset: 'last_30' }, compare: false, business: null, filterTestAccounts: null,
    });
    expect(readChoices({ range: { from: '2026-03-02', to: '2026-03-01' } }).range).toEqual({ preset: 'last_30' });
    expect(readChoices(null).range).toEqual({ preset: 'last_30' });
  });
});
