// The popup's view of the role configuration: read from the worker, exported as a file, imported from one.
import { computed, signal } from '@preact/signals';
import { parseRoleConfig } from '../../core/config/parse-role-config';
import type { Matcher } from '../../core/config/role-config';
import { serializeRoleConfig } from '../../core/config/serialize-role-config';
import type { RoleName } from '../../core/engine/prepared-data';
import type { RoleSuggestions } from '../../store/role-suggestions';
import type { ExtensionApi } from '../../platform/extension-api';
import type { RoleConfigView } from '../../platform/protocol';

export function createRolesModel(api: ExtensionApi) {
  const view = signal<RoleConfigView | null>(null);
  const error = signal<string | null>(null);
  const saved = signal(false);
  const suggestions = signal<RoleSuggestions | null>(null);
  const config = computed(() => (view.value ? parseRoleConfig(JSON.parse(view.value.text)) : null));
  const stops = [
    api.onEvent('roleConfigChanged', (next) => {
      view.value = next;
    }),
    // The first sync brings the project's own config from PostHog.
    api.onEvent('syncProgress', (next) => {
      if (next.status.phase === 'complete') {
        if (view.value?.source !== 'saved') void load();
        void loadSuggestions();
      }
    }),
  ];

  async function load(): Promise<void> {
    try {
      view.value = await api.request('getRoleConfig', null);
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
    }
  }

  async function loadSuggestions(): Promise<void> {
    try {
      suggestions.value = await api.request('getSuggestions', null);
    } catch {
      suggestions.value = null; // Suggestions help; without them the roles still work.
    }
  }

  /** One click: the suggested event becomes the role, and the config is saved. */
  async function apply(role: RoleName, matcher: Matcher): Promise<void> {
    const current = config.value;
    if (!current) return;
    await importText(serializeRoleConfig({ ...current, roles: { ...current.roles, [role]: [matcher] } }));
    await loadSuggestions();
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

  return { view, config, error, saved, suggestions, load, loadSuggestions, apply, importText, dispose: () => stops.forEach((stop) => stop()) };
}

export type RolesModel = ReturnType<typeof createRolesModel>;
