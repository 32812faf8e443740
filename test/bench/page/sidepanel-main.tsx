/// <reference types="vite/client" />
// The real side panel (src/ui/sidepanel/SidePanelApp.tsx) mounted as extension/sidepanel/main.tsx mounts it: the
// same models, theme and dashboard worker code, over the database the bench stored on this origin. Only the
// extension's APIs are faked (fake-extension-api.ts), and the page times its own first tiles (sidepanel-timing.ts).
// The query gives what the extension would know: ?events=N&timezone=Z&from=D&to=D (the dashboard's saved range).
import { render } from 'preact';
import { createDashboardClient } from '../../../src/ui/dashboard/dashboard-client';
import { createProfileModel } from '../../../src/ui/sidepanel/profile/profile-model';
import { createDashboardModel } from '../../../src/ui/sidepanel/dashboard-model';
import { createImportModel } from '../../../src/ui/sidepanel/import-model';
import { SidePanelApp } from '../../../src/ui/sidepanel/SidePanelApp';
import { createSidePanelModel } from '../../../src/ui/sidepanel/sidepanel-model';
import '../../../src/ui/shared/theme.css';
import { fakeExtensionApi } from './fake-extension-api';
import { recordRequests, watchFirstTiles } from './sidepanel-timing';

const query = new URLSearchParams(location.search);
const from = query.get('from');
const to = query.get('to');
const extensionApi = fakeExtensionApi({
  storedEvents: Number(query.get('events') ?? 0),
  timezone: query.get('timezone') ?? 'UTC',
  choices: from && to ? { range: { from, to } } : undefined,
});
const recorded = recordRequests(new Worker(new URL('./sidepanel.worker.ts', import.meta.url), { type: 'module' }));

// From here on, extension/sidepanel/main.tsx with the recorded worker.
const worker = recorded.worker;
const model = createSidePanelModel(extensionApi);
const client = createDashboardClient(worker);
const dashboard = createDashboardModel(extensionApi, client);
// The customers list and profiles follow the dashboard's B2C/B2B and test-account choices, and refresh with it.
const profiles = createProfileModel(client, () => {
  const result = dashboard.result.value;
  return { business: result?.business, filterTestAccounts: result?.filterTestAccounts };
});
render(<SidePanelApp model={model} imports={createImportModel(extensionApi, () => void dashboard.refresh())} dashboard={dashboard} profiles={profiles} />, document.getElementById('app')!);
// A saved role config changes every number: compute again.
extensionApi.onEvent('roleConfigChanged', () => void dashboard.refresh());
void model.load();
void dashboard.start();

window.panelFirstTiles = watchFirstTiles(() => {
  const result = dashboard.result.value;
  let resultCloneMs: number | null = null;
  if (result) {
    const started = performance.now();
    structuredClone(result);
    resultCloneMs = performance.now() - started;
  }
  return { requests: recorded.requests, timings: result?.timings ?? null, eventCount: result?.eventCount ?? null, resultCloneMs };
});
