import { describe, expect, it } from 'vitest';
import { isPlainPageview } from '../../../../src/core/config/default-roles';
import { parseRoleConfig } from '../../../../src/core/config/parse-role-config';
import { serializeRoleConfig } from '../../../../src/core/config/serialize-role-config';
import { UserError } from '../../../../src/core/user-error';

/** The bad_config message parseRoleConfig throws for `json` (fails the test when it does not throw). */
function errorOf(json: unknown): string {
  try {
    parseRoleConfig(json);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('bad_config');
    return (error as UserError).message;
  }
  throw new Error('expected parseRoleConfig to throw');
}

const pathname = (operator: string, value: unknown) => ({ key: '$pathname', type: 'event', operator, value });
const signupWith = (filter: unknown) => ({ roles: { signup: [{ kind: 'EventsNode', event: '$pageview' }, { kind: 'EventsNode', event: 'x', properties: [filter] }] } });

describe('parseRoleConfig: defaults', () => {
  it('an empty object is a complete config: $pageview activity, other roles empty, UTC, Sunday, b2c, no test-account filter', () => {
    const config = parseRoleConfig({});
    expect(config).toEqual({
      version: 1,
      roles: {
        activity: [{ kind: 'EventsNode', event: '$pageview', name: '$pageview', properties: [] }],
        signup_pageview: [], signup: [], subscription: [], payment: [], support_ticket: [],
      },
      business: { type: 'b2c' },
      filterTestAccounts: false,
      testAccountFilters: [],
      timezone: 'UTC',
      weekStart: 'sunday',
    });
    expect(isPlainPageview(config.roles.activity)).toBe(true);
  });

  it('a role may be a list, a single node, {} or null', () => {
    const node = { kind: 'EventsNode', event: 'signed_up' };
    const config = parseRoleConfig({ roles: { activity: {}, signup: node, payment: [node, node], subscription: null, signup_pageview: [] } });
    expect(config.roles.activity).toEqual([{ kind: 'EventsNode', event: '$pageview', name: '$pageview', properties: [] }]);
    expect(config.roles.signup).toEqual([{ kind: 'EventsNode', event: 'signed_up', properties: [] }]);
    expect(config.roles.payment).toHaveLength(2);
    expect(config.roles.subscription).toEqual([]);
    expect(config.roles.signup_pageview).toEqual([]);
  });

  it('isPlainPageview is false once the pageview has a filter, or for another event or several matchers', () => {
    const withFilter = parseRoleConfig({ roles: { activity: { kind: 'EventsNode', event: '$pageview', properties: [pathname('icontains', '/app')] } } });
    expect(isPlainPageview(withFilter.roles.activity)).toBe(false);
    expect(isPlainPageview(parseRoleConfig({ roles: { activity: { kind: 'EventsNode', event: 'used_app' } } }).roles.activity)).toBe(false);
    const two = { kind: 'EventsNode', event: '$pageview' };
    expect(isPlainPageview(parseRoleConfig({ roles: { activity: [two, two] } }).roles.activity)).toBe(false);
  });

  it('keeps given settings, event: null (any event), and normalises action steps', () => {
    const config = parseRoleConfig({
      version: 1,
      roles: {
        activity: { kind: 'EventsNode', event: null },
        signup: { kind: 'ActionsNode', id: 7, name: 'Signed up', steps: [{ event: '$pageview', url: '/welcome' }] },
      },
      business: { type: 'b2b', groupTypeIndex: 0, groupType: 'company' },
      filterTestAccounts: true,
      testAccountFilters: [{ key: 'email', type: 'person', operator: 'not_icontains', value: '@example.com' }],
      timezone: 'Europe/Berlin',
      weekStart: 'monday',
    });
    expect(config.roles.activity).toEqual([{ kind: 'EventsNode', event: null, properties: [] }]);
    expect(config.roles.signup).toEqual([{
      kind: 'ActionsNode', id: 7, name: 'Signed up', properties: [],
      steps: [{ event: '$pageview', url: '/welcome', url_matching: 'contains', properties: [], text: null, text_matching: null, href: null, href_matching: null, tag_name: null, selector: null }],
    }]);
    expect(config.business).toEqual({ type: 'b2b', groupTypeIndex: 0, groupType: 'company' });
    expect(config.filterTestAccounts).toBe(true);
    expect(config.testAccountFilters).toEqual([{ key: 'email', type: 'person', operator: 'not_icontains', value: '@example.com' }]);
    expect(config.timezone).toBe('Europe/Berlin');
    expect(config.weekStart).toBe('monday');
  });

  it('filters default to type event and operator exact (PostHog), drop the value of is_set, keep lists', () => {
    const config = parseRoleConfig({ roles: { signup: { kind: 'EventsNode', event: 'x', properties: [
      { key: 'plan', value: 'pro' },
      { key: 'plan', type: 'event', operator: 'is_set', value: 'is_set' },
      { key: 'plan', type: 'event', operator: 'is_not', value: ['free', 'trial'] },
      { key: 'seats', type: 'event', operator: 'gt', value: '10' },
    ] } } });
    expect(config.roles.signup[0]!.properties).toEqual([
      { key: 'plan', type: 'event', operator: 'exact', value: 'pro' },
      { key: 'plan', type: 'event', operator: 'is_set' },
      { key: 'plan', type: 'event', operator: 'is_not', value: ['free', 'trial'] },
      { key: 'seats', type: 'event', operator: 'gt', value: '10' },
    ]);
  });

  it('keeps filters of types and operators it cannot evaluate (compileRole reports them)', () => {
    const config = parseRoleConfig({ roles: { signup: { kind: 'EventsNode', event: 'x', properties: [
      { key: 'id', type: 'cohort', value: 12 },
      { key: 'created', type: 'person', operator: 'is_date_after', value: '2026-01-01' },
    ] } } });
    expect(config.roles.signup[0]!.properties).toEqual([
      { key: 'id', type: 'cohort', operator: 'exact', value: 12 },
      { key: 'created', type: 'person', operator: 'is_date_after', value: '2026-01-01' },
    ]);
  });
});

