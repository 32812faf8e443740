// PostHog's API errors: every DRF error has the drf-exceptions-hog body `{type, code, detail, attr}`
// (reference A2 "Error body" table; posthog/exceptions.py, posthog/errors.py).

export interface ErrorBody {
  type: string;
  code: string;
  detail: string;
  attr: string | null;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.detail);
  }
}

function error(status: number, type: string, code: string, detail: string, attr: string | null = null, headers?: Record<string, string>) {
  return new ApiError(status, { type, code, detail, attr }, headers);
}

export const notAuthenticated = () => error(401, 'authentication_error', 'not_authenticated', 'Authentication credentials were not provided.');

/** `source`: where the key was found, as posthog/auth.py names it ("Authorization header", "body", "query string"). */
export const authenticationFailed = (source: string) =>
  error(401, 'authentication_error', 'authentication_failed', `Personal API key found in request ${source} is invalid.`);

export const missingScope = (scope: string) => error(403, 'authentication_error', 'permission_denied', `API key missing required scope '${scope}'`);

export const noProjectAccess = (projectId: string | number) =>
  error(403, 'authentication_error', 'permission_denied', `API key does not have access to the requested project '${projectId}'`);

export const notFound = () => error(404, 'invalid_request', 'not_found', 'Not found.');

export const methodNotAllowed = (method: string) => error(405, 'invalid_request', 'method_not_allowed', `Method "${method}" not allowed.`);

export const validationError = (code: string, detail: string, attr: string | null = null) => error(400, 'validation_error', code, detail, attr);

/** DRF's Throttled: "second" when the wait is exactly one. Retry-After is present since drf-exceptions-hog 0.4.0. */
export function throttled(waitSeconds: number, withRetryAfter = true): ApiError {
  const wait = Math.max(1, Math.ceil(waitSeconds));
  const detail = `Request was throttled. Expected available in ${wait} second${wait === 1 ? '' : 's'}.`;
  return error(429, 'throttled_error', 'throttled', detail, null, withRetryAfter ? { 'Retry-After': String(wait) } : {});
}

/** The per-organization concurrent query limiter (posthog/api/query.py CONCURRENCY_LIMIT_USER_MESSAGE): no Retry-After. */
export const tooManyConcurrentQueries = () =>
  error(429, 'throttled_error', 'throttled', 'Too many queries are running right now — please try again in a moment.');

export const serverError = () => error(500, 'server_error', 'error', 'A server error occurred.');

/** posthog/errors.py ClickHouseQueryTimeOut (504, no Retry-After). */
export const queryTimeout = () =>
  error(
    504,
    'server_error',
    'error',
    'Query has hit the max execution time before completing. See our docs for how to improve your query performance. You may need to materialize.',
  );
