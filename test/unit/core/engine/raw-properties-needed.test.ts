import { describe, expect, it } from 'vitest';
import { parseRoleConfig } from '../../../../src/core/config/parse-role-config';
import { keptPropertiesNeeded, rawPropertiesNeeded } from '../../../../src/core/engine/raw-properties-needed';

const config = (roles: Record<string, unknown>, extra: Record<string, unknown> = {}) => parseRoleConfig({ version: 1, roles, ...extra });
const step = (fields: Record<string, unknown>) => ({ kind: 'ActionsNode', id: 1, name: 'a', steps: [{ event: '$autocapture', ...fields }] });

describe('rawPropertiesNeeded', () => {
  it('is false when every filter reads a kept property or a person', () => {
    expect(rawPropertiesNeeded(config({ signup_pageview: { kind: 'EventsNode', event: '$pageview', properties: [{ key: '$pathname', operator: 'icontains', value: '/signup', type: 'event' }] } }))).toBe(false);
    expect(rawPropertiesNeeded(config({ payment: { kind: 'EventsNode', event: 'paid', properties: [{ key: 'email', operator: 'icontains', value: 'x', type: 'person' }] } }))).toBe(false);
    expect(rawPropertiesNeeded(config({ signup: step({ url: '/signup', url_matching: 'contains' }) }))).toBe(false);
  });

  it('is true for a filter on another event property, an elements-chain step, or such a test-account filter', () => {
    expect(rawPropertiesNeeded(config({ activity: { kind: 'EventsNode', event: 'x', properties: [{ key: 'feature', operator: 'exact', value: 'a', type: 'event' }] } }))).toBe(true);
    expect(rawPropertiesNeeded(config({ signup: step({ text: 'Sign up', text_matching: 'exact' }) }))).toBe(true);
    const filters = [{ key: '$browser', operator: 'is_not', value: 'bot', type: 'event' }];
    expect(rawPropertiesNeeded(config({}, { filterTestAccounts: true, testAccountFilters: filters }))).toBe(true);
    expect(rawPropertiesNeeded(config({}, { filterTestAccounts: false, testAccountFilters: filters }))).toBe(false);
  });
});

describe('keptPropertiesNeeded', () => {
  it('lists the kept keys that role filters, action URLs and test-account filters read, and nothing else', () => {
    const roles = {
      signup_pageview: { kind: 'EventsNode', event: '$pageview', properties: [{ key: '$pathname', operator: 'icontains', value: '/signup', type: 'event' }] },
      signup: step({ url: '/welcome', url_matching: 'contains', properties: [{ key: '$host', operator: 'exact', value: 'app', type: 'event' }] }),
      payment: { kind: 'EventsNode', event: 'paid', properties: [{ key: 'email', operator: 'icontains', value: 'x', type: 'person' }, { key: 'feature', operator: 'exact', value: 'a', type: 'event' }] },
    };
    const filters = [{ key: 'plan', operator: 'is_not', value: 'internal', type: 'event' }, { key: '$browser', operator: 'is_not', value: 'bot', type: 'event' }, { key: 'email', operator: 'not_icontains', value: '@acme', type: 'person' }];
    expect(keptPropertiesNeeded(config(roles, { filterTestAccounts: true, testAccountFilters: filters }))).toEqual(['$current_url', '$host', '$pathname', 'plan']);
    expect(keptPropertiesNeeded(config(roles, { filterTestAccounts: false, testAccountFilters: filters }))).toEqual(['$current_url', '$host', '$pathname']);
    expect(keptPropertiesNeeded(config({}))).toEqual([]);
  });
});
