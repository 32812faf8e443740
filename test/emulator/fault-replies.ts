// The answer an injected fault gives instead of the real one. `drop`, `truncate` and `slow` have none:
// the server drops the socket, cuts the real answer in half, or delays it.
import { queryTimeout, serverError, throttled, tooManyConcurrentQueries } from './errors.ts';
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
    case 'bad_gateway':
      return html(502, BAD_GATEWAY_PAGE);
    case 'drop':
    case 'truncate':
    case 'slow':
      return undefined;
  }
}
