// `POST /api/projects/:id/query/` (and `/query/HogQLQuery/`): answered by running the HogQL on ClickHouse.
// Also `GET` / `DELETE /query/:id/` for asynchronous queries.
import { ApiError, tooManyConcurrentQueries, validationError } from '../errors.ts';
import { toApiError } from '../clickhouse/errors.ts';
import { executeHogQL, type HogQLResult, type QueryConfig } from '../clickhouse/execute.ts';
import type { ClickHouseStore } from '../clickhouse/store.ts';
import { HogQLQueryError, HogQLSyntaxError } from '../hogql/errors.ts';
import { streamedJson, type Reply } from '../reply.ts';
import type { AsyncQueries } from './async-queries.ts';
import type { HandlerContext } from './context.ts';
import type { QueryCache } from './query-cache.ts';
import { readQueryRequest, type RefreshMode } from './query-request.ts';
import { cacheKey, hogqlResponse, type HogQLResponse } from './query-response.ts';

/** Queries running at once, per organization (posthog/clickhouse/client/limit.py): 3 by default. */
export class QuerySlots {
  private running = 0;

  constructor(readonly limit: number) {}

  tryAcquire(): boolean {
    if (this.running >= this.limit) return false;
    this.running++;
    return true;
  }

  release(): void {
    this.running = Math.max(0, this.running - 1);
  }
}

export interface QueryServices {
  cache: QueryCache | undefined;
  asyncQueries: AsyncQueries;
  slots: QuerySlots;
  /** Bytes left in the query budget, reported in X-PostHog-Query-Budget-Remaining-Bytes. */
  budget: { remainingBytes: number };
  store: ClickHouseStore;
  config: QueryConfig;
}

const ASYNC_MODES: readonly RefreshMode[] = ['async', 'force_async', 'lazy_async'];

export async function postQuery(ctx: HandlerContext, services: QueryServices): Promise<Reply> {
  const request = readQueryRequest(ctx.body, ctx.route.param);
  const project = ctx.data.project;
  const key = cacheKey(project.id, request.hogql, request.values);
  const mayUseCache = request.refresh !== 'force_blocking' && request.refresh !== 'force_async';
  const cached = mayUseCache ? services.cache?.get(key) : undefined;
  if (cached) return streamedJson(200, cached, costHeaders(0, services));

  const compute = async (): Promise<{ response: HogQLResponse; bytesRead: number }> => {
    const computedAt = Date.now();
    const result = await runQuery(request.hogql, request.values, services);
    const response = hogqlResponse(result, { cacheKey: key, timezone: project.timezone, queryText: request.hogql, computedAt });
    services.cache?.set(key, response, computedAt);
    // What ClickHouse itself reports having read.
    const bytesRead = result.bytesRead;
    services.budget.remainingBytes = Math.max(0, services.budget.remainingBytes - bytesRead);
    return { response, bytesRead };
  };

  if (ASYNC_MODES.includes(request.refresh)) {
    await ctx.delay();
    let outcome: { response: HogQLResponse } | { error: ApiError };
    try {
      outcome = { response: (await compute()).response };
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      outcome = { error };
    }
    return services.asyncQueries.start(project.id, request.clientQueryId, outcome);
  }

  if (!services.slots.tryAcquire()) throw tooManyConcurrentQueries();
  try {
    await ctx.delay();
    const { response, bytesRead } = await compute();
    return streamedJson(200, response, costHeaders(bytesRead, services));
  } finally {
    services.slots.release();
  }
}

export function getQueryStatus(ctx: HandlerContext, services: QueryServices): Reply {
  return services.asyncQueries.poll(ctx.route.param ?? '');
}

export function cancelQuery(ctx: HandlerContext, services: QueryServices): Reply {
  return services.asyncQueries.cancel(ctx.route.param ?? '');
}

/**
 * HogQL errors become the 400 `validation_error` PostHog sends, with the error's code name; ClickHouse's errors
 * become PostHog's answers to them (clickhouse/errors.ts: 504 on a timeout, 400 for a bad query).
 */
async function runQuery(hogql: string, values: Record<string, unknown>, services: QueryServices): Promise<HogQLResult> {
  try {
    return await executeHogQL(hogql, values, services.store, services.config);
  } catch (error) {
    if (error instanceof HogQLSyntaxError || error instanceof HogQLQueryError) throw validationError(error.code, error.message);
    throw toApiError(error);
  }
}

/** Sent to personal-API-key callers (posthog/api/test/test_query.py TestQueryCostHeaders). */
function costHeaders(bytesRead: number, services: QueryServices): Record<string, string> {
  return {
    'X-PostHog-Query-Bytes-Read': String(bytesRead),
    'X-PostHog-Query-Budget-Remaining-Bytes': String(services.budget.remainingBytes),
  };
}
