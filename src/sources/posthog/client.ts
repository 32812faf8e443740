// A typed PostHog API client. Pure: the transport (fetch) is given to it.
import { requestJson, type PostHogConnection } from './http';
import { PostHogError } from './errors';

/** The fields of GET /api/projects/:id/ that we use (analytics-apis.md §A1). */
export interface PostHogProject {
  id: number;
  name: string;
  timezone: string;
  test_account_filters: unknown[];
  customer_analytics_config: Record<string, unknown> | null;
}

export interface PostHogClient {
  readonly origin: string;
  /** A project by id, or the key's current project with '@current' (analytics-apis.md §A1). */
  getProject(projectId: number | '@current'): Promise<PostHogProject>;
}

function readProject(raw: unknown, projectId: number | '@current'): PostHogProject {
  const value = raw as Partial<PostHogProject> | null;
  if (!value || typeof value.id !== 'number' || typeof value.timezone !== 'string') {
    // A whole answer of the wrong shape: asking again gives the same, so it is not retried (unlike a cut-off body).
    throw new PostHogError('bad_request', `PostHog's answer for project ${projectId} has no id or timezone; is this a PostHog host?`);
  }
  return {
    id: value.id,
    name: typeof value.name === 'string' ? value.name : `Project ${value.id}`,
    timezone: value.timezone,
    test_account_filters: Array.isArray(value.test_account_filters) ? value.test_account_filters : [],
    customer_analytics_config: value.customer_analytics_config ?? null,
  };
}

export function createPostHogClient(connection: PostHogConnection): PostHogClient {
  return {
    origin: connection.origin,
    async getProject(projectId) {
      const raw = await requestJson<unknown>(connection, `/api/projects/${projectId}/`, projectId === '@current' ? {} : { projectId });
      return readProject(raw, projectId);
    },
  };
}
