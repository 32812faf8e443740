// An ExtensionApi for the side panel outside the extension: a connected project with a complete sync of what the
// bench stored, the dashboard's saved choices given by the bench, no events. What the side panel's first open asks
// for is answered at once; anything else (connect, sync, import…) throws, as the bench never does it.
import type { ExtensionApi } from '../../../src/platform/extension-api';
import type { ExtensionState, SyncView } from '../../../src/platform/protocol';
import { idleStatus } from '../../../src/sources/sync/sync-status';

export interface FakeApiOptions {
  storedEvents: number;
  timezone: string;
  /** What readSetting answers for the dashboard's choices (undefined: the defaults). */
  choices?: unknown;
}

export function fakeExtensionApi({ storedEvents, timezone, choices }: FakeApiOptions): ExtensionApi {
  const now = Date.now();
  const state: ExtensionState = {
    connection: { host: 'https://eu.posthog.com', projectId: 1, projectName: 'Bench project', timezone, connectedAt: new Date(now - 86_400_000).toISOString() },
  };
  const sync: SyncView = {
    status: { ...idleStatus(now), phase: 'complete', stored: storedEvents, lastCompletedAt: now - 60_000, updatedAt: now - 60_000, syncedUntilMs: now - 60_000 },
    storedEvents,
  };
  const unsupported = (what: string) => () => Promise.reject(new Error(`the bench's side panel does not ${what}`));
  return {
    request: ((name: string) => {
      if (name === 'getState') return Promise.resolve(structuredClone(state));
      if (name === 'getSync') return Promise.resolve(structuredClone(sync));
      return Promise.reject(new Error(`the bench's side panel does not answer ${name}`));
    }) as ExtensionApi['request'],
    onEvent: () => () => undefined,
    readSetting: <T>(key: string) => Promise.resolve((key.startsWith('dashboardChoices:') ? choices : undefined) as T | undefined),
    writeSetting: () => Promise.resolve(),
    requestOriginPermission: unsupported('ask for permissions'),
    openSidePanel: unsupported('open a side panel'),
    activeTabUrl: unsupported('know the active tab'),
    openPopupOnRole: unsupported('open the popup'),
  };
}
