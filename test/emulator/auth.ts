// Personal API key authentication as posthog/auth.py PersonalAPIKeyAuthentication does it: the key is looked
// for in the Authorization header, then a `personal_api_key` body field, then a `?personal_api_key=` query
// parameter, and only the first one found counts.
import { authenticationFailed, missingScope, noProjectAccess, notAuthenticated } from './errors.ts';
import { canAccessProject, hasScope, type ApiKey } from './keys.ts';

export interface FoundKey {
  value: string;
  /** Named as PostHog's error message names it. */
  source: 'Authorization header' | 'body' | 'query string';
}

export function findKey(authorization: string | undefined, body: unknown, url: URL): FoundKey | undefined {
  const bearer = authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (bearer) return { value: bearer, source: 'Authorization header' };
  if (body !== null && typeof body === 'object' && typeof (body as Record<string, unknown>).personal_api_key === 'string') {
    return { value: (body as Record<string, string>).personal_api_key as string, source: 'body' };
  }
  const param = url.searchParams.get('personal_api_key');
  if (param) return { value: param, source: 'query string' };
  return undefined;
}

/** The key, or throws PostHog's 401. */
export function authenticate(found: FoundKey | undefined, keys: readonly ApiKey[]): ApiKey {
  if (!found) throw notAuthenticated();
  const key = keys.find((candidate) => candidate.value === found.value);
  if (!key) throw authenticationFailed(found.source);
  return key;
}

/** Throws PostHog's 403 when the key may not read this project or lacks the endpoint's scope. */
export function authorize(key: ApiKey, projectId: number | undefined, scope: string): void {
  if (projectId !== undefined && !canAccessProject(key, projectId)) throw noProjectAccess(projectId);
  if (!hasScope(key, scope)) throw missingScope(scope);
}
