// Which endpoint a path names. `/api/environments/:id/…` is PostHog's deprecated alias of `/api/projects/:id/…`:
// rewritten inside the server (not redirected) and answered with Deprecation, Link and Sunset headers
// (reference A1, posthog/test/test_middleware_environments*.py).

export type RouteName =
  | 'project'
  | 'query'
  | 'query_status'
  | 'actions'
  | 'event_definitions'
  | 'groups_types'
  | 'groups'
  | 'persons'
  | 'organization_projects';

export interface Route {
  name: RouteName;
  /** `@current` or the id as written in the path; absent for organization routes. */
  projectRef?: string;
  /** `HogQLQuery` in `/query/HogQLQuery/`, or the id in `/query/:id/`. */
  param?: string;
  /** Headers the environments alias adds. */
  headers: Record<string, string>;
}

const SUNSET = 'Fri, 31 Jul 2026 00:00:00 GMT';

const PROJECT_SUBROUTES: Record<string, RouteName> = {
  actions: 'actions',
  event_definitions: 'event_definitions',
  groups_types: 'groups_types',
  groups: 'groups',
  persons: 'persons',
};

/** A route, or undefined when nothing is served there. Trailing slashes are optional. */
export function matchRoute(pathname: string): Route | undefined {
  const parts = pathname.split('/').filter((part) => part !== '');
  if (parts[0] !== 'api') return undefined;
  const headers: Record<string, string> = {};
  if (parts[1] === 'environments' && parts.length >= 3) {
    parts[1] = 'projects';
    headers.Deprecation = 'true';
    headers.Link = `</${parts.join('/')}/>; rel="successor-version"`;
    headers.Sunset = SUNSET;
  }
  if (parts[1] === 'organizations' && parts.length === 4 && parts[3] === 'projects') {
    return { name: 'organization_projects', headers };
  }
  if (parts[1] !== 'projects' || parts[2] === undefined) return undefined;
  const projectRef = decodeURIComponent(parts[2]);
  const [section, param, ...extra] = parts.slice(3);
  if (extra.length) return undefined;
  if (section === undefined) return { name: 'project', projectRef, headers };
  if (section === 'query') {
    if (param === undefined) return { name: 'query', projectRef, headers };
    // `/query/HogQLQuery/` names a kind; any other segment is a query id to poll or cancel.
    return /^[A-Z][A-Za-z]*(Query|Node)$/.test(param) ? { name: 'query', projectRef, param, headers } : { name: 'query_status', projectRef, param, headers };
  }
  const name = PROJECT_SUBROUTES[section];
  if (name === undefined || param !== undefined) return undefined;
  return { name, projectRef, headers };
}
