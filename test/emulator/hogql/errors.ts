// The two HogQL error classes PostHog exposes to API callers, with their `code_name`s
// (posthog/hogql/errors.py: SyntaxError → "hogql_syntax_error", QueryError → "hogql_query_error").
// The query endpoint turns both into a 400 `validation_error` carrying that code.

export class HogQLSyntaxError extends Error {
  readonly code = 'hogql_syntax_error';
}

export class HogQLQueryError extends Error {
  readonly code = 'hogql_query_error';
}

/** Valid HogQL that this emulator does not evaluate: said plainly, so nobody mistakes it for a PostHog rule. */
export function unsupported(what: string): HogQLQueryError {
  return new HogQLQueryError(`The PostHog emulator does not support ${what}.`);
}

/** posthog/hogql/user_query_validator.py OFFSET_NOT_ALLOWED_MESSAGE, word for word. */
export const OFFSET_NOT_ALLOWED_MESSAGE =
  'OFFSET is not supported on queries made with a personal API key. ' +
  'For pagination, use keyset pagination on the `timestamp` column, e.g. ' +
  '`WHERE timestamp > :last_seen_timestamp ORDER BY timestamp LIMIT N`. ' +
  'For bulk data extraction, use batch exports: https://posthog.com/docs/cdp/batch-exports';