describe('parseRoleConfig: every error names the path of the first wrong field', () => {
  it.each([
    ['not an object', [], 'config: expected a JSON object'],
    ['an unknown setting', { timeZone: 'UTC' }, 'timeZone: not a known field'],
    ['a wrong version', { version: 2 }, 'version: 2 is not a version'],
    ['roles not an object', { roles: [] }, 'roles: expected an object keyed by role name'],
    ['an unknown role', { roles: { signups: [] } }, 'roles.signups: not a role (expected activity, signup_pageview, signup, subscription, payment, support_ticket)'],
    ["PostHog's key in roles", { roles: { signup_event: {} } }, "roles.signup_event: not a role (expected activity, signup_pageview, signup, subscription, payment, support_ticket); PostHog's customer_analytics_config keys are read by the PostHog import"],
    ['a matcher that is not an object', { roles: { signup: ['signed_up'] } }, 'roles.signup[0]: expected an EventsNode or ActionsNode object, got "signed_up"'],
    ['an unknown kind', { roles: { signup: { kind: 'DataWarehouseNode' } } }, 'roles.signup.kind: "DataWarehouseNode" is not one of EventsNode, ActionsNode'],
    ['a missing kind', { roles: { signup: [{ event: 'x' }] } }, 'roles.signup[0].kind: nothing is not one of EventsNode, ActionsNode'],
    ['an event that is not text', { roles: { signup: { kind: 'EventsNode', event: 5 } } }, 'roles.signup.event: expected text or null, got 5'],
    ['a name that is not text', { roles: { signup: { kind: 'EventsNode', event: 'x', name: 5 } } }, 'roles.signup.name: expected text or null'],
    ['properties not a list', { roles: { signup: { kind: 'EventsNode', event: 'x', properties: { type: 'AND', values: [] } } } }, 'roles.signup.properties: expected a list of property filters'],
    ['a filter that is not an object', { roles: { signup: { kind: 'EventsNode', event: 'x', properties: ['plan'] } } }, 'roles.signup.properties[0]: expected a property filter'],
    ['an unknown operator', signupWith(pathname('contains', '/x')), 'roles.signup[1].properties[0].operator: "contains" is not one of exact, is_not, icontains, not_icontains, regex, not_regex, gt, lt, gte, lte, is_set, is_not_set'],
    ['an unknown filter type', signupWith({ key: 'a', type: 'evnt', operator: 'exact', value: 'b' }), 'roles.signup[1].properties[0].type: "evnt" is not one of event, person, element'],
    ['a missing key', signupWith({ type: 'event', operator: 'exact', value: 'b' }), 'roles.signup[1].properties[0].key: expected the property name as text, got nothing'],
    ['an empty key', signupWith({ key: '', operator: 'exact', value: 'b' }), 'roles.signup[1].properties[0].key: expected the property name as text, got ""'],
    ['a missing value', signupWith({ key: 'a', operator: 'exact' }), 'roles.signup[1].properties[0].value: exact needs a value (text, a number or true/false) or a list of them, got nothing'],
    ['a null value', signupWith({ key: 'a', operator: 'icontains', value: null }), 'roles.signup[1].properties[0].value: icontains needs a value'],
    ['an object value', signupWith({ key: 'a', operator: 'regex', value: { x: 1 } }), 'roles.signup[1].properties[0].value: regex needs a value'],
    ['a bad list item', signupWith({ key: 'a', operator: 'exact', value: ['a', null] }), 'roles.signup[1].properties[0].value[1]: expected text, a number or true/false, got null'],
    ['a non-numeric gt', signupWith({ key: 'a', operator: 'gt', value: 'ten' }), 'roles.signup[1].properties[0].value: gt needs a number (such as 12 or "-3.5"), got "ten"'],
    ['a list for lt', signupWith({ key: 'a', operator: 'lt', value: [1] }), 'roles.signup[1].properties[0].value: lt needs a number'],
    ['an action id that is not a number', { roles: { signup: { kind: 'ActionsNode', id: '7', steps: [] } } }, "roles.signup.id: expected the action's id (a whole number), got \"7\""],
    ['an action without inline steps', { roles: { signup: { kind: 'ActionsNode', id: 7, name: 'Signed up' } } }, "roles.signup.steps: expected the action's steps inline (a list), got nothing; import a PostHog config together with its actions"],
    ['a step that is not an object', { roles: { signup: { kind: 'ActionsNode', id: 7, steps: [null] } } }, 'roles.signup.steps[0]: expected an action step object, got null'],
    ['a wrong url_matching', { roles: { signup: { kind: 'ActionsNode', id: 7, steps: [{}, { url: '/x', url_matching: 'startswith' }] } } }, 'roles.signup.steps[1].url_matching: "startswith" is not one of contains, regex, exact'],
    ['a wrong text_matching', { roles: { signup: { kind: 'ActionsNode', id: 7, steps: [{ text: 'Go', text_matching: 'icontains' }] } } }, 'roles.signup.steps[0].text_matching: "icontains" is not one of contains, regex, exact'],
    ['a step url that is not text', { roles: { signup: { kind: 'ActionsNode', id: 7, steps: [{ url: 5 }] } } }, 'roles.signup.steps[0].url: expected text or null, got 5'],
    ['a wrong step filter', { roles: { signup: { kind: 'ActionsNode', id: 7, steps: [{ properties: [{ key: 'a', operator: 'gt', value: true }] }] } } }, 'roles.signup.steps[0].properties[0].value: gt needs a number'],
    ['business not an object', { business: 'b2b' }, 'business: expected {"type": "b2c"}'],
    ['a wrong business type', { business: { type: 'b2x' } }, 'business.type: "b2x" is not one of b2c, b2b'],
    ['b2b without an index', { business: { type: 'b2b' } }, 'business.groupTypeIndex: expected a group type index from 0 to 4, got nothing'],
    ['b2b with index 5', { business: { type: 'b2b', groupTypeIndex: 5 } }, 'business.groupTypeIndex: expected a group type index from 0 to 4, got 5'],
    ['b2b with an empty group type', { business: { type: 'b2b', groupTypeIndex: 0, groupType: '' } }, "business.groupType: expected the group type's name"],
    ['an unknown business field', { business: { type: 'b2c', groupTypeIndex: 0 } }, 'business.groupTypeIndex: not a known field (expected type)'],
    ['filterTestAccounts as text', { filterTestAccounts: 'yes' }, 'filterTestAccounts: expected true or false, got "yes"'],
    ['testAccountFilters not a list', { testAccountFilters: {} }, 'testAccountFilters: expected a list of property filters'],
    ['a wrong test-account filter', { testAccountFilters: [{ key: 'email', type: 'person', operator: 'not_contains', value: 'x' }] }, 'testAccountFilters[0].operator: "not_contains" is not one of'],
    ['an unknown timezone', { timezone: 'Europe/Berlinn' }, 'timezone: "Europe/Berlinn" is not a time zone this system knows'],
    ['a timezone that is not text', { timezone: 1 }, 'timezone: 1 is not a time zone'],
    ['a wrong weekStart', { weekStart: 'saturday' }, 'weekStart: "saturday" is not one of sunday, monday'],
  ])('%s', (_, json, expected) => {
    expect(errorOf(json)).toContain(expected);
  });

  it('reports the first wrong field when several are wrong', () => {
    expect(errorOf({ roles: { signup: [{ kind: 'EventsNode', event: 'x' }, { kind: 'EventsNode', event: 1 }], payment: { kind: 'Nope' } }, weekStart: 'friday' }))
      .toBe('roles.signup[1].event: expected text or null, got 1');
  });
});

