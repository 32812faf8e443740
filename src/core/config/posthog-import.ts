// PostHog's customer_analytics_config (one node per role, `{}` when unset) turned into our config. Its
// ActionsNodes name an action by id only, so the project's actions (GET /actions/) are needed to carry the steps
// inline; an action that is not among them is left out of its role and reported, never guessed, and so is a node
// of a kind we cannot evaluate (a DataWarehouseNode).
import type { RoleName } from '../engine/prepared-data';
import { configError, describeValue, isPlainObject } from './config-error';
import { parseActionSteps, parseMatcher, roleNodes } from './parse-matcher';
import { parseRoleConfig } from './parse-role-config';
import type { ActionsNode, Matcher, RoleConfig } from './role-config';

/** PostHog's config key of each role it has (support tickets have none). */
export const POSTHOG_ROLE_KEYS: Readonly<Record<string, RoleName>> = {
  activity_event: 'activity',
  signup_pageview_event: 'signup_pageview',
  signup_event: 'signup',
  subscription_event: 'subscription',
  payment_event: 'payment',
};

/** An action as GET /api/projects/:id/actions/ lists it (other fields are ignored). */
export interface PostHogAction {
  id: number;
  name?: string | null;
  steps?: unknown;
  deleted?: boolean;
}

export interface MissingAction {
  role: RoleName;
  id: number;
  name?: string;
}

/** A node of a kind that cannot be evaluated offline (PostHog's DataWarehouseNode). */
export interface SkippedNode {
  role: RoleName;
  kind: string;
}

export interface PostHogImport {
  config: RoleConfig;
  /** Actions a role names that the project's actions do not hold (deleted, or not readable): left out. */
  missingActions: MissingAction[];
  /** Nodes of other kinds: left out. */
  skippedNodes: SkippedNode[];
}

/** Settings PostHog's customer-analytics config does not hold (the project's timezone, test-account filters, …). */
export type ImportSettings = Partial<Omit<RoleConfig, 'version' | 'roles'>>;

export function importPostHogConfig(customerAnalyticsConfig: unknown, actions: readonly PostHogAction[], settings: ImportSettings = {}): PostHogImport {
  const root = 'customer_analytics_config';
  if (!isPlainObject(customerAnalyticsConfig)) throw configError(root, `expected PostHog's config object, got ${describeValue(customerAnalyticsConfig)}`);
  const byId = new Map(actions.filter((action) => action.deleted !== true).map((action) => [action.id, action]));
  const roles: Partial<Record<RoleName, Matcher[]>> = {};
  const missingActions: MissingAction[] = [];
  const skippedNodes: SkippedNode[] = [];
  for (const [key, role] of Object.entries(POSTHOG_ROLE_KEYS)) {
    roles[role] = roleNodes(customerAnalyticsConfig[key], `${root}.${key}`).flatMap(({ node, path }): Matcher[] => {
      const kind = isPlainObject(node) ? node.kind : undefined;
      if (typeof kind === 'string' && kind !== 'EventsNode' && kind !== 'ActionsNode') {
        skippedNodes.push({ role, kind });
        return [];
      }
      const matcher = parseMatcher(node, path, 'resolve-later');
      if (matcher.kind === 'EventsNode') return [matcher];
      const action = byId.get(matcher.id);
      if (!action) {
        missingActions.push(matcher.name === undefined ? { role, id: matcher.id } : { role, id: matcher.id, name: matcher.name });
        return [];
      }
      return [withSteps(matcher, action)];
    });
  }
  // Through parseRoleConfig, so that the settings are validated and the defaults filled exactly as for a file.
  return { config: parseRoleConfig({ ...settings, version: 1, roles }), missingActions, skippedNodes };
}

function withSteps(node: ActionsNode, action: PostHogAction): ActionsNode {
  const path = `actions[id ${action.id}].steps`;
  if (!Array.isArray(action.steps)) throw configError(path, `expected the action's steps (a list), got ${describeValue(action.steps)}`);
  const name = typeof action.name === 'string' && action.name !== '' ? action.name : node.name;
  const resolved: ActionsNode = { ...node, steps: parseActionSteps(action.steps, path) };
  if (name !== undefined) resolved.name = name;
  return resolved;
}
