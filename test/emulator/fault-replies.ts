// The answer an injected fault gives instead of the real one. `drop`, `truncate` and `slow` have none:
// the server drops the socket, cuts the real answer in half, or delays it.
import { ApiError, queryTimeout, serverError, throttled, tooManyConcurrentQueries } from './errors.ts';
import { BAD_GATEWAY_PAGE, type PendingFault } from './faults.ts';
import { errorReply, html, type Reply } from './reply.ts';

export function faultReply(fault: PendingFault): Reply | undefined {
  switch (fault.kind) {
    case 'rate_limit':
      return errorReply(throttled(fault.retryAfter));
    case 'rate_limit_no_retry_after':
      return errorReply(throttled(fault.retryAfter, false));
    case 'concurrency':
      return errorReply(tooManyConcurrentQueries());
    case 'server_error':
      return errorReply(serverError());
    case 'timeout':
      return errorReply(queryTimeout());
    // posthog/errors.py: ClickHouse's TOO_SLOW (estimated time over the limit) and MEMORY_LIMIT_EXCEEDED
    // answers; both come before the query finishes and would come again for the same query.
    case 'estimated_too_long':
      return errorReply(new ApiError(512, { type: 'server_error', code: 'estimated_query_execution_time_too_long', detail: 'Estimated query execution time is too long. Try reducing its scope by changing the time range.', attr: null }));
    case 'memory_limit':
      return errorReply(new ApiError(513, { type: 'server_error', code: 'query_memory_limit_exceeded', detail: 'Query exceeds memory limits. Try reducing its scope by changing the time range.', attr: null }));
    case 'bad_gateway':
      return html(502, BAD_GATEWAY_PAGE);
    case 'drop':
    case 'truncate':
    case 'slow':
      return undefined;
  }
}
