import { describe, expect, it } from 'vitest';
import type { RolePreview } from '../../../../src/core/catalog/role-preview';
import { eventOptions, lastSeenWords } from '../../../../src/ui/popup/editor/event-options';
import { emptyFilterForm, filterFromForm } from '../../../../src/ui/popup/editor/filter-draft';
import { previewWords, sparklineBars } from '../../../../src/ui/popup/editor/sparkline-shape';
import { focusRoleFrom } from '../../../../src/ui/popup/focus-role';

describe('filterFromForm', () => {
  const form = (patch: Partial<ReturnType<typeof emptyFilterForm>>) => ({ ...emptyFilterForm(), ...patch });

  it('makes an event filter with the value as text', () => {
    expect(filterFromForm(form({ key: ' $pathname ', value: '/signup' }))).toEqual({ ok: true, filter: { key: '$pathname', operator: 'exact', value: '/signup', type: 'event' } });
    expect(filterFromForm(form({ key: 'email', operator: 'not_icontains', value: '@acme.com', type: 'person' }))).toMatchObject({ ok: true, filter: { type: 'person' } });
  });

  it('drops the value for is_set / is_not_set', () => {
    expect(filterFromForm(form({ key: 'amount', operator: 'is_set', value: 'ignored' }))).toEqual({ ok: true, filter: { key: 'amount', operator: 'is_set', type: 'event' } });
  });

  it('says what is missing or wrong', () => {
    expect(filterFromForm(form({ value: 'x' }))).toEqual({ ok: false, problem: 'Choose a property.' });
    expect(filterFromForm(form({ key: 'a' }))).toEqual({ ok: false, problem: 'Choose or type a value.' });
    expect(filterFromForm(form({ key: 'amount', operator: 'gt', value: '1e3' }))).toMatchObject({ ok: false });
    expect(filterFromForm(form({ key: 'amount', operator: 'gt', value: '-3.5' }))).toMatchObject({ ok: true });
    expect(filterFromForm(form({ key: 'path', operator: 'regex', value: '(' }))).toMatchObject({ ok: false });
  });
});

describe('eventOptions', () => {
  const events = [
    { event: '$pageview', volume: 100, actors: 10, lastSeenMs: 5 },
    { event: 'user signed up', volume: 5, actors: 5, lastSeenMs: 4 },
  ];
  const actions = [{ kind: 'ActionsNode' as const, id: 7, name: 'Signed up', steps: [], properties: [] }];

  it('lists any event, the stored events and the actions, filtered case-insensitively', () => {
    expect(eventOptions('', events, actions).map((o) => o.label)).toEqual(['Any event', '$pageview', 'user signed up', 'Signed up']);
    expect(eventOptions('SIGNED', events, actions).map((o) => [o.kind, o.label])).toEqual([['event', 'user signed up'], ['action', 'Signed up']]);
    expect(eventOptions('pagev', events, actions)[0]!.matcher).toEqual({ kind: 'EventsNode', event: '$pageview', properties: [] });
    expect(eventOptions('any', events, actions)[0]!.matcher).toEqual({ kind: 'EventsNode', event: null, properties: [] });
  });

  it('says how long ago an event was last seen', () => {
    const now = 10 * 86_400_000;
    expect(lastSeenWords(now - 30_000, now)).toBe('just now');
    expect(lastSeenWords(now - 5 * 60_000, now)).toBe('5 min ago');
    expect(lastSeenWords(now - 3 * 3_600_000, now)).toBe('3 h ago');
    expect(lastSeenWords(now - 86_400_000, now)).toBe('1 day ago');
    expect(lastSeenWords(now - 9 * 86_400_000, now)).toBe('9 days ago');
    expect(lastSeenWords(NaN, now)).toBe('never');
  });
});

describe('sparkline', () => {
  it('scales bars to the busiest day and leaves empty days empty', () => {
    const bars = sparklineBars([0, 2, 4], 30, 20);
    expect(bars.map((b) => b.height)).toEqual([0, 10, 20]);
    expect(bars.map((b) => b.x)).toEqual([0, 10, 20]);
    expect(bars[2]!.y).toBe(0);
    expect(sparklineBars([0, 0], 10, 10).every((b) => b.height === 0)).toBe(true);
  });

  it('says the numbers in words', () => {
    const preview: RolePreview = { dates: ['2026-06-01', '2026-06-02', '2026-06-03'], counts: [1, 1200, 0], events: 1201, actors: 1, unsupported: [] };
    expect(previewWords(preview)).toBe('1,201 events by 1 actor in the last 3 days; busiest day 2026-06-02 with 1,200 events; today 0 events.');
    expect(previewWords({ ...preview, counts: [0, 0, 0], events: 0, actors: 0 })).toBe('0 events by 0 actors in the last 3 days.');
  });
});

describe('focusRoleFrom', () => {
  it('reads ?role= or #role=, and only role names', () => {
    expect(focusRoleFrom('?role=signup', '')).toBe('signup');
    expect(focusRoleFrom('', '#role=signup_pageview')).toBe('signup_pageview');
    expect(focusRoleFrom('?role=nope', '')).toBeNull();
    expect(focusRoleFrom('', '')).toBeNull();
  });
});
