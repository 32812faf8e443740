// POST /api/projects/:id/query/ with a HogQLQuery (analytics-apis.md §A2).
import { PostHogError } from './errors';
import { requestJson, type PostHogConnection } from './http';

export interface HogQLResult {
  columns: string[];
  results: unknown[][];
  /** Set only for queries without LIMIT (PostHog's paginator); null otherwise. */
  hasMore: boolean | null;
}

export type HogQLValues = Record<string, string | number | boolean | null | string[]>;

/**
 * Runs one HogQL query. User-supplied text only ever travels in `values` placeholders, never in the SQL.
 * `force_blocking`: PostHog caches identical query texts for up to 6 hours otherwise, and a poller would see old rows.
 */
export async function runHogQL(
  connection: PostHogConnection,
  projectId: number,
  sql: string,
  values: HogQLValues,
  options: { signal?: AbortSignal; name?: string } = {},
): Promise<HogQLResult> {
  const body = {
    query: { kind: 'HogQLQuery', query: sql, values },
    refresh: 'force_blocking',
    name: options.name ?? 'pmf_lens_pull',
  };
  const raw = await requestJson<Partial<HogQLResult> | null>(connection, `/api/projects/${projectId}/query/`, {
    method: 'POST',
    body,
    projectId,
    signal: options.signal,
  });
  if (!raw || !Array.isArray(raw.columns) || !Array.isArray(raw.results)) {
    throw new PostHogError('invalid_response', "PostHog's query answer has no columns or results.");
  }
  return { columns: raw.columns, results: raw.results, hasMore: typeof raw.hasMore === 'boolean' ? raw.hasMore : null };
}
