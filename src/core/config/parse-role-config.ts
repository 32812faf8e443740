// Reading a role-config file (DESIGN §4): every field validated, the first wrong one named by its path, and the
// defaults filled in, so that everything downstream sees one complete shape. Our own objects (the root, roles,
// business) reject unknown keys: a misspelt setting must not be ignored silently.
import { ROLE_NAMES, type RoleName } from '../engine/prepared-data';
import { isKnownTimeZone } from '../time/time-zone-name';
import { configError, describeValue, isPlainObject, oneOf, onlyKeys } from './config-error';
import { defaultActivityRole } from './default-roles';
import { parseRole } from './parse-matcher';
import { parsePropertyFilters } from './parse-property-filter';
import type { BusinessMode, Matcher, RoleConfig } from './role-config';

const CONFIG_KEYS = ['version', 'roles', 'business', 'filterTestAccounts', 'testAccountFilters', 'timezone', 'weekStart'];
/** PostHog's group types are numbered 0–4 ($group_0 … $group_4). */
const MAX_GROUP_TYPE_INDEX = 4;

export function parseRoleConfig(json: unknown): RoleConfig {
  if (!isPlainObject(json)) throw configError('config', `expected a JSON object, got ${describeValue(json)}`);
  onlyKeys('', json, CONFIG_KEYS);
  if (json.version !== undefined && json.version !== 1) throw configError('version', `${describeValue(json.version)} is not a version this extension reads (expected 1)`);
  return {
    version: 1,
    roles: parseRoles(json.roles),
    business: parseBusiness(json.business),
    filterTestAccounts: parseBoolean(json.filterTestAccounts, 'filterTestAccounts', false),
    testAccountFilters: parsePropertyFilters(json.testAccountFilters, 'testAccountFilters'),
    timezone: parseTimezone(json.timezone),
    weekStart: json.weekStart === undefined ? 'sunday' : oneOf('weekStart', json.weekStart, ['sunday', 'monday'] as const),
  };
}

function parseRoles(raw: unknown): Record<RoleName, Matcher[]> {
  if (raw !== undefined && !isPlainObject(raw)) throw configError('roles', `expected an object keyed by role name, got ${describeValue(raw)}`);
  const given = raw ?? {};
  for (const key of Object.keys(given)) {
    if (!(ROLE_NAMES as readonly string[]).includes(key)) {
      const hint = key.endsWith('_event') ? "; PostHog's customer_analytics_config keys are read by the PostHog import, not here" : '';
      throw configError(`roles.${key}`, `not a role (expected ${ROLE_NAMES.join(', ')})${hint}`);
    }
  }
  const roles = Object.fromEntries(ROLE_NAMES.map((name) => [name, parseRole(given[name], `roles.${name}`)])) as Record<RoleName, Matcher[]>;
  if (roles.activity.length === 0) roles.activity = defaultActivityRole();
  return roles;
}

function parseBusiness(raw: unknown): BusinessMode {
  if (raw === undefined) return { type: 'b2c' };
  if (!isPlainObject(raw)) throw configError('business', `expected {"type": "b2c"} or {"type": "b2b", "groupTypeIndex": 0, "groupType": "company"}, got ${describeValue(raw)}`);
  const type = oneOf('business.type', raw.type, ['b2c', 'b2b'] as const);
  if (type === 'b2c') {
    onlyKeys('business', raw, ['type']);
    return { type };
  }
  onlyKeys('business', raw, ['type', 'groupTypeIndex', 'groupType']);
  const index = raw.groupTypeIndex;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index > MAX_GROUP_TYPE_INDEX) {
    throw configError('business.groupTypeIndex', `expected a group type index from 0 to ${MAX_GROUP_TYPE_INDEX}, got ${describeValue(index)}`);
  }
  if (raw.groupType === undefined) return { type, groupTypeIndex: index };
  if (typeof raw.groupType !== 'string' || raw.groupType === '') throw configError('business.groupType', `expected the group type's name (such as "company"), got ${describeValue(raw.groupType)}`);
  return { type, groupTypeIndex: index, groupType: raw.groupType };
}

function parseBoolean(raw: unknown, path: string, fallback: boolean): boolean {
  if (raw === undefined) return fallback;
  if (typeof raw !== 'boolean') throw configError(path, `expected true or false, got ${describeValue(raw)}`);
  return raw;
}

function parseTimezone(raw: unknown): string {
  if (raw === undefined) return 'UTC';
  if (!isKnownTimeZone(raw)) throw configError('timezone', `${describeValue(raw)} is not a time zone this system knows (use an IANA name such as "Europe/Berlin" or "UTC")`);
  return raw;
}
