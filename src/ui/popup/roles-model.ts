// The popup's view of the role configuration: read from the worker, exported as a file, imported from one.
import { computed, signal } from '@preact/signals';
import { parseRoleConfig } from '../../core/config/parse-role-config';
import type { ExtensionApi } from '../../platform/extension-api';
import type { RoleConfigView } from '../../platform/protocol';

export function createRolesModel(api: ExtensionApi) {
  const view = signal<RoleConfigView | null>(null);
  const error = signal<string | null>(null);
  const saved = signal(false);
  const config = computed(() => (view.value ? parseRoleConfig(JSON.parse(view.value.text)) : null));
  const stops = [
    api.onEvent('roleConfigChanged', (next) => {
      view.value = next;
    }),
    // The first sync brings the project's own config from PostHog.
    api.onEvent('syncProgress', (next) => {
      if (next.status.phase === 'complete' && view.value?.source !== 'saved') void load();
    }),
  ];

  async function load(): Promise<void> {
    try {
      view.value = await api.request('getRoleConfig', null);
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
    }
  }

  /** Imports a config file exported before (DESIGN §4); a wrong field is named with its path, nothing saved. */
  async function importText(text: string): Promise<void> {
    saved.value = false;
    try {
      view.value = await api.request('saveRoleConfig', { text });
      error.value = null;
      saved.value = true;
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
    }
  }

  return { view, config, error, saved, load, importText, dispose: () => stops.forEach((stop) => stop()) };
}

export type RolesModel = ReturnType<typeof createRolesModel>;
