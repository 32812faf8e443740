// The side panel's state: which project it shows. The dashboard model joins it in a later issue.
import { signal } from '@preact/signals';
import type { ExtensionState } from '../../platform/protocol';
import type { ExtensionApi } from '../../platform/extension-api';

export function createSidePanelModel(api: ExtensionApi) {
  const state = signal<ExtensionState | null>(null);
  const error = signal<string | null>(null);
  const stopListening = api.onEvent('stateChanged', (next) => {
    state.value = next;
  });

  async function load(): Promise<void> {
    try {
      state.value = await api.request('getState', null);
      error.value = null;
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
    }
  }

  return { state, error, load, dispose: stopListening };
}

export type SidePanelModel = ReturnType<typeof createSidePanelModel>;
