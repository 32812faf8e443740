// Persons, groups and the project's catalog: what the profile, lifecycle (created_at), test-account filters and
// the role editor need beside the events (DESIGN §3). Persons and groups are read by the ids the events name.
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

interface Context { connection: PostHogConnection; projectId: number; policy: RetryPolicy; signal?: AbortSignal }

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

/**
 * Persons, distinct ids and groups are asked for by the ids the stored events name, a batch at a time, never as
 * whole-table pages: HogQL's `persons` and `person_distinct_ids` take the latest version of every row of the
 * team (an argMax over the whole table) and on a large team a keyset page over them hits the 10 s limit however
 * small its LIMIT. A too-big answer (504, 512, 513) comes back to the caller as a 'timeout' to try fewer ids.
 */
async function query(context: Context, sql: string, values: HogQLValues): Promise<unknown[][]> {
  const result: HogQLResult = await withRetries(
    () => runHogQL(context.connection, context.projectId, sql, values, { signal: context.signal, name: 'pmf_lens_metadata_pull' }),
    context.policy,
    context.signal,
  );
  return result.results;
}

/** PostHog's cap on a LIMIT (MAX_SELECT_RETURNED_ROWS); a round asks for far fewer ids than this. */
const ROUND_LIMIT = 50_000;

export interface PersonRound {
  /** distinct_id → person id, for the asked ids that belong to a person now. */
  mappings: { distinctId: string; personId: string }[];
  /** The persons those mappings name (without their distinct ids: those come from the mappings). */
  persons: Omit<PulledPerson, 'distinct_ids'>[];
}

/** The persons behind some distinct ids: two queries, each with the ids in a `values` placeholder. */
export async function pullPersonRound(context: Context, distinctIds: readonly string[]): Promise<PersonRound> {
  if (distinctIds.length === 0) return { mappings: [], persons: [] };
  if (distinctIds.length > ROUND_LIMIT) throw new RangeError(`a persons round of ${distinctIds.length} ids exceeds PostHog's ${ROUND_LIMIT}-row answers`);
  // One row per id at most; the LIMIT is needed all the same: without one PostHog returns 100 rows.
  const limit = `LIMIT ${ROUND_LIMIT}`;
  const links = await query(context, `SELECT distinct_id, person_id FROM person_distinct_ids WHERE distinct_id IN {distinct_ids} ${limit}`, { distinct_ids: [...distinctIds] });
  const mappings = links.map(([distinctId, personId]) => ({ distinctId: String(distinctId), personId: String(personId).toLowerCase() }));
  const ids = [...new Set(mappings.map((m) => m.personId))];
  if (ids.length === 0) return { mappings, persons: [] };
  const rows = await query(context, `SELECT id, created_at, properties FROM persons WHERE id IN {ids} ${limit}`, { ids });
  const persons = rows.map(([id, createdAt, properties]) => ({
    id: String(id).toLowerCase(),
    properties: objectOf(properties),
    created_at: parseTimestamp(String(createdAt)),
  }));
  return { mappings, persons };
}

/** The groups of one type with the given keys. */
export async function pullGroupRound(context: Context, groupTypeIndex: number, keys: readonly string[]): Promise<PulledGroup[]> {
  if (keys.length === 0) return [];
  const rows = await query(context, `SELECT index, key, created_at, properties FROM groups WHERE index = {index} AND key IN {keys} LIMIT ${ROUND_LIMIT}`, { index: groupTypeIndex, keys: [...keys] });
  return rows.map(([index, key, createdAt, properties]) => ({
    group_type_index: Number(index),
    group_key: String(key),
    group_properties: objectOf(properties),
    created_at: parseTimestamp(String(createdAt)),
  }));
}

function get<T>(context: Context, path: string): Promise<T> {
  return withRetries(
    () => requestJson<T>(context.connection, `/api/projects/${context.projectId}/${path}`, { projectId: context.projectId, signal: context.signal }),
    context.policy,
    context.signal,
    { timeouts: 'retry' },
  );
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
