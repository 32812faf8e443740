// The background service worker: answers the pages' requests and runs the sync. Logic lives in src/; this
// file only wires it. Listeners are registered at the top level, so the message or alarm that woke the worker
// finds them.
import { describeError } from '../src/core/user-error';
import { ensureAlarm, keepWorkerAlive, onAlarm } from '../src/platform/alarms';
import { browser } from '../src/platform/browser';
import { broadcast, handleRequests } from '../src/platform/messages';
import { hasOriginPermission } from '../src/platform/permissions';
import type { ExtensionState } from '../src/platform/protocol';
import { createImportSession } from '../src/sources/file-import/import-session';
import { connectProject } from '../src/sources/posthog/connect-project';
import { createSyncController } from '../src/sources/sync/sync-controller';
import { clearConnection, loadConnection, saveConnection, summarizeConnection } from '../src/store/connection-store';
import { claimStoredData } from '../src/store/data-owner';
import { databaseHandle } from '../src/store/database-handle';
import { openEventWriter } from '../src/store/event-writer';
import { loadRoleConfig } from '../src/store/role-config-store';
import { roleConfigView, saveRoleConfigText } from '../src/store/role-config-view';
import { roleSuggestions } from '../src/store/role-suggestions';
import { parseRole } from '../src/core/config/parse-matcher';
import { eventCatalog } from '../src/store/event-catalog';
import { eventPropertyKeys, propertyValues } from '../src/store/event-properties';
import { postHogRoleConfig } from '../src/store/posthog-role-config';
import { previewRoleMatchers } from '../src/store/role-preview-store';

const WATCHDOG = 'sync-watchdog';
const TOP_UP = 'sync-top-up';
const db = databaseHandle();
const sync = createSyncController({
  db,
  connection: loadConnection,
  fetch: (url, init) => fetch(url, init),
  now: () => Date.now(),
  publish: (view) => broadcast('syncProgress', view),
  keepAlive: keepWorkerAlive,
});
// At every start of the worker (a page's message, an alarm, the browser), an interrupted sync goes on.
const resumed = sync.resumeIfInterrupted().catch(() => undefined);
const importPiece = createImportSession({ writer: async () => openEventWriter(await db(), { compaction: 'inline' }), busy: sync.isActive });

async function currentState(): Promise<ExtensionState> {
  return { connection: summarizeConnection(await loadConnection()) };
}

async function announce(): Promise<ExtensionState> {
  const state = await currentState();
  broadcast('stateChanged', state);
  return state;
}

handleRequests(
  {
    ping: async () => {
      await resumed;
      return { version: browser.runtime.getManifest().version, syncing: sync.isActive() };
    },
    getState: currentState,
    connect: async (input) => {
      const connected = await connectProject(input, { fetch: (url, init) => fetch(url, init), hasOriginPermission, now: () => new Date() });
      await sync.stop();
      await claimStoredData(await db(), { origin: connected.origin, projectId: connected.projectId });
      await saveConnection(connected);
      await announce();
      await sync.start('update');
      return summarizeConnection(connected)!;
    },
    disconnect: async () => {
      await sync.stop();
      await clearConnection();
      return announce();
    },
    getSync: sync.view,
    startSync: ({ mode, preset }) => sync.start(mode, preset),
    stopSync: sync.stop,
    deleteLocalData: sync.deleteLocalData,
    importEvents: importPiece,
    getRoleConfig: async () => roleConfigView(await db()),
    saveRoleConfig: async ({ text }) => {
      const view = await saveRoleConfigText(await db(), text);
      broadcast('roleConfigChanged', view);
      return view;
    },
    getSuggestions: async () => {
      const database = await db();
      return roleSuggestions(database, (await loadRoleConfig(database)).config);
    },
    getEventCatalog: async () => eventCatalog(await db(), Date.now()),
    getEventProperties: async ({ event }) => eventPropertyKeys(await db(), event),
    getPropertyValues: async ({ event, key }) => propertyValues(await db(), event, key),
    // Checked like a config file's role: a page could send anything.
    previewRole: async ({ matchers }) => previewRoleMatchers(await db(), parseRole(matchers, 'matchers'), Date.now()),
    getPostHogRoleConfig: async () => postHogRoleConfig(await db()),
  },
  describeError,
);

onAlarm(WATCHDOG, () => void sync.resumeIfInterrupted());
onAlarm(TOP_UP, () => void sync.topUpIfIdle());
void ensureAlarm(WATCHDOG, 1);
void ensureAlarm(TOP_UP, 60);
