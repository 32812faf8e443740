// Reads a `QueryRequest` body as posthog/api/query.py does: pydantic validation failures are 400 `parse_error`
// with pydantic's wording, node kinds that are not queries are 400 `invalid_input` (reference A2 table).
import { validationError } from '../errors.ts';

export const REFRESH_MODES = ['async', 'async_except_on_cache_miss', 'blocking', 'force_async', 'force_blocking', 'force_cache', 'lazy_async'] as const;
export type RefreshMode = (typeof REFRESH_MODES)[number];

export interface HogQLRequest {
  hogql: string;
  values: Record<string, unknown>;
  refresh: RefreshMode;
  clientQueryId?: string;
}

/** Query kinds PostHog runs that the emulator does not (it answers HogQLQuery only). */
const OTHER_QUERY_KINDS = new Set([
  'EventsQuery', 'ActorsQuery', 'TrendsQuery', 'FunnelsQuery', 'RetentionQuery', 'PathsQuery', 'StickinessQuery',
  'LifecycleQuery', 'HogQLMetadata', 'HogQLAutocomplete', 'SessionsTimelineQuery', 'WebOverviewQuery', 'HogQuery',
  'SessionAttributionExplorerQuery', 'ErrorTrackingQuery', 'RecordingsQuery', 'GroupsQuery',
]);
/** Node kinds that exist but are not runnable queries: PostHog says "Unsupported query kind". */
const NODE_KINDS = new Set(['DataTableNode', 'DataVisualizationNode', 'InsightVizNode', 'SavedInsightNode', 'EventsNode', 'ActionsNode', 'PersonsNode']);

function pydanticError(location: string, message: string, input: unknown): never {
  const shown = JSON.stringify(input) ?? 'None';
  throw validationError(
    'parse_error',
    `1 validation error for QueryRequest\n${location}\n  ${message} [input_value=${shown.length > 100 ? `${shown.slice(0, 100)}...` : shown}]`,
  );
}

export function readQueryRequest(body: unknown, kindInPath: string | undefined): HogQLRequest {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) pydanticError('', 'Input should be a valid dictionary', body);
  const request = body as Record<string, unknown>;
  const query = request.query;
  if (query === undefined) pydanticError('query', 'Field required', request);
  if (query === null || typeof query !== 'object' || Array.isArray(query)) pydanticError('query', 'Input should be a valid dictionary or object', query);
  const { kind } = query as Record<string, unknown>;
  if (typeof kind !== 'string') pydanticError('query', "Unable to extract tag using discriminator 'kind'", query);
  if (kindInPath !== undefined && kindInPath !== kind) {
    throw validationError('invalid_input', `Query kind mismatch: the path says ${kindInPath}, the body says ${kind}.`);
  }
  if (NODE_KINDS.has(kind)) throw validationError('invalid_input', `Unsupported query kind: ${kind}`);
  if (OTHER_QUERY_KINDS.has(kind)) throw validationError('invalid_input', `The PostHog emulator answers HogQLQuery only, not ${kind}.`);
  if (kind !== 'HogQLQuery') {
    pydanticError('query', `Input tag '${kind}' found using 'kind' does not match any of the expected tags: 'HogQLQuery', 'EventsQuery', 'ActorsQuery', …`, query);
  }
  const { query: hogql } = query as Record<string, unknown>;
  // `values` is Optional in the schema: absent and null both mean none.
  const values = (query as Record<string, unknown>).values ?? {};
  if (typeof hogql !== 'string') pydanticError('query.HogQLQuery.query', hogql === undefined ? 'Field required' : 'Input should be a valid string', hogql ?? query);
  if (values === null || typeof values !== 'object' || Array.isArray(values)) pydanticError('query.HogQLQuery.values', 'Input should be a valid dictionary', values);

  const result: HogQLRequest = { hogql, values: values as Record<string, unknown>, refresh: readRefresh(request) };
  if (request.client_query_id !== undefined && request.client_query_id !== null) {
    if (typeof request.client_query_id !== 'string') pydanticError('client_query_id', 'Input should be a valid string', request.client_query_id);
    result.clientQueryId = request.client_query_id;
  }
  return result;
}

/** `refresh` (default "blocking"); legacy `true`/`false`, and the legacy `async: true` flag meaning "async". */
function readRefresh(request: Record<string, unknown>): RefreshMode {
  const { refresh } = request;
  if (refresh === undefined || refresh === null) return request.async === true ? 'async' : 'blocking';
  if (refresh === true) return 'force_blocking';
  if (refresh === false) return 'blocking';
  if (typeof refresh === 'string' && (REFRESH_MODES as readonly string[]).includes(refresh)) return refresh as RefreshMode;
  return pydanticError('refresh', `Input should be ${REFRESH_MODES.map((mode) => `'${mode}'`).join(', ')}`, refresh);
}
