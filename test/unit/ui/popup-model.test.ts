import { describe, expect, it } from 'vitest';
import type { ExtensionApi } from '../../../src/platform/extension-api';
import type { ConnectionSummary, ExtensionState } from '../../../src/platform/protocol';
import { createPopupModel } from '../../../src/ui/popup/popup-model';

const summary: ConnectionSummary = { host: 'https://eu.posthog.com', projectId: 7, projectName: 'Acme', timezone: 'UTC', connectedAt: '2026-11-29T10:00:00.000Z' };

function fakeApi(options: { grant?: boolean; connectError?: Error; tabUrl?: string } = {}) {
  let state: ExtensionState = { connection: null };
  const sent: { name: string; payload: unknown }[] = [];
  const permissionsAsked: string[] = [];
  const api: ExtensionApi = {
    request: (async (name: string, payload: unknown) => {
      sent.push({ name, payload });
      if (name === 'getState') return state;
      if (name === 'connect') {
        if (options.connectError) throw options.connectError;
        state = { connection: summary };
        return summary;
      }
      if (name === 'disconnect') return (state = { connection: null });
      throw new Error(`unexpected ${name}`);
    }) as ExtensionApi['request'],
    onEvent: () => () => undefined,
    requestOriginPermission: async (origin) => {
      permissionsAsked.push(origin);
      return options.grant ?? true;
    },
    openSidePanel: async () => undefined,
    activeTabUrl: async () => options.tabUrl,
    openPopupOnRole: async () => undefined,
    readSetting: async () => undefined,
    writeSetting: async () => undefined,
  };
  return { api, sent, permissionsAsked };
}

describe('popup model', () => {
  it('prefills host and project id from the PostHog page the popup opened on', async () => {
    const { api } = fakeApi({ tabUrl: 'https://eu.posthog.com/project/4242/insights' });
    const model = createPopupModel(api);
    await model.load();
    expect(model.form.value).toMatchObject({ hostChoice: 'eu', projectId: '4242', apiKey: '' });
    const other = createPopupModel(fakeApi({ tabUrl: 'https://news.example.com/' }).api);
    await other.load();
    expect(other.form.value).toMatchObject({ hostChoice: 'us', projectId: '' });
  });

  it('asks permission for exactly the chosen origin, then connects and forgets the typed key', async () => {
    const { api, sent, permissionsAsked } = fakeApi();
    const model = createPopupModel(api);
    await model.load();
    model.edit({ hostChoice: 'custom', customHost: 'https://ph.example.com/project/7', projectId: '7', apiKey: 'phx_a' });
    await model.connect();
    expect(permissionsAsked).toEqual(['https://ph.example.com']);
    expect(sent.find((m) => m.name === 'connect')?.payload).toEqual({ host: 'https://ph.example.com', projectId: '7', apiKey: 'phx_a' });
    expect(model.connected.value).toEqual(summary);
    expect(model.form.value.apiKey).toBe('');
    expect(model.error.value).toBeNull();
  });

  it('demo mode connects to the local demo server, and says how to start it when it is not running', async () => {
    const { api, sent, permissionsAsked } = fakeApi();
    const model = createPopupModel(api);
    await model.connectDemo();
    expect(permissionsAsked).toEqual(['http://127.0.0.1:8010']);
    expect(sent.find((m) => m.name === 'connect')?.payload).toMatchObject({ host: 'http://127.0.0.1:8010', projectId: '1' });
    expect(model.connected.value).toEqual(summary);
    const down = createPopupModel(fakeApi({ connectError: new Error('Could not reach http://127.0.0.1:8010 (Failed to fetch).') }).api);
    await down.connectDemo();
    expect(down.error.value).toMatch(/^Could not reach .*npm run demo-server/);
  });

  it('says so when the permission is refused, without sending the key anywhere', async () => {
    const { api, sent } = fakeApi({ grant: false });
    const model = createPopupModel(api);
    model.edit({ hostChoice: 'eu', projectId: '7', apiKey: 'phx_a' });
    await model.connect();
    expect(model.error.value).toMatch(/was not granted/);
    expect(sent.some((m) => m.name === 'connect')).toBe(false);
    expect(model.busy.value).toBe(false);
  });

  it("shows the worker's message when connecting fails, and refuses a plain-HTTP remote host", async () => {
    const { api } = fakeApi({ connectError: new Error('PostHog at https://eu.posthog.com rejected the API key.') });
    const model = createPopupModel(api);
    model.edit({ hostChoice: 'eu', projectId: '7', apiKey: 'phx_wrong' });
    await model.connect();
    expect(model.error.value).toBe('PostHog at https://eu.posthog.com rejected the API key.');
    model.edit({ hostChoice: 'custom', customHost: 'http://ph.example.com' });
    await model.connect();
    expect(model.error.value).toMatch(/not HTTPS/);
  });
});
