// --persons: JSONL of {id, distinct_ids, properties, created_at}; --groups: JSONL of PostHog groups.
import type { GroupInfo, PersonInfo } from '../core/events/event-table';
import { parseTimestamp } from '../core/events/timestamps';
import { InputError } from './input-error';
import { checkReadable, readLines } from './read-lines';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

async function readJsonl<T>(path: string, what: string, read: (value: Record<string, unknown>) => T | string): Promise<T[]> {
  await checkReadable(path, what);
  const out: T[] = [];
  for await (const { line, number } of readLines(path)) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new InputError(`${path} line ${number}: not valid JSON.`);
    }
    const result = isObject(value) ? read(value) : 'not a JSON object';
    if (typeof result === 'string') throw new InputError(`${path} line ${number}: ${result}.`);
    out.push(result);
  }
  return out;
}

function createdAt(value: unknown): number | string {
  if (value === undefined || value === null) return NaN;
  const ms = typeof value === 'string' ? parseTimestamp(value) : typeof value === 'number' ? value : NaN;
  return Number.isNaN(ms) ? `"created_at" is not a time (${JSON.stringify(value)})` : ms;
}

export function readPersonsFile(path: string): Promise<PersonInfo[]> {
  return readJsonl(path, 'The --persons', (p) => {
    if (typeof p.id !== 'string' || p.id === '') return '"id" is missing';
    if (!Array.isArray(p.distinct_ids) || !p.distinct_ids.every((d) => typeof d === 'string')) return '"distinct_ids" must be a list of strings';
    if (p.properties !== undefined && !isObject(p.properties)) return '"properties" must be an object';
    const created = createdAt(p.created_at);
    if (typeof created === 'string') return created;
    return { id: p.id.toLowerCase(), distinct_ids: p.distinct_ids as string[], properties: (p.properties as Record<string, unknown>) ?? {}, created_at: created };
  });
}

export function readGroupsFile(path: string): Promise<GroupInfo[]> {
  return readJsonl(path, 'The --groups', (g) => {
    if (!Number.isInteger(g.group_type_index) || (g.group_type_index as number) < 0 || (g.group_type_index as number) > 4) return '"group_type_index" must be 0 to 4';
    if (typeof g.group_key !== 'string' || g.group_key === '') return '"group_key" is missing';
    if (g.group_properties !== undefined && !isObject(g.group_properties)) return '"group_properties" must be an object';
    const created = createdAt(g.created_at);
    if (typeof created === 'string') return created;
    return { group_type_index: g.group_type_index as number, group_key: g.group_key, group_properties: (g.group_properties as Record<string, unknown>) ?? {}, created_at: created };
  });
}
