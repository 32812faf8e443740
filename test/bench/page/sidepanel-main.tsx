/// <reference types="vite/client" />
// The real side panel mounted by the same function extension/sidepanel/main.tsx calls (mountSidePanel): the
// same models, theme and dashboard worker code, over the database the bench stored on this origin. Only the
// extension's APIs are faked (fake-extension-api.ts), and the page times its own first tiles (sidepanel-timing.ts).
// The query gives what the extension would know: ?events=N&timezone=Z&from=D&to=D (the dashboard's saved range).
import { clearCachedDashboard } from '../../../src/store/dashboard-cache';
import { openDatabase } from '../../../src/store/database';
import { mountSidePanel } from '../../../src/ui/sidepanel/mount-side-panel';
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

// From here on, what extension/sidepanel/main.tsx does, with the recorded worker.
const { dashboard } = mountSidePanel(extensionApi, recorded.worker, document.getElementById('app')!);

window.panelFirstTiles = watchFirstTiles(() => {
  const result = dashboard.result.value;
  let resultCloneMs: number | null = null;
  if (result) {
    const started = performance.now();
    structuredClone(result);
    resultCloneMs = performance.now() - started;
  }
  return { requests: recorded.requests, timings: result?.timings ?? null, eventCount: result?.eventCount ?? null, fromCache: result?.fromCache ?? null, resultCloneMs };
});

window.clearDashboardCache = async () => {
  const db = await openDatabase();
  await clearCachedDashboard(db);
  db.close();
};
