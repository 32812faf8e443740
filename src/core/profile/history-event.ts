// One event as the history lists it: identity, time, name, a short label, and its properties for the expanded
// view. Built only for the events of the page shown, the only ones whose JSON is parsed.
import { ROLE_NAMES, type RoleName } from '../engine/prepared-data';
import type { EventTable } from '../events/event-table';
import { formatTimestamp } from '../events/timestamps';
import { eventLabel } from './event-label';
import { parseProperties, type Properties } from './event-properties';
import { uuidTextAt } from './uuid-text';

export interface HistoryEvent {
  uuid: string;
  /** ISO UTC. */
  timestamp: string;
  /** The event name as stored (data: render as text). */
  event: string;
  label: string | null;
  distinct_id: string;
  /** Roles this event plays, in ROLE_NAMES order. */
  roles: RoleName[];
  properties: Properties;
  /** The autocapture DOM chain, '' when none. */
  elements_chain: string;
}

export function historyEvent(table: EventTable, row: number, roles: Record<RoleName, Uint8Array | null>): HistoryEvent {
  const event = table.eventNames[table.event[row]!] ?? '';
  const properties = parseProperties(table.properties[row]);
  const elementsChain = table.elementsChain[row] ?? '';
  const played = ROLE_NAMES.filter((role) => roles[role]?.[row] === 1);
  return {
    uuid: uuidTextAt(table.uuid, row),
    timestamp: formatTimestamp(table.timestamp[row]!),
    event,
    label: eventLabel(event, properties, elementsChain, {
      ticket: played.includes('support_ticket'),
      payment: played.includes('payment'),
    }),
    distinct_id: table.distinctIds[table.distinct[row]!] ?? '',
    roles: played,
    properties,
    elements_chain: elementsChain,
  };
}
