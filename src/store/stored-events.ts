// Stored events as the engine reads them: columns of the whole store (or a time range), dictionary-coded against
// one dictionary per column, sorted by (timestamp, uuid). No object or string per event in the hot columns.
import { GROUP_SLOTS } from '../core/events/event-batch';
import type { EventTable } from '../core/events/event-table';
import { UUID_BYTES } from './uuid-bytes';

/** The engine's EventTable without the texts: what a read returns unless it asks for the properties. */
export type StoredEvents = Omit<EventTable, 'properties' | 'elementsChain'>;

/** With `properties: true`: the JSON texts exactly as appended, and the elements chains ('' when none). */
export type StoredEventsWithTexts = StoredEvents & Pick<EventTable, 'properties' | 'elementsChain'>;

/** The coded columns of `count` events, all zero (none). */
export function allocateCodedColumns(count: number): Pick<StoredEvents, 'event' | 'person' | 'distinct' | 'session' | 'groups'> {
  return {
    event: new Uint32Array(count),
    person: new Uint32Array(count),
    distinct: new Uint32Array(count),
    session: new Uint32Array(count),
    groups: Array.from({ length: GROUP_SLOTS }, () => new Uint32Array(count)),
  };
}

/**
 * Reorders rows [start, start + order.length) of every column: the row now at start + k is the one that was at
 * order[k] (an absolute row number within that range).
 */
export function permuteRows(events: StoredEvents | StoredEventsWithTexts, order: Uint32Array, start: number): void {
  const end = start + order.length;
  const kept = Object.values(events.kept ?? {}).map((column) => column.index);
  for (const column of [events.event, events.person, events.distinct, events.session, ...events.groups, ...kept]) {
    permuteNumbers(column, order, start, end);
  }
  permuteNumbers(events.timestamp, order, start, end);
  const uuid = events.uuid.slice(start * UUID_BYTES, end * UUID_BYTES);
  for (let k = 0; k < order.length; k++) {
    const from = ((order[k] as number) - start) * UUID_BYTES;
    const to = (start + k) * UUID_BYTES;
    for (let b = 0; b < UUID_BYTES; b++) events.uuid[to + b] = uuid[from + b] as number;
  }
  if ('properties' in events) {
    permuteTexts(events.properties, order, start, end);
    permuteTexts(events.elementsChain, order, start, end);
  }
}

function permuteNumbers(column: Float64Array | Uint32Array, order: Uint32Array, start: number, end: number): void {
  const copy = column.slice(start, end);
  for (let k = 0; k < order.length; k++) column[start + k] = copy[(order[k] as number) - start] as number;
}

function permuteTexts(column: string[], order: Uint32Array, start: number, end: number): void {
  const copy = column.slice(start, end);
  for (let k = 0; k < order.length; k++) column[start + k] = copy[(order[k] as number) - start] as string;
}
