// The background service worker: answers the pages' requests. Logic lives in src/; this file only wires it.
import { describeError } from '../src/core/user-error';
import { browser } from '../src/platform/browser';
import { broadcast, handleRequests } from '../src/platform/messages';
import { hasOriginPermission } from '../src/platform/permissions';
import type { ExtensionState } from '../src/platform/protocol';
import { connectProject } from '../src/sources/posthog/connect-project';
import { clearConnection, loadConnection, saveConnection, summarizeConnection } from '../src/store/connection-store';

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
    ping: async () => ({ version: browser.runtime.getManifest().version }),
    getState: currentState,
    connect: async (input) => {
      const connected = await connectProject(input, { fetch: (url, init) => fetch(url, init), hasOriginPermission, now: () => new Date() });
      await saveConnection(connected);
      await announce();
      return summarizeConnection(connected)!;
    },
    disconnect: async () => {
      await clearConnection();
      return announce();
    },
  },
  describeError,
);
