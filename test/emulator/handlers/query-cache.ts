// PostHog's query cache: with `refresh` "blocking" (the default) or "async", a query whose text and values
// were answered less than 6 h ago gets that answer again, `is_cached: true`, even if new events arrived since
// (reference A2: "Event pollers must send force_blocking"). The emulator does the same, so clients that
// forget `force_blocking` fail in tests as they would against PostHog.
import { CACHE_TARGET_AGE_MS, type HogQLResponse } from './query-response.ts';

/** Enough for the tests and the demo; real answers can be 50,000 rows, so keep few. */
const MAX_ENTRIES = 16;

export class QueryCache {
  private readonly entries = new Map<string, { response: HogQLResponse; storedAt: number }>();

  get(key: string, now = Date.now()): HogQLResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry || now - entry.storedAt >= CACHE_TARGET_AGE_MS) return undefined;
    return { ...entry.response, is_cached: true };
  }

  set(key: string, response: HogQLResponse, now = Date.now()): void {
    this.entries.delete(key);
    this.entries.set(key, { response, storedAt: now });
    while (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
