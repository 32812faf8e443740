// The popup's view of the sync: status from the worker (pushed while it runs), and the actions on it.
import { signal } from '@preact/signals';
import type { ExtensionApi } from '../../platform/extension-api';
import type { SyncView } from '../../platform/protocol';
import type { SyncMode } from '../../sources/sync/sync-plan';
import type { SyncWindowPreset } from '../../sources/sync/sync-status';

export function createSyncModel(api: ExtensionApi) {
  const view = signal<SyncView | null>(null);
  const preset = signal<SyncWindowPreset | null>(null);
  const error = signal<string | null>(null);
  const stopListening = api.onEvent('syncProgress', (next) => {
    view.value = next;
  });

  async function run(action: () => Promise<SyncView>): Promise<void> {
    try {
      error.value = null;
      view.value = await action();
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
    }
  }

  return {
    view,
    preset,
    error,
    load: () => run(() => api.request('getSync', null)),
    start: (mode: SyncMode) => run(() => api.request('startSync', { mode, preset: preset.value ?? view.value?.status.preset })),
    stop: () => run(() => api.request('stopSync', null)),
    deleteLocalData: () => run(() => api.request('deleteLocalData', null)),
    choosePreset: (value: SyncWindowPreset) => {
      preset.value = value;
    },
    dispose: stopListening,
  };
}

export type SyncModel = ReturnType<typeof createSyncModel>;
