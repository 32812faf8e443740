// Live previews of every role as the draft changes: a role is previewed again only when its own matchers change
// (compared as JSON), a short while after the last edit, and only the answer to the latest question is shown.
import { effect, signal, type ReadonlySignal } from '@preact/signals';
import type { RolePreview } from '../../../core/catalog/role-preview';
import { defaultActivityRole } from '../../../core/config/default-roles';
import type { Matcher, RoleConfig } from '../../../core/config/role-config';
import { ROLE_NAMES, type RoleName } from '../../../core/engine/prepared-data';
import type { ExtensionApi } from '../../../platform/extension-api';

export type PreviewState = { kind: 'loading' } | { kind: 'ready'; preview: RolePreview } | { kind: 'failed'; message: string };

export function createRolePreviews(api: ExtensionApi, current: ReadonlySignal<RoleConfig | null>, options: { debounceMs?: number } = {}) {
  const previews = signal<Partial<Record<RoleName, PreviewState>>>({});
  const asked = new Map<RoleName, string>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  function set(role: RoleName, state: PreviewState): void {
    previews.value = { ...previews.value, [role]: state };
  }

  /** What the dashboard will use: an empty activity role means any pageview once saved (DESIGN §5). */
  const effective = (role: RoleName, matchers: Matcher[]): Matcher[] => (role === 'activity' && matchers.length === 0 ? defaultActivityRole() : matchers);

  function refresh(config: RoleConfig): void {
    for (const role of ROLE_NAMES) {
      const matchers = effective(role, config.roles[role]);
      const key = JSON.stringify(matchers);
      if (asked.get(role) === key) continue;
      asked.set(role, key);
      set(role, { kind: 'loading' });
      api.request('previewRole', { matchers }).then(
        (preview) => asked.get(role) === key && set(role, { kind: 'ready', preview }),
        (e: unknown) => asked.get(role) === key && set(role, { kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
      );
    }
  }

  const stop = effect(() => {
    const config = current.value;
    if (!config) return;
    clearTimeout(timer);
    timer = setTimeout(() => refresh(config), options.debounceMs ?? 200);
  });
  const stopSync = api.onEvent('syncProgress', (next) => {
    if (next.status.phase === 'complete') reload();
  });

  /** Every role again, e.g. after new events were synced. */
  function reload(): void {
    asked.clear();
    if (current.value) refresh(current.value);
  }

  return {
    previews,
    reload,
    dispose: () => {
      clearTimeout(timer);
      stop();
      stopSync();
    },
  };
}

export type RolePreviews = ReturnType<typeof createRolePreviews>;
