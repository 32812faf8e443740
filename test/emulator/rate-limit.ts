// PostHog's throttles (reference A6, posthog/rate_limit.py): DRF sliding-window throttles keyed by the hash
// of the personal API key. When several windows refuse, DRF reports the longest wait.

export type RateClass = 'query' | 'analytics' | 'crud';

export interface RateLimitOptions {
  /**
   * `/query/`: 240 a minute and 2400 an hour; teams still on PostHog's legacy HogQL throttle get 120 an hour
   * (posthog/rate_limit.py), which `queryPerHour: 120` emulates.
   */
  queryPerMinute?: number;
  queryPerHour?: number;
  /** How long an "hour" window lasts, in ms (default one hour): tests compress a 120-an-hour limit into seconds. */
  hourMs?: number;
  /** The ClickHouse "analytics" class (persons): 240 a minute and 1200 an hour. */
  analyticsPerMinute?: number;
  analyticsPerHour?: number;
  /** Default CRUD (actions, event definitions, groups, projects): 480 a minute and 4800 an hour. */
  crudPerMinute?: number;
  crudPerHour?: number;
}

const MINUTE = 60_000;
const ONE_HOUR = 60 * MINUTE;

interface Window {
  limit: number;
  durationMs: number;
}

/** Request times inside one window, oldest first. */
class History {
  private times: number[] = [];
  private head = 0;

  /** The wait in ms before a request would be allowed, 0 when it is allowed now (and then recorded). */
  tryAcquire(window: Window, now: number): number {
    while (this.head < this.times.length && (this.times[this.head] as number) <= now - window.durationMs) this.head++;
    if (this.head > 1024 && this.head * 2 > this.times.length) {
      this.times = this.times.slice(this.head);
      this.head = 0;
    }
    if (this.times.length - this.head >= window.limit) {
      const oldest = this.times[this.head] as number;
      return window.durationMs - (now - oldest);
    }
    this.times.push(now);
    return 0;
  }
}

export class RateLimiter {
  private readonly windows: Record<RateClass, Window[]>;
  private readonly histories = new Map<string, History>();

  constructor(options: RateLimitOptions = {}) {
    const HOUR = options.hourMs ?? ONE_HOUR;
    this.windows = {
      query: [
        { limit: options.queryPerMinute ?? 240, durationMs: MINUTE },
        { limit: options.queryPerHour ?? 2400, durationMs: HOUR },
      ],
      analytics: [
        { limit: options.analyticsPerMinute ?? 240, durationMs: MINUTE },
        { limit: options.analyticsPerHour ?? 1200, durationMs: HOUR },
      ],
      crud: [
        { limit: options.crudPerMinute ?? 480, durationMs: MINUTE },
        { limit: options.crudPerHour ?? 4800, durationMs: HOUR },
      ],
    };
  }

  /** Seconds to wait (then the request is refused), or 0 when it may go ahead. */
  check(apiKey: string, rateClass: RateClass, now = Date.now()): number {
    let waitMs = 0;
    this.windows[rateClass].forEach((window, index) => {
      const id = `${apiKey}\u0000${rateClass}\u0000${index}`;
      let history = this.histories.get(id);
      if (!history) {
        history = new History();
        this.histories.set(id, history);
      }
      waitMs = Math.max(waitMs, history.tryAcquire(window, now));
    });
    return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
  }
}
