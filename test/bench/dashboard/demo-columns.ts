// The demo data set, streamed once into both engines' inputs: the engine's EventTable (columns built directly,
// no row objects) and DuckDB's raw rows (a generator, so 10M events never sit in memory as objects twice).
// Properties carry only what the demo's roles read ($pathname) and the session id: both engines get the same text.
import { parseRoleConfig } from '../../../src/core/config/parse-role-config';
import type { RoleConfig } from '../../../src/core/config/role-config';
import { GROUP_SLOTS } from '../../../src/core/events/event-batch';
import type { EventTable, PersonInfo } from '../../../src/core/events/event-table';
import { generateDemoStream } from '../../demo-data/generate';
import { demoRoleConfig } from '../../demo-data/role-config';
import type { DemoEvent } from '../../demo-data/types';
import type { RawEventRow, RawPersonRow } from '../../unit/cross-check/cross-check-data';

class Codes {
  readonly values = [''];
  private readonly map = new Map<string, number>([['', 0]]);
  code(value: string | null): number {
    if (!value) return 0;
    let code = this.map.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.map.set(value, code);
    }
    return code;
  }
}

const EMPTY = '{}';
function trimmedProperties(e: DemoEvent): string {
  const pathname = e.properties.$pathname;
  return typeof pathname === 'string' ? JSON.stringify({ $pathname: pathname }) : EMPTY;
}

export interface DemoColumns {
  table: EventTable;
  persons: PersonInfo[];
  rawPersons: RawPersonRow[];
  config: RoleConfig;
  timezone: string;
  /** DuckDB's rows, generated again from the same seed. */
  rawEvents: () => Iterable<RawEventRow>;
  firstMs: number;
  lastMs: number;
}

export function demoColumns(events: number, seed: number): DemoColumns {
  const options = { seed, events, days: 180 };
  const stream = generateDemoStream(options);
  let count = 0;
  for (const day of stream.days()) count += day.events.length;
  const codes = { event: new Codes(), person: new Codes(), distinct: new Codes(), session: new Codes(), groups: Array.from({ length: GROUP_SLOTS }, () => new Codes()) };
  const table: EventTable = {
    count, timestamp: new Float64Array(count), uuid: new Uint8Array(0),
    event: new Uint32Array(count), eventNames: codes.event.values, person: new Uint32Array(count), personIds: codes.person.values,
    distinct: new Uint32Array(count), distinctIds: codes.distinct.values, session: new Uint32Array(count), sessionIds: codes.session.values,
    groups: Array.from({ length: GROUP_SLOTS }, () => new Uint32Array(count)), groupKeys: codes.groups.map((c) => c.values),
    properties: new Array<string>(count), elementsChain: new Array<string>(count).fill(''),
  };
  let i = 0;
  for (const day of stream.days()) {
    for (const e of day.events) {
      table.timestamp[i] = e.timestamp;
      table.event[i] = codes.event.code(e.event);
      table.person[i] = codes.person.code(e.person_id);
      table.distinct[i] = codes.distinct.code(e.distinct_id);
      table.session[i] = codes.session.code(e.$session_id);
      table.groups[0]![i] = codes.groups[0]!.code(e.$group_0);
      table.properties[i] = trimmedProperties(e);
      i++;
    }
  }
  const persons: PersonInfo[] = [];
  const rawPersons: RawPersonRow[] = [];
  for (const p of stream.persons()) {
    persons.push({ id: p.id, distinct_ids: p.distinct_ids, properties: p.properties, created_at: p.created_at });
    rawPersons.push({ id: p.id, distinctIds: p.distinct_ids, properties: JSON.stringify(p.properties), createdAtMs: p.created_at });
  }
  const rawEvents = function* (): Generator<RawEventRow> {
    for (const day of generateDemoStream(options).days()) {
      for (const e of day.events) {
        yield {
          uuid: e.uuid, event: e.event, timestampMs: e.timestamp, timestampText: null, distinctId: e.distinct_id,
          personId: e.person_id, properties: trimmedProperties(e), sessionColumn: e.$session_id || null,
        };
      }
    }
  };
  return {
    table, persons, rawPersons, rawEvents, timezone: stream.project.timezone,
    config: parseRoleConfig(JSON.parse(demoRoleConfig(stream.project))),
    firstMs: table.timestamp[0] ?? 0, lastMs: table.timestamp[count - 1] ?? 0,
  };
}
