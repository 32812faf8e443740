// Checks what the user entered in the popup against PostHog, and returns what to keep.
import { UserError } from '../../core/user-error';
import type { StoredConnection } from '../../store/connection-store';
import { createPostHogClient } from './client';
import { checkHost, checkProjectId } from './hosts';
import type { FetchLike } from './http';

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
}

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
  const details = await client.getProject(project.id);
  return {
    origin: host.origin,
    projectId: details.id,
    apiKey,
    projectName: details.name,
    timezone: details.timezone,
    connectedAt: deps.now().toISOString(),
  };
}