describe('serializeRoleConfig', () => {
  it('round-trips a full config through JSON', () => {
    const config = parseRoleConfig({
      roles: {
        activity: { kind: 'EventsNode', event: '$pageview', properties: [pathname('icontains', '/app')] },
        signup_pageview: { kind: 'EventsNode', event: '$pageview', properties: [pathname('regex', '^/signup')] },
        signup: { kind: 'ActionsNode', id: 7, name: 'Signed up', steps: [
          { event: '$autocapture', text: 'Sign up', text_matching: 'exact', href: '/signup', selector: 'button.signup' },
          { event: 'user_signed_up', properties: [{ key: 'plan', value: ['free', 'pro'], operator: 'exact', type: 'event' }] },
        ] },
        payment: [{ kind: 'EventsNode', event: 'payment', properties: [{ key: 'amount', operator: 'gt', value: 0 }, { key: 'id', type: 'cohort', value: 3 }] }],
        support_ticket: { kind: 'EventsNode', event: 'ticket_created' },
      },
      business: { type: 'b2b', groupTypeIndex: 1, groupType: 'company' },
      filterTestAccounts: true,
      testAccountFilters: [{ key: 'email', type: 'person', operator: 'not_icontains', value: '@posthog.com' }, { key: '$host', operator: 'not_regex', value: '^localhost' }],
      timezone: 'America/New_York',
      weekStart: 'monday',
    });
    const text = serializeRoleConfig(config);
    expect(text.endsWith('\n')).toBe(true);
    expect(parseRoleConfig(JSON.parse(text))).toEqual(config);
    expect(serializeRoleConfig(parseRoleConfig(JSON.parse(text)))).toBe(text);
    expect(Object.keys(JSON.parse(text))).toEqual(['version', 'roles', 'business', 'filterTestAccounts', 'testAccountFilters', 'timezone', 'weekStart']);
  });

  it('writes the defaults out', () => {
    const written = JSON.parse(serializeRoleConfig(parseRoleConfig({})));
    expect(written.roles.activity).toEqual([{ kind: 'EventsNode', event: '$pageview', name: '$pageview', properties: [] }]);
    expect(written.timezone).toBe('UTC');
    expect(written.filterTestAccounts).toBe(false);
  });
});
