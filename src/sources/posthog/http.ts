// One authenticated request to PostHog's private API, with every failure turned into a PostHogError.
import { errorFromResponse, PostHogError } from './errors';

/** `fetch` is injected so node tests, the CLI and the extension's worker share this code. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface PostHogConnection {
  origin: string;
  apiKey: string;
  fetch: FetchLike;
}

export interface RequestOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  projectId?: number;
  signal?: AbortSignal;
}

/** Sends the key in the Authorization header only: never in a URL, where logs and PostHog's own counters see it. */
export async function requestJson<T>(connection: PostHogConnection, path: string, options: RequestOptions = {}): Promise<T> {
  const context = { origin: connection.origin, projectId: options.projectId };
  let response: Response;
  try {
    response = await connection.fetch(`${connection.origin}${path}`, {
      method: options.method ?? 'GET',
      headers: {
        Authorization: `Bearer ${connection.apiKey}`,
        Accept: 'application/json',
        ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new PostHogError('network', `Could not reach ${connection.origin} (${error instanceof Error ? error.message : String(error)}). Check the host address and your connection; the server may be down.`);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw new PostHogError('network', `The connection to ${connection.origin} broke while reading the answer (${String(error)}).`, response.status);
  }
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    if (response.ok) {
      throw new PostHogError('invalid_response', `PostHog's answer from ${path} was cut off or is not JSON (${text.length} bytes).`, response.status);
    }
  }
  if (!response.ok) throw errorFromResponse(response.status, body, response.headers.get('Retry-After'), context);
  return body as T;
}
