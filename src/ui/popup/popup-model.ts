// The popup's state and actions. Components read the signals and call the actions; nothing else.
import { computed, signal } from '@preact/signals';
import type { ExtensionState } from '../../platform/protocol';
import { DEMO_API_KEY, DEMO_HOST, DEMO_PROJECT_ID } from '../../sources/posthog/demo-project';
import { checkHost } from '../../sources/posthog/hosts';
import { projectFromUrl } from '../../sources/posthog/project-from-url';
import type { ExtensionApi } from '../../platform/extension-api';
import { hostOf, type ConnectFormValues } from './connect-form';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createPopupModel(api: ExtensionApi) {
  const state = signal<ExtensionState | null>(null);
  const form = signal<ConnectFormValues>({ hostChoice: 'us', customHost: '', projectId: '', apiKey: '' });
  const busy = signal(false);
  const error = signal<string | null>(null);
  const connected = computed(() => state.value?.connection ?? null);

  const stopListening = api.onEvent('stateChanged', (next) => {
    state.value = next;
  });

  async function load(): Promise<void> {
    try {
      state.value = await api.request('getState', null);
      if (!state.value.connection) await prefillFromActiveTab();
    } catch (e) {
      error.value = messageOf(e);
    }
  }

  /** On a PostHog page, its host and project id are the likely answers; what the user typed is never replaced. */
  async function prefillFromActiveTab(): Promise<void> {
    const hint = projectFromUrl(await api.activeTabUrl().catch(() => undefined));
    const current = form.value;
    if (!hint || current.projectId || current.customHost) return;
    form.value = { ...current, ...hint };
  }

  function edit(patch: Partial<ConnectFormValues>): void {
    form.value = { ...form.value, ...patch };
    error.value = null;
  }

  async function connect(): Promise<void> {
    const values = form.value;
    const host = checkHost(hostOf(values));
    if (!host.ok) {
      error.value = host.message;
      return;
    }
    busy.value = true;
    error.value = null;
    try {
      // Asked here, inside the click, because the browser only shows the prompt for a user gesture.
      if (!(await api.requestOriginPermission(host.origin))) {
        error.value = `Access to ${host.origin} was not granted, so the extension cannot read your PostHog data. Click Connect and allow it.`;
        return;
      }
      await api.request('connect', { host: host.origin, projectId: values.projectId, apiKey: values.apiKey });
      form.value = { ...form.value, apiKey: '' };
      await load();
    } catch (e) {
      error.value = messageOf(e);
    } finally {
      busy.value = false;
    }
  }

  /** Demo mode: the bundled demo project on the local demo server, so the whole tool can be tried with no account. */
  async function connectDemo(): Promise<void> {
    form.value = { hostChoice: 'custom', customHost: DEMO_HOST, projectId: String(DEMO_PROJECT_ID), apiKey: DEMO_API_KEY };
    await connect();
    if (error.value && !connected.value) {
      error.value = `${error.value} The demo project is served by the local demo server: start it with \`npm run demo-server\` (or \`npm start\`), then try again.`;
    }
  }

  async function disconnect(): Promise<void> {
    busy.value = true;
    try {
      state.value = await api.request('disconnect', null);
    } catch (e) {
      error.value = messageOf(e);
    } finally {
      busy.value = false;
    }
  }

  async function openSidePanel(): Promise<void> {
    try {
      await api.openSidePanel();
    } catch (e) {
      error.value = `The side panel did not open: ${messageOf(e)}`;
    }
  }

  return { state, form, busy, error, connected, load, edit, connect, connectDemo, disconnect, openSidePanel, dispose: stopListening };
}

export type PopupModel = ReturnType<typeof createPopupModel>;
