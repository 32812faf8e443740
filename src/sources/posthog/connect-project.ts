// Checks what the user entered in the popup against PostHog, and returns what to keep.
import { UserError } from '../../core/user-error';
import type { StoredConnection } from '../../store/connection-store';
import { createPostHogClient } from './client';
import { checkHost, checkProjectId } from './hosts';
import type { FetchLike } from './http';
import { DEFAULT_RETRY_POLICY, withRetries, type RetryPolicy } from './retry';

export interface ConnectInput {
  host: string;
  projectId: string;
  apiKey: string;
}

/** What a connection keeps: exactly what the store saves. */
export type ConnectedProject = StoredConnection;

export interface ConnectDeps {
  fetch: FetchLike;
  /** Whether the browser lets us reach this origin (granted by the popup, on the user's click). */
  hasOriginPermission: (origin: string) => Promise<boolean>;
  now: () => Date;
  /** How transient answers (429, 5xx, a dropped connection) are retried; default CONNECT_RETRY_POLICY. */
  policy?: RetryPolicy;
}

/**
 * Connect is a click the user waits on: a 429 with Retry-After: 1 or one 500 must not end it, but a dead host
 * must not keep the popup spinning for minutes either. Four tries, waits capped at 8 s (Retry-After honoured).
 */
export const CONNECT_RETRY_POLICY: RetryPolicy = { ...DEFAULT_RETRY_POLICY, maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 8_000 };

function checkApiKey(input: string): string {
  const key = input.trim();
  if (!key) throw new UserError('missing_key', 'Paste a personal API key (it starts with phx_). Create one in PostHog under Settings → Personal API keys.');
  if (key.startsWith('phc_')) {
    throw new UserError('project_key', 'That is the project API key (phc_…), which can only send events. Use a personal API key (phx_…) with the query:read and project:read scopes.');
  }
  if (/\s/.test(key)) throw new UserError('bad_key', 'The API key contains spaces or line breaks; paste it again.');
  return key;
}

export async function connectProject(input: ConnectInput, deps: ConnectDeps): Promise<ConnectedProject> {
  const host = checkHost(input.host);
  if (!host.ok) throw new UserError('bad_host', host.message);
  // No id: the project the key is currently on, as PostHog's @current resolves it.
  const project = input.projectId.trim() === '' ? { ok: true as const, id: '@current' as const } : checkProjectId(input.projectId);
  if (!project.ok) throw new UserError('bad_project_id', project.message);
  const apiKey = checkApiKey(input.apiKey);
  if (!(await deps.hasOriginPermission(host.origin))) {
    throw new UserError('no_permission', `The browser has not allowed this extension to reach ${host.origin}. Click Connect again and accept the permission prompt.`);
  }
  const client = createPostHogClient({ origin: host.origin, apiKey, fetch: deps.fetch });
  const details = await withRetries(() => client.getProject(project.id), deps.policy ?? CONNECT_RETRY_POLICY, undefined, { timeouts: 'retry' });
  return {
    origin: host.origin,
    projectId: details.id,
    apiKey,
    projectName: details.name,
    timezone: details.timezone,
    connectedAt: deps.now().toISOString(),
  };
}
