// The SETTINGS PostHog puts on a personal-API-key HogQL query (hogql_query_runner._calculate,
// posthog/hogql/constants.py HogQLGlobalSettings): 10 s max_execution_time, 60 threads, read-only. The emulator
// adds its slow-table budget: ClickHouse's own max_rows_to_read, which it checks against the rows it is about
// to read (after skipping granules by the sort key) and while reading, and which throws TOO_MANY_ROWS.

export interface QuerySettings {
  maxExecutionTimeSeconds: number;
  /** Rows the query may read, or undefined for no limit. */
  maxRowsToRead?: number;
}

export function settingsClause(settings: QuerySettings): string {
  const pairs = [
    'readonly=2',
    `max_execution_time=${settings.maxExecutionTimeSeconds}`,
    'allow_experimental_object_type=1',
    'format_csv_allow_double_quotes=0',
    'max_ast_elements=4000000',
    'max_expanded_ast_elements=4000000',
    'max_bytes_before_external_group_by=0',
    'transform_null_in=1',
    'optimize_min_equality_disjunction_chain_length=4294967295',
    'allow_experimental_join_condition=1',
    'max_threads=60',
  ];
  if (settings.maxRowsToRead !== undefined) pairs.push(`max_rows_to_read=${settings.maxRowsToRead}`, "read_overflow_mode='throw'");
  return `SETTINGS ${pairs.join(', ')}`;
}
