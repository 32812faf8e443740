// Turns the rows of our event query into an EventBatch, checking each row; a row that cannot be read is
// counted and described, never silently dropped and never allowed to stop the whole pull.
import { emptyBatch, GROUP_SLOTS, type EventBatch } from '../../core/events/event-batch';
import { KEPT_PROPERTIES } from '../../core/events/kept-properties';
import { parseTimestamp } from '../../core/events/timestamps';

/** The event's own columns we select, in this order (analytics-apis.md §A4). */
export const BASE_EVENT_COLUMNS = [
  'uuid', 'event', 'timestamp', 'distinct_id', 'person_id', '$session_id',
  '$group_0', '$group_1', '$group_2', '$group_3', '$group_4', 'elements_chain', 'properties',
] as const;

/**
 * Every column of the answer: the event's own, then one per kept property (kept-properties.ts), selected as
 * `JSONExtractRaw(properties, '$key') AS \`$key\``, so each is named by its property key (see eventColumnsSql
 * for why not `properties['$key']`): the value's JSON text, '' when the key is missing, decoded by keptValue.
 */
export const EVENT_COLUMNS = [...BASE_EVENT_COLUMNS, ...KEPT_PROPERTIES] as const;

const FIRST_KEPT_COLUMN = BASE_EVENT_COLUMNS.length;

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

const orNull = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

/**
 * A kept property's value as we keep it (kept-properties.ts) from ClickHouse's JSONExtractRaw text: a JSON string
 * decoded (escapes and all), any other JSON value as its text, null when missing ('') or JSON null. A value that
 * is not JSON text (a server that sent the decoded string itself) is kept as it came.
 */
export function keptValue(raw: unknown): string | null {
  if (raw === null || raw === undefined || raw === '' || raw === 'null') return null;
  if (typeof raw !== 'string') return JSON.stringify(raw);
  if (raw.charCodeAt(0) !== 34 || raw.length < 2 || raw.charCodeAt(raw.length - 1) !== 34) return raw;
  // The common case, no escape inside: the text between the quotes is the string.
  if (raw.indexOf('\\') < 0) return raw.slice(1, -1);
  try {
    const decoded: unknown = JSON.parse(raw);
    return typeof decoded === 'string' ? decoded : raw;
  } catch {
    return raw;
  }
}

// charCode → 0 for a lowercase hex digit, 1 for an uppercase one, 2 for anything else.
const HEX_CASE = new Uint8Array(128).fill(2);
for (let c = 0; c < 10; c++) HEX_CASE[48 + c] = 0;
for (let c = 0; c < 6; c++) {
  HEX_CASE[97 + c] = 0;
  HEX_CASE[65 + c] = 1;
}

/** 0: a lowercase canonical UUID; 1: one with uppercase digits; 2: not a UUID. By character codes: no regex. */
function uuidShape(text: string): number {
  if (text.length !== 36) return 2;
  let upper = 0;
  for (let k = 0; k < 36; k++) {
    const c = text.charCodeAt(k);
    if (k === 8 || k === 13 || k === 18 || k === 23) {
      if (c !== 45) return 2;
      continue;
    }
    const kind = c < 128 ? (HEX_CASE[c] as number) : 2;
    if (kind === 2) return 2;
    upper |= kind;
  }
  return upper;
}

/** What is wrong with a row, or null; `time` is its parsed timestamp. */
function rowProblem(row: unknown[], time: number): string | null {
  const [uuid, event, timestamp, distinctId] = row;
  if (typeof uuid !== 'string' || uuidShape(uuid) === 2) return `uuid ${JSON.stringify(uuid)} is not a UUID`;
  if (typeof event !== 'string') return `event ${uuid} has no event name`;
  if (typeof timestamp !== 'string' || Number.isNaN(time)) return `event ${uuid} has an unreadable timestamp ${JSON.stringify(timestamp)}`;
  if (typeof distinctId !== 'string') return `event ${uuid} has no distinct_id`;
  return null;
}

export function decodeEventRows(columns: string[], rows: unknown[][]): DecodedPage {
  const expected = EVENT_COLUMNS.join(',');
  if (columns.join(',') !== expected) throw new Error(`PostHog answered with columns ${columns.join(', ')}; expected ${expected}.`);
  const n = rows.length;
  const batch = emptyBatch(n);
  // Columns filled by index, sized once: pushing row by row regrows 27 arrays ~20 times each on a page.
  const uuids = new Array<string>(n);
  const events = new Array<string>(n);
  const distinctIds = new Array<string>(n);
  const personIds = new Array<string | null>(n);
  const sessionIds = new Array<string | null>(n);
  const groups = Array.from({ length: GROUP_SLOTS }, () => new Array<string | null>(n));
  const chains = new Array<string>(n);
  const properties = new Array<string>(n);
  const kept = KEPT_PROPERTIES.map(() => new Array<string | null>(n));
  const timestamp = batch.timestamp;
  let malformed = 0;
  let example: string | null = null;
  let i = 0;
  for (const row of rows) {
    const time = Array.isArray(row) && typeof row[2] === 'string' ? parseTimestamp(row[2]) : NaN;
    const problem = !Array.isArray(row) || row.length < EVENT_COLUMNS.length ? 'a row has too few columns' : rowProblem(row, time);
    if (problem) {
      malformed++;
      example ??= problem;
      continue;
    }
    const uuid = row[0] as string;
    uuids[i] = uuidShape(uuid) === 0 ? uuid : uuid.toLowerCase();
    events[i] = row[1] as string;
    timestamp[i] = time;
    distinctIds[i] = row[3] as string;
    const personId = orNull(row[4]);
    personIds[i] = personId === null || uuidShape(personId) === 0 ? personId : personId.toLowerCase();
    sessionIds[i] = orNull(row[5]);
    for (let g = 0; g < GROUP_SLOTS; g++) (groups[g] as (string | null)[])[i] = orNull(row[6 + g]);
    chains[i] = typeof row[11] === 'string' ? row[11] : '';
    const text = row[12];
    properties[i] = typeof text === 'string' ? text : JSON.stringify(text ?? {});
    for (let k = 0; k < kept.length; k++) (kept[k] as (string | null)[])[i] = keptValue(row[FIRST_KEPT_COLUMN + k]);
    i++;
  }
  for (const column of [uuids, events, distinctIds, personIds, sessionIds, ...groups, chains, properties, ...kept]) column.length = i;
  batch.length = i;
  batch.uuid = uuids;
  batch.event = events;
  batch.distinctId = distinctIds;
  batch.personId = personIds;
  batch.sessionId = sessionIds;
  batch.groups = groups;
  batch.elementsChain = chains;
  batch.properties = properties;
  KEPT_PROPERTIES.forEach((key, k) => (batch.kept[key] = kept[k] as (string | null)[]));
  const last = rows[rows.length - 1];
  const cursor = last && typeof last[2] === 'string' && typeof last[0] === 'string' ? { ts: last[2], uuid: last[0] } : null;
  return { batch, cursor, malformed: { count: malformed, example } };
}
