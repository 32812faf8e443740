// Turns the rows of our event query into an EventBatch, checking each row; a row that cannot be read is
// counted and described, never silently dropped and never allowed to stop the whole pull.
import { emptyBatch, GROUP_SLOTS, type EventBatch } from '../../core/events/event-batch';
import { parseTimestamp } from '../../core/events/timestamps';

/** The columns we select, in this order (analytics-apis.md §A4). */
export const EVENT_COLUMNS = [
  'uuid', 'event', 'timestamp', 'distinct_id', 'person_id', '$session_id',
  '$group_0', '$group_1', '$group_2', '$group_3', '$group_4', 'elements_chain', 'properties',
] as const;

/** Where the pull stands: the last row's time exactly as PostHog wrote it, and its uuid. */
export interface EventCursor {
  ts: string;
  uuid: string;
}

export interface DecodedPage {
  batch: EventBatch;
  /** The last row of the page, read or not: paging goes on after it. */
  cursor: EventCursor | null;
  malformed: { count: number; example: string | null };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const orNull = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

function rowProblem(row: unknown[]): string | null {
  if (!Array.isArray(row) || row.length < EVENT_COLUMNS.length) return 'a row has too few columns';
  const [uuid, event, timestamp, distinctId] = row;
  if (typeof uuid !== 'string' || !UUID.test(uuid.toLowerCase())) return `uuid ${JSON.stringify(uuid)} is not a UUID`;
  if (typeof event !== 'string') return `event ${uuid} has no event name`;
  if (typeof timestamp !== 'string' || Number.isNaN(parseTimestamp(timestamp))) return `event ${uuid} has an unreadable timestamp ${JSON.stringify(timestamp)}`;
  if (typeof distinctId !== 'string') return `event ${uuid} has no distinct_id`;
  return null;
}

export function decodeEventRows(columns: string[], rows: unknown[][]): DecodedPage {
  const expected = EVENT_COLUMNS.join(',');
  if (columns.join(',') !== expected) throw new Error(`PostHog answered with columns ${columns.join(', ')}; expected ${expected}.`);
  const batch = emptyBatch(rows.length);
  let malformed = 0;
  let example: string | null = null;
  for (const row of rows) {
    const problem = rowProblem(row);
    if (problem) {
      malformed++;
      example ??= problem;
      continue;
    }
    const i = batch.length++;
    batch.uuid.push((row[0] as string).toLowerCase());
    batch.event.push(row[1] as string);
    batch.timestamp[i] = parseTimestamp(row[2] as string);
    batch.distinctId.push(row[3] as string);
    batch.personId.push(orNull(row[4])?.toLowerCase() ?? null);
    batch.sessionId.push(orNull(row[5]));
    for (let g = 0; g < GROUP_SLOTS; g++) batch.groups[g]!.push(orNull(row[6 + g]));
    batch.elementsChain.push(typeof row[11] === 'string' ? row[11] : '');
    const properties = row[12];
    batch.properties.push(typeof properties === 'string' ? properties : JSON.stringify(properties ?? {}));
  }
  const last = rows[rows.length - 1];
  const cursor = last && typeof last[2] === 'string' && typeof last[0] === 'string' ? { ts: last[2], uuid: last[0] } : null;
  return { batch, cursor, malformed: { count: malformed, example } };
}
