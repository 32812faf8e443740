// The customer's errors: its `$exception` events grouped as error tracking groups them — by ingestion's
// fingerprint when there is one, else by type and message — most recently seen first.
import type { EventTable } from '../events/event-table';
import { formatTimestamp } from '../events/timestamps';
import { compareCodeUnits } from './code-unit-order';
import { parseProperties } from './event-properties';
import { readException } from './exception-fields';
import { uuidTextAt } from './uuid-text';

export const EXCEPTION_EVENT = '$exception';

export interface ErrorGroup {
  /** Stable key for the group: "fingerprint:<fp>", or "type:" + JSON of [type, message]. */
  key: string;
  fingerprint: string | null;
  /** Type and message of the latest occurrence (a fingerprint may cover several messages). */
  type: string | null;
  message: string | null;
  level: string | null;
  count: number;
  /** Distinct sessions the occurrences happened in (PostHog's "sessions" column). */
  sessions: number;
  first_seen: string;
  last_seen: string;
  /** false when any occurrence was unhandled; true when every one that says so was handled; null when none says. */
  handled: boolean | null;
  /** The latest occurrence, to open it in the history. */
  last_event_uuid: string;
}

interface Accumulator {
  group: ErrorGroup;
  lastMs: number;
  sessions: Set<number>;
}

export function groupErrors(table: EventTable, rows: Int32Array): ErrorGroup[] {
  const code = table.eventNames.indexOf(EXCEPTION_EVENT);
  if (code <= 0) return [];
  const byKey = new Map<string, Accumulator>();
  // Rows ascend in time: the first occurrence opens a group, each later one moves its "last" fields.
  for (const row of rows) {
    if (table.event[row] !== code) continue;
    const fields = readException(parseProperties(table.properties[row]));
    const key = fields.fingerprint !== null ? `fingerprint:${fields.fingerprint}` : `type:${JSON.stringify([fields.type, fields.message])}`;
    const time = table.timestamp[row]!;
    let entry = byKey.get(key);
    if (!entry) {
      entry = {
        group: { key, fingerprint: fields.fingerprint, type: null, message: null, level: null, count: 0, sessions: 0,
          first_seen: formatTimestamp(time), last_seen: '', handled: null, last_event_uuid: '' },
        lastMs: time,
        sessions: new Set(),
      };
      byKey.set(key, entry);
    }
    const { group } = entry;
    group.count++;
    group.type = fields.type;
    group.message = fields.message;
    group.level = fields.level ?? group.level;
    group.last_seen = formatTimestamp(time);
    group.last_event_uuid = uuidTextAt(table.uuid, row);
    if (fields.handled === false || (fields.handled === true && group.handled === null)) group.handled = fields.handled;
    entry.lastMs = time;
    const session = table.session[row]!;
    if (session !== 0) entry.sessions.add(session);
  }
  const entries = [...byKey.values()];
  entries.sort((a, b) => b.lastMs - a.lastMs || compareCodeUnits(a.group.key, b.group.key));
  return entries.map(({ group, sessions }) => ({ ...group, sessions: sessions.size }));
}
