import { describe, expect, it } from 'vitest';
import { importPostHogConfig, type PostHogAction } from '../../../../src/core/config/posthog-import';
import { parseRoleConfig } from '../../../../src/core/config/parse-role-config';
import { serializeRoleConfig } from '../../../../src/core/config/serialize-role-config';
import { UserError } from '../../../../src/core/user-error';

// The stored shape of PostHog's customer_analytics_config (reference §2), with its ActionsNode naming action 123.
const storedConfig = {
  activity_event: { kind: 'EventsNode', event: '$pageview', name: '$pageview', properties: [{ key: '$pathname', type: 'event', operator: 'icontains', value: '/app' }] },
  signup_pageview_event: { kind: 'EventsNode', event: '$pageview', properties: [{ key: '$pathname', type: 'event', operator: 'exact', value: ['/signup', '/register'] }] },
  signup_event: { kind: 'ActionsNode', id: 123, name: 'Signed up' },
  subscription_event: {},
  payment_event: {},
  account_group_type_index: null,
};

// GET /actions/ as PostHog lists it (analytics-apis.md §A5), every field of a step present.
const actions: PostHogAction[] = [
  {
    id: 123,
    name: 'Signed up (renamed)',
    steps: [
      { event: '$pageview', url: '/welcome', url_matching: 'contains', properties: null, selector: null, tag_name: null, text: null, text_matching: null, href: null, href_matching: null },
      { event: '$autocapture', selector: 'button.signup', text: 'Sign up', text_matching: 'exact', url: '^https://ex\\.com/(pricing|plans)', url_matching: 'regex', properties: [{ key: '$browser', value: ['Chrome'], operator: 'exact', type: 'event' }] },
    ],
  },
  { id: 9, name: 'Paid', steps: [{ event: 'payment_succeeded' }] },
];

describe('importPostHogConfig', () => {
  it("maps PostHog's role keys to our roles and carries the action's steps inline", () => {
    const { config, missingActions, skippedNodes } = importPostHogConfig(storedConfig, actions, { timezone: 'Europe/Berlin' });
    expect(missingActions).toEqual([]);
    expect(skippedNodes).toEqual([]);
    expect(config.roles.activity).toEqual([{ kind: 'EventsNode', event: '$pageview', name: '$pageview', properties: [{ key: '$pathname', type: 'event', operator: 'icontains', value: '/app' }] }]);
    expect(config.roles.signup_pageview[0]!.kind).toBe('EventsNode');
    expect(config.roles.signup).toEqual([{
      kind: 'ActionsNode', id: 123, name: 'Signed up (renamed)', properties: [],
      steps: [
        { event: '$pageview', url: '/welcome', url_matching: 'contains', properties: [], text: null, text_matching: null, href: null, href_matching: null, tag_name: null, selector: null },
        { event: '$autocapture', url: '^https://ex\\.com/(pricing|plans)', url_matching: 'regex', properties: [{ key: '$browser', value: ['Chrome'], operator: 'exact', type: 'event' }], text: 'Sign up', text_matching: 'exact', href: null, href_matching: null, tag_name: null, selector: 'button.signup' },
      ],
    }]);
    expect(config.roles.subscription).toEqual([]);
    expect(config.roles.payment).toEqual([]);
    expect(config.roles.support_ticket).toEqual([]);
    expect(config.timezone).toBe('Europe/Berlin');
    expect(config.weekStart).toBe('sunday');
    expect(config.filterTestAccounts).toBe(false);
  });

  it('the import is a self-contained config file: it round-trips through serializeRoleConfig', () => {
    const { config } = importPostHogConfig(storedConfig, actions);
    expect(parseRoleConfig(JSON.parse(serializeRoleConfig(config)))).toEqual(config);
  });

  it('reports actions it cannot find (or that are deleted) and leaves them out of their role', () => {
    const { config, missingActions } = importPostHogConfig(
      { ...storedConfig, activity_event: { kind: 'ActionsNode', id: 55 }, payment_event: { kind: 'ActionsNode', id: 9, name: 'Paid' } },
      [{ ...actions[0]!, deleted: true }, actions[1]!],
    );
    expect(missingActions).toEqual([
      { role: 'activity', id: 55 },
      { role: 'signup', id: 123, name: 'Signed up' },
    ]);
    expect(config.roles.signup).toEqual([]);
    expect(config.roles.activity).toEqual([{ kind: 'EventsNode', event: '$pageview', name: '$pageview', properties: [] }]);
    expect(config.roles.payment).toHaveLength(1);
  });

  it('reports and leaves out nodes of kinds it cannot evaluate (DataWarehouseNode)', () => {
    const { config, skippedNodes } = importPostHogConfig({ payment_event: { kind: 'DataWarehouseNode', table_name: 'stripe_charges' } }, []);
    expect(skippedNodes).toEqual([{ role: 'payment', kind: 'DataWarehouseNode' }]);
    expect(config.roles.payment).toEqual([]);
  });

  it("an empty activity_event ({}) becomes PostHog's default $pageview; unknown keys are ignored", () => {
    const { config } = importPostHogConfig({ activity_event: {}, some_future_key: { x: 1 } }, []);
    expect(config.roles.activity).toEqual([{ kind: 'EventsNode', event: '$pageview', name: '$pageview', properties: [] }]);
  });

  it('names the path of a wrong field in the PostHog config or in an action', () => {
    const messageOf = (run: () => unknown): string => {
      try {
        run();
      } catch (error) {
        expect((error as UserError).code).toBe('bad_config');
        return (error as UserError).message;
      }
      throw new Error('expected a bad_config error');
    };
    expect(messageOf(() => importPostHogConfig(null, []))).toContain("customer_analytics_config: expected PostHog's config object");
    expect(messageOf(() => importPostHogConfig({ signup_event: { kind: 'EventsNode', event: 'x', properties: [{ key: 'a', operator: 'like', value: 'b' }] } }, [])))
      .toContain('customer_analytics_config.signup_event.properties[0].operator: "like" is not one of');
    expect(messageOf(() => importPostHogConfig(storedConfig, [{ id: 123, steps: [{ url: '/x', url_matching: 'glob' }] }])))
      .toContain('actions[id 123].steps[0].url_matching: "glob" is not one of contains, regex, exact');
    expect(messageOf(() => importPostHogConfig(storedConfig, [{ id: 123 }]))).toContain("actions[id 123].steps: expected the action's steps");
    expect(messageOf(() => importPostHogConfig(storedConfig, actions, { weekStart: 'friday' as 'monday' }))).toContain('weekStart: "friday" is not one of sunday, monday');
  });
});
