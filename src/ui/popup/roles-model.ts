// The popup's role configuration: the saved one (read from the worker) and a DRAFT the editor changes — matchers
// added or removed, a suggestion applied, a file or PostHog's own config imported. Nothing reaches the dashboard
// until Save sends the draft to the worker, which checks it, stores it and tells every open page (the side panel
// recomputes); Discard drops it.
import { computed, signal } from '@preact/signals';
import { isPlainPageview } from '../../core/config/default-roles';
import { parseRoleConfig } from '../../core/config/parse-role-config';
import type { Matcher, RoleConfig } from '../../core/config/role-config';
import { serializeRoleConfig } from '../../core/config/serialize-role-config';
import type { RoleName } from '../../core/engine/prepared-data';
import type { RoleSuggestions } from '../../store/role-suggestions';
import type { ExtensionApi } from '../../platform/extension-api';
import type { RoleConfigView } from '../../platform/protocol';
import { createCatalogModel } from './editor/catalog-model';
import { createRolePreviews } from './editor/role-previews-model';

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function createRolesModel(api: ExtensionApi) {
  const view = signal<RoleConfigView | null>(null);
  const error = signal<string | null>(null);
  const saved = signal(false);
  const saving = signal(false);
  const suggestions = signal<RoleSuggestions | null>(null);
  /** The role the popup was opened on (`?role=`), scrolled to and focused once. */
  const focusRole = signal<RoleName | null>(null);
  /** What the last import into the draft could not carry over, in words. */
  const draftProblems = signal<string[]>([]);
  const draft = signal<RoleConfig | null>(null);
  const config = computed(() => (view.value ? parseRoleConfig(JSON.parse(view.value.text)) : null));
  /** What the editor shows: the draft when there is one, else the saved config. */
  const current = computed(() => draft.value ?? config.value);
  const dirty = computed(() => draft.value !== null && config.value !== null && serializeRoleConfig(draft.value) !== serializeRoleConfig(config.value));
  const plainPageviewActivity = computed(() => (current.value ? isPlainPageview(current.value.roles.activity) : false));
  /** The editor's helpers: every role's live preview of the draft, and the local event catalogue. */
  const previews = createRolePreviews(api, current);
  const catalog = createCatalogModel(api);
  const stops = [
    // A save from elsewhere (another popup, the CLI's file) updates the saved config; an open draft stays.
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
      error.value = messageOf(e);
    }
  }

  async function loadSuggestions(): Promise<void> {
    try {
      suggestions.value = await api.request('getSuggestions', null);
    } catch {
      suggestions.value = null; // Suggestions help; without them the roles still work.
    }
  }

  function edit(next: RoleConfig): void {
    draft.value = next;
    saved.value = false;
    error.value = null;
  }

  function setRole(role: RoleName, matchers: Matcher[]): void {
    const base = current.value;
    if (base) edit({ ...base, roles: { ...base.roles, [role]: matchers } });
  }

  /** A suggestion becomes the role in the draft; the user saves. */
  function apply(role: RoleName, matcher: Matcher): void {
    setRole(role, [matcher]);
  }

  async function save(): Promise<void> {
    const next = current.value;
    if (!next || saving.value) return;
    saving.value = true;
    try {
      view.value = await api.request('saveRoleConfig', { text: serializeRoleConfig(next) });
      draft.value = null;
      draftProblems.value = [];
      error.value = null;
      saved.value = true;
      void loadSuggestions();
    } catch (e) {
      // The worker names the field that is wrong by its path (e.g. roles.signup[0].properties[0].value).
      error.value = messageOf(e);
    } finally {
      saving.value = false;
    }
  }

  function discard(): void {
    draft.value = null;
    draftProblems.value = [];
    error.value = null;
  }

  /** A config file exported before (DESIGN §4) becomes the draft; a wrong field is named with its path. */
  function importText(text: string): void {
    try {
      edit(parseRoleConfig(JSON.parse(text)));
      draftProblems.value = [];
    } catch (e) {
      error.value = e instanceof SyntaxError ? `The file is not valid JSON (${e.message}).` : messageOf(e);
    }
  }

  /**
   * The project's own customer-analytics config and actions, read again, become the draft's PostHog roles (and its
   * timezone and test-account filters); support tickets, which PostHog has no role for, and B2C/B2B stay.
   */
  async function importFromPostHog(): Promise<void> {
    const base = current.value;
    if (!base) return;
    try {
      const imported = await api.request('getPostHogRoleConfig', null);
      const config = parseRoleConfig(JSON.parse(imported.text));
      edit({ ...config, business: base.business, weekStart: base.weekStart, roles: { ...config.roles, support_ticket: base.roles.support_ticket } });
      draftProblems.value = imported.problems;
    } catch (e) {
      error.value = messageOf(e);
    }
  }

  return {
    view, config, draft, current, dirty, saving, error, saved, suggestions, focusRole, draftProblems, plainPageviewActivity,
    previews, catalog, load, loadSuggestions, setRole, apply, save, discard, importText, importFromPostHog,
    dispose: () => {
      stops.forEach((stop) => stop());
      previews.dispose();
      catalog.dispose();
    },
  };
}

export type RolesModel = ReturnType<typeof createRolesModel>;
