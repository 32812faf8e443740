// Persons, groups and the project's catalog: what the profile, lifecycle (created_at), test-account filters and
// the role editor need beside the events (DESIGN §3). Tables are read with HogQL keyset pages like events.
import { parseTimestamp } from '../../core/events/timestamps';
import { PostHogError } from './errors';
import { runHogQL, type HogQLResult, type HogQLValues } from './hogql';
import { requestJson, type PostHogConnection } from './http';
import { withRetries, type RetryPolicy } from './retry';

export interface PulledPerson { id: string; distinct_ids: string[]; properties: Record<string, unknown>; created_at: number }
export interface PulledGroup { group_type_index: number; group_key: string; group_properties: Record<string, unknown>; created_at: number }
export interface GroupType { group_type: string; group_type_index: number; name_singular: string | null; name_plural: string | null }
export interface ActionDefinition { id: number; name: string; description?: string; steps: unknown[] }
export interface EventDefinition { name: string; last_seen_at: string | null }

interface Context { connection: PostHogConnection; projectId: number; policy: RetryPolicy; signal?: AbortSignal; pageSize: number }

const objectOf = (value: unknown): Record<string, unknown> => {
  if (typeof value === 'string') {
    try {
      const parsed: unknown = JSON.parse(value);
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
};

/** Every row of a table, in keyset pages: `sql(after)` builds the query given the last row (null for the first). */
async function allRows(context: Context, sql: (hasAfter: boolean) => string, after: (row: unknown[]) => HogQLValues): Promise<unknown[][]> {
  const rows: unknown[][] = [];
  let last: unknown[] | null = null;
  for (;;) {
    const values: HogQLValues = last ? after(last) : {};
    const page: HogQLResult = await withRetries(
      () => runHogQL(context.connection, context.projectId, `${sql(last !== null)} LIMIT ${context.pageSize}`, values, { signal: context.signal, name: 'pmf_lens_metadata_pull' }),
      context.policy,
      context.signal,
    );
    rows.push(...page.results);
    if (page.results.length < context.pageSize) return rows;
    last = page.results[page.results.length - 1]!;
  }
}

export async function pullPersons(context: Context): Promise<PulledPerson[]> {
  const persons = await allRows(
    context,
    (hasAfter) => `SELECT id, created_at, properties FROM persons${hasAfter ? ' WHERE id > {after_id}' : ''} ORDER BY id ASC`,
    (row) => ({ after_id: String(row[0]) }),
  );
  const distinctIds = await allRows(
    context,
    (hasAfter) => `SELECT distinct_id, person_id FROM person_distinct_ids${hasAfter ? ' WHERE distinct_id > {after_id}' : ''} ORDER BY distinct_id ASC`,
    (row) => ({ after_id: String(row[0]) }),
  );
  const byPerson = new Map<string, string[]>();
  for (const [distinctId, personId] of distinctIds) {
    const key = String(personId).toLowerCase();
    const list = byPerson.get(key) ?? [];
    list.push(String(distinctId));
    byPerson.set(key, list);
  }
  return persons.map(([id, createdAt, properties]) => {
    const key = String(id).toLowerCase();
    return { id: key, distinct_ids: byPerson.get(key) ?? [], properties: objectOf(properties), created_at: parseTimestamp(String(createdAt)) };
  });
}

export async function pullGroups(context: Context): Promise<PulledGroup[]> {
  const rows = await allRows(
    context,
    (hasAfter) => `SELECT index, key, created_at, properties FROM groups${hasAfter ? ' WHERE (index > {after_index} OR (index = {after_index} AND key > {after_key}))' : ''} ORDER BY index ASC, key ASC`,
    (row) => ({ after_index: Number(row[0]), after_key: String(row[1]) }),
  );
  return rows.map(([index, key, createdAt, properties]) => ({
    group_type_index: Number(index),
    group_key: String(key),
    group_properties: objectOf(properties),
    created_at: parseTimestamp(String(createdAt)),
  }));
}

function get<T>(context: Context, path: string): Promise<T> {
  return withRetries(() => requestJson<T>(context.connection, `/api/projects/${context.projectId}/${path}`, { projectId: context.projectId, signal: context.signal }), context.policy, context.signal);
}

export async function getGroupTypes(context: Context): Promise<GroupType[]> {
  const types = await get<unknown>(context, 'groups_types/');
  if (!Array.isArray(types)) throw new PostHogError('invalid_response', 'PostHog answered the group types request with something other than a list.');
  return types as GroupType[];
}

/** PostHog lists actions as `{results}` only, no paging (analytics-apis.md §A5). */
export async function getActions(context: Context): Promise<ActionDefinition[]> {
  const page = await get<{ results?: unknown }>(context, 'actions/');
  return Array.isArray(page?.results) ? (page.results as ActionDefinition[]) : [];
}

export async function getEventDefinitions(context: Context): Promise<EventDefinition[]> {
  const definitions: EventDefinition[] = [];
  const limit = 500;
  for (let offset = 0; ; offset += limit) {
    const page = await get<{ results?: unknown; next?: unknown }>(context, `event_definitions/?limit=${limit}&offset=${offset}`);
    const results = Array.isArray(page?.results) ? (page.results as EventDefinition[]) : [];
    definitions.push(...results.map((d) => ({ name: d.name, last_seen_at: d.last_seen_at ?? null })));
    if (!page?.next || results.length === 0) return definitions;
  }
}

export type MetadataContext = Context;
