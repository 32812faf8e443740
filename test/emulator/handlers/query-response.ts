// The body of a synchronous `/query/` answer: PostHog's CachedHogQLQueryResponse, keys in its order
// (reference A2 "Response, synchronous"; posthog/schema.py).
import { createHash } from 'node:crypto';
import type { HogQLResult } from '../clickhouse/execute.ts';
import { UTC } from '../timezone.ts';

/** HogQL results count as a "day" insight: stale after 6 h (posthog/caching/utils.py staleness_threshold_map). */
export const CACHE_TARGET_AGE_MS = 6 * 3_600_000;
const MIN_CLIENT_REFRESH_MS = 15 * 60_000;

/** What create_default_modifiers_for_team fills in for a current team. */
const DEFAULT_MODIFIERS = {
  bounceRatePageViewMode: 'count_pageviews',
  convertToProjectTimezone: true,
  customChannelTypeRules: [],
  dataWarehouseEventsModifiers: [],
  inCohortVia: 'auto',
  materializationMode: 'legacy_null_as_null',
  optimizeJoinedFilters: false,
  personsArgMaxVersion: 'auto',
  personsJoinMode: null,
  personsOnEventsMode: 'person_id_override_properties_joined',
  propertyGroupsMode: 'optimized',
  sessionTableVersion: 'auto',
  useMaterializedViews: true,
};

export function cacheKey(projectId: number, hogql: string, values: Record<string, unknown>): string {
  return `cache_${createHash('md5').update(JSON.stringify([projectId, 'HogQLQuery', hogql, values])).digest('hex')}`;
}

export interface ResponseMeta {
  cacheKey: string;
  timezone: string;
  queryText: string;
  /** Epoch ms of the calculation. */
  computedAt: number;
}

export type HogQLResponse = ReturnType<typeof hogqlResponse>;

export function hogqlResponse(result: HogQLResult, meta: ResponseMeta) {
  return {
    cache_key: meta.cacheKey,
    is_cached: false,
    last_refresh: UTC.formatMillis(meta.computedAt),
    next_allowed_client_refresh: UTC.formatMillis(meta.computedAt + MIN_CLIENT_REFRESH_MS),
    cache_target_age: UTC.formatMillis(meta.computedAt + CACHE_TARGET_AGE_MS),
    timezone: meta.timezone,
    query_status: null,
    query: meta.queryText,
    hogql: result.hogql,
    clickhouse: result.clickhouse,
    columns: result.columns,
    types: result.types,
    results: result.results,
    hasMore: result.hasMore,
    limit: result.limit,
    offset: result.offset,
    error: null,
    explain: null,
    metadata: null,
    modifiers: DEFAULT_MODIFIERS,
    timings: result.timings,
  };
}

