// Rows for the ClickHouse tables as bytes in a text format, so a load of 200,000 events is one insert that
// ClickHouse's own parser reads (no per-row INSERT text, no object tree on the ClickHouse side). Events go as
// TabSeparated: their properties JSON is written once, with only backslashes, tabs and newlines escaped,
// rather than JSON-escaped again inside a JSONEachRow line (that doubled the cost of a load). The few person
// and group rows go as JSONEachRow. DateTime64 values go in as epoch seconds with a fraction.
import type { DemoEvent, DemoGroup } from '../../demo-data/types.ts';
import type { DistinctIdVersion, PersonVersion } from '../project-data.ts';

/** Stands in for a null person_id in older data sets: PostHog's column is never null. */
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

const seconds = (ms: number) => (ms / 1000).toFixed(3);

/** The events columns eventLine writes: the table's own order (schema.ts), which a TabSeparated insert follows. */
export const EVENT_COLUMNS = [
  'uuid', 'event', 'properties', 'timestamp', 'team_id', 'distinct_id', 'elements_chain', 'created_at', 'person_id',
  '$session_id', '$window_id', '$group_0', '$group_1', '$group_2', '$group_3', '$group_4',
] as const;

/** TabSeparated escaping: backslash, tab and newline (a JSON text holds no raw tab or newline). */
function tsv(text: string): string {
  return /[\\\t\n]/.test(text) ? text.replace(/[\\\t\n]/g, (ch) => (ch === '\t' ? '\\t' : ch === '\n' ? '\\n' : '\\\\')) : text;
}

export function eventLine(event: DemoEvent, teamId: number, createdAtMs: number): string {
  const windowId = event.properties.$window_id;
  return [
    event.uuid,
    tsv(event.event),
    tsv(JSON.stringify(event.properties)),
    seconds(event.timestamp),
    teamId,
    tsv(event.distinct_id),
    tsv(event.elements_chain),
    seconds(createdAtMs),
    event.person_id ?? NIL_UUID,
    tsv(event.$session_id),
    tsv(typeof windowId === 'string' ? windowId : ''),
    tsv(event.$group_0),
    tsv(event.$group_1),
    tsv(event.$group_2),
    tsv(event.$group_3),
    tsv(event.$group_4),
  ].join('\t');
}

export function personLine(row: PersonVersion, teamId: number): string {
  return JSON.stringify({
    id: row.id,
    created_at: seconds(row.created_at),
    team_id: teamId,
    properties: JSON.stringify(row.properties),
    is_identified: row.is_identified ? 1 : 0,
    is_deleted: row.is_deleted ? 1 : 0,
    version: row.version,
  });
}

export function distinctIdLine(row: DistinctIdVersion, teamId: number): string {
  return JSON.stringify({ team_id: teamId, distinct_id: row.distinct_id, person_id: row.person_id, is_deleted: row.is_deleted ? 1 : 0, version: row.version });
}

export function groupLine(group: DemoGroup, teamId: number): string {
  return JSON.stringify({
    group_type_index: group.group_type_index,
    group_key: group.group_key,
    created_at: seconds(group.created_at),
    team_id: teamId,
    group_properties: JSON.stringify(group.group_properties),
    _timestamp: Math.floor(group.created_at / 1000),
  });
}

/** The lines in buffers of `slice` items, made one at a time as a streamed insert asks for them. */
export async function* lineChunks<T>(items: readonly T[], line: (item: T) => string, slice = 20_000): AsyncGenerator<Buffer> {
  for (let start = 0; start < items.length; start += slice) {
    let text = '';
    for (let i = start; i < Math.min(start + slice, items.length); i++) text += line(items[i] as T) + '\n';
    yield Buffer.from(text, 'utf8');
    // Let the event loop run (and the insert's native side take the chunk) between slices.
    await new Promise<void>((done) => setImmediate(done));
  }
}

/** Lines joined into one buffer, built in slices so no single huge string is made. */
export function jsonLines<T>(items: readonly T[], line: (item: T) => string): Buffer {
  const chunks: Buffer[] = [];
  const SLICE = 10_000;
  for (let start = 0; start < items.length; start += SLICE) {
    let text = '';
    for (let i = start; i < Math.min(start + SLICE, items.length); i++) text += line(items[i] as T) + '\n';
    chunks.push(Buffer.from(text, 'utf8'));
  }
  return Buffer.concat(chunks);
}
