// PostHog's failures, sorted by what the client should do about them (analytics-apis.md §A2 error table, §A6).

export type PostHogErrorKind =
  | 'unauthorized' // 401: wrong, revoked or missing key: never retry
  | 'forbidden' // 403: missing scope or project not in the key's scope: never retry
  | 'not_found' // 404: unknown project: never retry
  | 'bad_request' // 400: our query is wrong: never retry
  | 'rate_limited' // 429: wait and retry
  | 'timeout' // 504, 512, 513: the query was too big for ClickHouse (time or memory): retry on a smaller window
  | 'server' // 5xx: retry with backoff
  | 'network' // no answer, dropped connection: retry with backoff
  | 'invalid_response'; // an answer we could not read (a truncated body): retry with backoff

export class PostHogError extends Error {
  constructor(
    readonly kind: PostHogErrorKind,
    message: string,
    readonly status: number | null = null,
    /** Seconds PostHog asked us to wait (Retry-After, or "Expected available in N seconds"). */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'PostHogError';
  }

  get retryable(): boolean {
    return this.kind === 'rate_limited' || this.kind === 'server' || this.kind === 'network' || this.kind === 'invalid_response' || this.kind === 'timeout';
  }
}

interface ErrorBody {
  type?: unknown;
  code?: unknown;
  detail?: unknown;
}

function detailOf(body: unknown): string {
  const detail = (body as ErrorBody | null)?.detail;
  return typeof detail === 'string' ? detail : '';
}

/** Seconds to wait on a 429: the header first, else the number in the detail text. */
export function retryAfterOf(header: string | null, detail: string): number | null {
  if (header && /^\d+$/.test(header.trim())) return Number(header.trim());
  const match = /Expected available in (\d+) seconds?/.exec(detail);
  return match ? Number(match[1]) : null;
}

/** Turns an HTTP error answer into a PostHogError whose message says what happened and what to do. */
export function errorFromResponse(status: number, body: unknown, retryAfterHeader: string | null, context: { origin: string; projectId?: number }): PostHogError {
  const detail = detailOf(body);
  const said = detail ? ` PostHog said: "${detail}"` : '';
  switch (status) {
    case 401:
      return new PostHogError('unauthorized', `PostHog at ${context.origin} rejected the API key.${said} Use a personal API key (it starts with phx_), created in PostHog under Settings → Personal API keys.`, status);
    case 403: {
      const scope = /scope '([^']+)'/.exec(detail)?.[1];
      if (scope) {
        return new PostHogError('forbidden', `The API key lacks the "${scope}" scope. In PostHog, edit the key under Settings → Personal API keys and add ${scope}, or create a key with it.`, status);
      }
      if (/access to the requested project/.test(detail)) {
        return new PostHogError('forbidden', `The API key may not read project ${context.projectId ?? ''}.${said} Allow this project in the key's settings, or use a key that covers it.`, status);
      }
      return new PostHogError('forbidden', `PostHog refused the request (403).${said}`, status);
    }
    case 404:
      return new PostHogError('not_found', `Project ${context.projectId ?? ''} was not found at ${context.origin}. Check the project id (the number after /project/ in your PostHog URL) and the host (US or EU cloud).`, status);
    case 429:
      return new PostHogError('rate_limited', `PostHog is rate-limiting requests.${said}`, status, retryAfterOf(retryAfterHeader, detail));
    case 504:
      return new PostHogError('timeout', `PostHog's query timed out.${said}`, status);
    // ClickHouse refused before or while running: "Estimated query execution time is too long" (512), out of
    // memory (512/513). The same query would fail again; a smaller one may pass, as after a 504.
    case 512:
    case 513:
      return new PostHogError('timeout', `PostHog's query was too large for its database (${status}).${said}`, status);
    default:
      if (status >= 500) return new PostHogError('server', `PostHog had a server error (${status}).${said}`, status);
      return new PostHogError('bad_request', `PostHog refused the request (${status}).${said}`, status);
  }
}
