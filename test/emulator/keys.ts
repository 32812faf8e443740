// Personal API keys the emulator accepts, and PostHog's scope rule (posthog/permissions.py APIScopePermission):
// `<object>:write` also grants `<object>:read`, and `*` grants everything.
import { DEMO_API_KEY } from '../../src/sources/posthog/demo-project';

export interface ApiKey {
  /** The secret, `phx_…`. */
  value: string;
  scopes: string[];
  /** Projects the key is limited to (PostHog's scoped_teams); every project when absent. */
  projects?: number[];
}

/** What the extension asks for: read access to queries, the project, actions, definitions, persons, groups. */
export const READ_SCOPES = ['query:read', 'project:read', 'action:read', 'event_definition:read', 'person:read', 'group:read'];

/** The key the demo and most tests use. */
export const DEMO_KEY = DEMO_API_KEY;
/** Everything but `query:read`: queries answer 403 "API key missing required scope 'query:read'". */
export const NO_QUERY_SCOPE_KEY = 'phx_demo_emulator_no_query_scope_00000000000';
/** Limited to another project: this one answers 403 "API key does not have access to the requested project". */
export const OTHER_PROJECT_KEY = 'phx_demo_emulator_other_project_000000000000';
export const OTHER_PROJECT_ID = 999_999;

export const DEFAULT_KEYS: readonly ApiKey[] = [
  { value: DEMO_KEY, scopes: READ_SCOPES },
  { value: NO_QUERY_SCOPE_KEY, scopes: READ_SCOPES.filter((scope) => scope !== 'query:read') },
  { value: OTHER_PROJECT_KEY, scopes: READ_SCOPES, projects: [OTHER_PROJECT_ID] },
];

export function hasScope(key: ApiKey, required: string): boolean {
  const [object] = required.split(':');
  return key.scopes.some((scope) => scope === '*' || scope === required || scope === `${object}:write`);
}

export function canAccessProject(key: ApiKey, projectId: number): boolean {
  return key.projects === undefined || key.projects.includes(projectId);
}
