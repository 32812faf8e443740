import { describe, expect, it, vi } from 'vitest';
import type { RolePreview } from '../../../src/core/catalog/role-preview';
import { parseRoleConfig } from '../../../src/core/config/parse-role-config';
import type { Matcher } from '../../../src/core/config/role-config';
import { serializeRoleConfig } from '../../../src/core/config/serialize-role-config';
import type { ExtensionApi } from '../../../src/platform/extension-api';
import type { RoleConfigView } from '../../../src/platform/protocol';
import { createRolesModel } from '../../../src/ui/popup/roles-model';

const signedUp: Matcher = { kind: 'EventsNode', event: 'user signed up', properties: [] };
const viewOf = (roles: Record<string, unknown>, source: RoleConfigView['source'] = 'posthog'): RoleConfigView => ({
  text: serializeRoleConfig(parseRoleConfig({ version: 1, roles })), source, problems: [], plainPageviewActivity: true,
});
const preview = (events: number): RolePreview => ({ dates: [], counts: [], events, actors: 1, unsupported: [] });

function fakeApi() {
  let stored = viewOf({ signup: [signedUp] });
  const sent: { name: string; payload: unknown }[] = [];
  const api = {
    request: (async (name: string, payload: unknown) => {
      sent.push({ name, payload });
      if (name === 'getRoleConfig') return stored;
      if (name === 'getSuggestions') return { suggestions: {}, warnings: {} };
      if (name === 'previewRole') return preview((payload as { matchers: Matcher[] }).matchers.length);
      if (name === 'saveRoleConfig') {
        const text = (payload as { text: string }).text;
        if (text.includes('"friday"')) throw new Error('weekStart: expected one of sunday, monday');
        return (stored = { ...stored, text, source: 'saved' });
      }
      if (name === 'getPostHogRoleConfig') {
        return { text: serializeRoleConfig(parseRoleConfig({ version: 1, roles: { signup: [signedUp], payment: [{ kind: 'EventsNode', event: 'paid' }] }, timezone: 'Europe/Berlin' })), problems: ['gone'] };
      }
      throw new Error(`unexpected ${name}`);
    }) as ExtensionApi['request'],
    onEvent: () => () => undefined,
  } as unknown as ExtensionApi;
  return { api, sent };
}

describe('roles model: the draft', () => {
  it('applies a suggestion to the draft only; Save sends it and clears the draft; Discard drops it', async () => {
    const { api, sent } = fakeApi();
    const model = createRolesModel(api);
    await model.load();
    expect(model.dirty.value).toBe(false);
    model.apply('payment', { kind: 'EventsNode', event: 'paid', properties: [] });
    expect(model.dirty.value).toBe(true);
    expect(model.current.value?.roles.payment).toHaveLength(1);
    expect(model.config.value?.roles.payment).toEqual([]);
    expect(sent.some((s) => s.name === 'saveRoleConfig')).toBe(false);
    await model.save();
    expect(model.dirty.value).toBe(false);
    expect(model.saved.value).toBe(true);
    expect(model.config.value?.roles.payment).toHaveLength(1);

    model.setRole('signup', []);
    expect(model.dirty.value).toBe(true);
    model.discard();
    expect(model.current.value?.roles.signup).toEqual([signedUp]);
    model.dispose();
  });

  it('an edit back to the saved config is not an unsaved change', async () => {
    const { api } = fakeApi();
    const model = createRolesModel(api);
    await model.load();
    model.setRole('signup', []);
    model.setRole('signup', [signedUp]);
    expect(model.dirty.value).toBe(false);
    model.dispose();
  });

  it('imports a file into the draft, naming a wrong field; a failed save keeps the draft and shows the error', async () => {
    const { api } = fakeApi();
    const model = createRolesModel(api);
    await model.load();
    model.importText('{"version": 1, "roles": {}, "weekStart": "friday"}');
    expect(model.error.value).toContain('weekStart');
    expect(model.dirty.value).toBe(false);
    model.importText('not json');
    expect(model.error.value).toContain('not valid JSON');
    model.importText(JSON.stringify({ version: 1, roles: { signup: [] } }));
    expect(model.error.value).toBeNull();
    expect(model.current.value?.roles.signup).toEqual([]);
    expect(model.dirty.value).toBe(true);
    model.draft.value = { ...model.current.value!, weekStart: 'friday' as 'sunday' };
    await model.save();
    expect(model.error.value).toContain('weekStart');
    expect(model.dirty.value).toBe(true);
    model.dispose();
  });

  it("imports PostHog's config into the draft, keeping the support-ticket role", async () => {
    const { api } = fakeApi();
    const model = createRolesModel(api);
    await model.load();
    const tickets: Matcher = { kind: 'EventsNode', event: 'ticket', properties: [] };
    model.setRole('support_ticket', [tickets]);
    await model.importFromPostHog();
    expect(model.current.value?.roles.payment).toHaveLength(1);
    expect(model.current.value?.roles.support_ticket).toEqual([tickets]);
    expect(model.current.value?.timezone).toBe('Europe/Berlin');
    expect(model.draftProblems.value).toEqual(['gone']);
    model.dispose();
  });

  it('previews each role once per change of its own matchers, a short while after the edit', async () => {
    vi.useFakeTimers();
    try {
      const { api, sent } = fakeApi();
      const model = createRolesModel(api);
      await model.load();
      await vi.advanceTimersByTimeAsync(500);
      const asked = () => sent.filter((s) => s.name === 'previewRole').length;
      expect(asked()).toBe(6);
      expect(model.previews.previews.value.signup).toEqual({ kind: 'ready', preview: preview(1) });
      model.setRole('payment', [signedUp]);
      model.setRole('payment', [signedUp, signedUp]);
      await vi.advanceTimersByTimeAsync(500);
      expect(asked()).toBe(7);
      expect(model.previews.previews.value.payment).toEqual({ kind: 'ready', preview: preview(2) });
      model.dispose();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('roles model: previews of an empty activity role', () => {
  it('previews the default any-pageview, which is what the dashboard will use', async () => {
    vi.useFakeTimers();
    try {
      const { api, sent } = fakeApi();
      const model = createRolesModel(api);
      await model.load();
      model.setRole('activity', []);
      await vi.advanceTimersByTimeAsync(500);
      const asked = sent.filter((s) => s.name === 'previewRole').map((s) => (s.payload as { matchers: Matcher[] }).matchers);
      expect(asked).toContainEqual([{ kind: 'EventsNode', event: '$pageview', name: '$pageview', properties: [] }]);
      // The fake answers with one event per matcher.
      expect(model.previews.previews.value.activity).toEqual({ kind: 'ready', preview: preview(1) });
      model.dispose();
    } finally {
      vi.useRealTimers();
    }
  });
});
