// ClickHouse's errors as PostHog answers them (reference A2 error table; posthog/errors.py): a query over its
// time limit (TIMEOUT_EXCEEDED, 159) or over the emulator's slow-table read budget (TOO_MANY_ROWS, 158, standing
// in for the time a big scan takes) is the 504 ClickHouseQueryTimeOut; errors in the query itself (unknown
// function or column, wrong types, a string that is not a datetime) are the 400 `hogql_query_error` with
// ClickHouse's message; anything else is a 500.
import { ApiError, queryTimeout, validationError } from '../errors.ts';
import { ClickHouseError } from './engine.ts';

const TIMEOUTS = new Set([159, 158]);

/** Codes of errors caused by the query text (ClickHouse's ErrorCodes.cpp). */
const QUERY_ERRORS = new Set([
  6, // CANNOT_PARSE_TEXT
  27, // CANNOT_PARSE_INPUT_ASSERTION_FAILED
  36, // BAD_ARGUMENTS
  38, // CANNOT_PARSE_DATE
  41, // CANNOT_PARSE_DATETIME
  42, // NUMBER_OF_ARGUMENTS_DOESNT_MATCH
  43, // ILLEGAL_TYPE_OF_ARGUMENT
  44, // ILLEGAL_COLUMN
  46, // UNKNOWN_FUNCTION
  47, // UNKNOWN_IDENTIFIER
  48, // NOT_IMPLEMENTED
  53, // TYPE_MISMATCH
  62, // SYNTAX_ERROR
  69, // ARGUMENT_OUT_OF_BOUND
  70, // CANNOT_CONVERT_TYPE
  72, // CANNOT_PARSE_NUMBER
  179, // MULTIPLE_EXPRESSIONS_FOR_ALIAS
  184, // ILLEGAL_AGGREGATION
  215, // NOT_AN_AGGREGATE
  352, // AMBIGUOUS_COLUMN_NAME
  376, // CANNOT_PARSE_UUID
  386, // NO_COMMON_TYPE
  403, // INVALID_JOIN_ON_EXPRESSION
  407, // DECIMAL_OVERFLOW
]);

/** ClickHouse's message without the `Code: N. DB::Exception:` prefix, the echoed query and the code name. */
export function cleanMessage(message: string): string {
  return message
    .replace(/^Code: \d+\. DB::Exception: /, '')
    .replace(/(?:[:.] (?:In scope|In query|While processing) [\s\S]*| \([A-Z_]+\)(?: \(version [^)]*\))?\.?)$/, '')
    .replace(/ \([A-Z_]+\)(?: \(version [^)]*\))?\.?$/, '')
    .trim()
    .replace(/([^.])$/, '$1.');
}

export function toApiError(error: unknown): unknown {
  if (!(error instanceof ClickHouseError)) return error;
  if (error.code !== undefined && TIMEOUTS.has(error.code)) return queryTimeout();
  if (error.code !== undefined && QUERY_ERRORS.has(error.code)) return validationError('hogql_query_error', cleanMessage(error.message));
  return new ApiError(500, { type: 'server_error', code: 'error', detail: 'ClickHouse error while executing query.', attr: null });
}
