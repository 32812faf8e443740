// What every endpoint handler gets, and the paging helpers the list endpoints share.
import type { ApiKey } from '../keys.ts';
import type { ProjectData } from '../project-data.ts';
import type { Route } from '../routes.ts';
import { validationError } from '../errors.ts';

export interface HandlerContext {
  method: string;
  url: URL;
  /** Parsed JSON body; undefined when there was none. */
  body: unknown;
  route: Route;
  key: ApiKey;
  data: ProjectData;
  /** Resolves once the injected `slow` delay has passed (already resolved when there is none). */
  delay: () => Promise<void>;
}

/** A whole-number query parameter, or the default; a bad value is DRF's 400. */
export function intParam(url: URL, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const text = url.searchParams.get(name);
  if (text === null || text === '') return fallback;
  if (!/^\d+$/.test(text)) throw validationError('invalid_input', 'A valid integer is required.', name);
  return Math.min(Number(text), max);
}

/** The same URL with some query parameters replaced: how DRF builds `next` and `previous`. */
export function linkWith(url: URL, params: Record<string, string | number>): string {
  const link = new URL(url.href);
  for (const [name, value] of Object.entries(params)) link.searchParams.set(name, String(value));
  return link.href;
}

/** DRF LimitOffsetPagination: `{count, next, previous, results}`. */
export function limitOffsetPage<T>(url: URL, items: readonly T[], defaultLimit = 100) {
  const limit = intParam(url, 'limit', defaultLimit, 1000);
  const offset = intParam(url, 'offset', 0);
  const results = items.slice(offset, offset + limit);
  return {
    count: items.length,
    next: offset + limit < items.length ? linkWith(url, { limit, offset: offset + limit }) : null,
    previous: offset > 0 ? linkWith(url, { limit, offset: Math.max(0, offset - limit) }) : null,
    results,
  };
}
