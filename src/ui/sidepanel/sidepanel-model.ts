// The side panel's state: which project it shows and what is stored. The dashboard model joins it later.
import { signal } from '@preact/signals';
import type { ExtensionApi } from '../../platform/extension-api';
import type { ExtensionState, SyncView } from '../../platform/protocol';

export function createSidePanelModel(api: ExtensionApi) {
  const state = signal<ExtensionState | null>(null);
  const sync = signal<SyncView | null>(null);
  const error = signal<string | null>(null);
  const stops = [
    api.onEvent('stateChanged', (next) => {
      state.value = next;
    }),
    api.onEvent('syncProgress', (next) => {
      sync.value = next;
    }),
  ];

  async function load(): Promise<void> {
    try {
      [state.value, sync.value] = await Promise.all([api.request('getState', null), api.request('getSync', null)]);
      error.value = null;
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
    }
  }

  /** A tile's "Set up <role>" button: the popup opens on that role's editor. */
  async function configureRole(role: string): Promise<void> {
    try {
      await api.openPopupOnRole(role);
    } catch (e) {
      error.value = `The popup did not open: ${e instanceof Error ? e.message : String(e)}. Open it from the toolbar and edit the ${role} role.`;
    }
  }

  return { state, sync, error, load, configureRole, dispose: () => stops.forEach((stop) => stop()) };
}

export type SidePanelModel = ReturnType<typeof createSidePanelModel>;
