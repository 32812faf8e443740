// How long to wait before asking PostHog again (analytics-apis.md §A6): Retry-After when given, else the
// seconds in "Expected available in N seconds", else exponential backoff with full jitter. The concurrency 429
// ("Too many queries are running") frees up within seconds. 400/401/403/404 are never retried. A query too big
// for ClickHouse (504, 512, 513) is handed back to a caller that can ask for less (a smaller window, fewer ids);
// a request that cannot be made smaller (the project, actions, a count) retries it like any transient answer.
import { PostHogError } from './errors';

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  concurrencyDelayMs: number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
  onRetry?: (info: { attempt: number; delayMs: number; error: PostHogError }) => void;
}

export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 10,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  concurrencyDelayMs: 3_000,
  sleep,
  random: Math.random,
};

export interface RetryOptions {
  /** 'shrink' (default): a too-big answer goes back to the caller at once, to ask for less; 'retry': wait and retry. */
  timeouts?: 'shrink' | 'retry';
}

/** The wait before attempt `attempt + 1`, or null when the error must not be retried here. */
export function retryDelayMs(error: PostHogError, attempt: number, policy: RetryPolicy, options: RetryOptions = {}): number | null {
  if (!error.retryable) return null;
  if (error.kind === 'timeout' && options.timeouts !== 'retry') return null;
  if (error.kind === 'rate_limited') {
    if (error.retryAfterSeconds !== null) return error.retryAfterSeconds * 1000 + Math.floor(policy.random() * 250);
    if (/too many queries/i.test(error.message)) return policy.concurrencyDelayMs + Math.floor(policy.random() * 1000);
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.max(policy.baseDelayMs / 4, Math.floor(policy.random() * ceiling));
}

export async function withRetries<T>(operation: () => Promise<T>, policy: RetryPolicy, signal?: AbortSignal, options: RetryOptions = {}): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (!(error instanceof PostHogError) || signal?.aborted) throw error;
      const delay = retryDelayMs(error, attempt, policy, options);
      if (delay === null || attempt + 1 >= policy.maxAttempts) throw error;
      policy.onRetry?.({ attempt: attempt + 1, delayMs: delay, error });
      await policy.sleep(delay, signal);
    }
  }
}
