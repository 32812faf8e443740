// Failures on demand, so that clients can be tested against everything a real PostHog (or the network in
// front of it) does: throttling with and without Retry-After, the concurrency limit, 500, 504 time-outs,
// ClickHouse's 512 (estimated execution time too long) and 513 (memory limit), 502 pages from a proxy, slow
// answers, dropped connections and bodies cut short.

export const FAULT_KINDS = [
  'rate_limit',
  'rate_limit_no_retry_after',
  'concurrency',
  'server_error',
  'timeout',
  'estimated_too_long',
  'memory_limit',
  'drop',
  'truncate',
  'slow',
  'bad_gateway',
] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultSpec {
  kind: FaultKind;
  /** How many matching requests it hits. Default 1. */
  times?: number;
  /** Substring of the request path (a trailing slash added). Default `/query/`. */
  path?: string;
  /** Seconds, for `rate_limit` and `rate_limit_no_retry_after`. Default 1. */
  retryAfter?: number;
  /** Milliseconds, for `slow`. Default 1000. */
  delayMs?: number;
}

export interface PendingFault {
  kind: FaultKind;
  path: string;
  remaining: number;
  retryAfter: number;
  delayMs: number;
}

export class FaultController {
  private queue: PendingFault[] = [];

  /** Queues a fault; faults hit matching requests in the order they were added. Throws on a bad spec. */
  add(spec: FaultSpec): void {
    if (!FAULT_KINDS.includes(spec.kind)) throw new Error(`unknown fault kind "${String(spec.kind)}"; kinds: ${FAULT_KINDS.join(', ')}`);
    const times = spec.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new Error('fault "times" must be a whole number ≥ 1');
    this.queue.push({
      kind: spec.kind,
      path: spec.path ?? '/query/',
      remaining: times,
      retryAfter: spec.retryAfter ?? 1,
      delayMs: spec.delayMs ?? 1000,
    });
  }

  clear(): void {
    this.queue = [];
  }

  pending(): PendingFault[] {
    return this.queue.map((fault) => ({ ...fault }));
  }

  /** The fault that hits a request to `pathname`, if any, counted as used. */
  take(pathname: string): PendingFault | undefined {
    const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
    const index = this.queue.findIndex((fault) => path.includes(fault.path));
    const fault = this.queue[index];
    if (!fault) return undefined;
    fault.remaining--;
    if (fault.remaining === 0) this.queue.splice(index, 1);
    return { ...fault };
  }
}

/** The 502 page a proxy in front of PostHog shows: HTML, not JSON. */
export const BAD_GATEWAY_PAGE =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
