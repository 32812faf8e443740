// The dataset both sides of the cross-check read: the demo generator's events and persons, plus a few deterministic
// changes that reach the DESIGN §5 rules the plain demo data never exercises (it gives every event a person_id,
// never repeats a uuid and has no event without a person). Both sides get exactly the same raw records; the engine
// reads them through the file importer (addEventRecord / parseJsonLines), DuckDB through its own tables.
import { emptyBatch, type EventBatch } from '../../../src/core/events/event-batch';
import type { GroupInfo, PersonInfo } from '../../../src/core/events/event-table';
import { addEventRecord } from '../../../src/sources/file-import/event-record';
import { parseJsonLines } from '../../../src/sources/file-import/parse-import';
import { DEFAULT_END, generateDemoData } from '../../demo-data/generate';
import { demoRoleConfig } from '../../demo-data/role-config';
import type { DemoEvent } from '../../demo-data/types';

const HOUR = 3_600_000;
const DAY = 86_400_000;

/** One raw event as DuckDB loads it: either epoch ms or the ISO text the record carried. */
export interface RawEventRow {
  uuid: string;
  event: string;
  timestampMs: number | null;
  timestampText: string | null;
  distinctId: string;
  personId: string | null;
  /** The properties' JSON text, the same text the engine stores. */
  properties: string;
  /** The `$session_id` column, null when the record had none. */
  sessionColumn: string | null;
}

export interface RawPersonRow {
  id: string;
  distinctIds: string[];
  properties: string;
  createdAtMs: number;
}

export interface CrossCheckData {
  /** Engine input. */
  batches: EventBatch[];
  persons: PersonInfo[];
  groups: GroupInfo[];
  configJson: string;
  /** DuckDB input: the same records. */
  eventRows: RawEventRow[];
  personRows: RawPersonRow[];
  /** The first instant after the generated data (exclusive). */
  dataEndMs: number;
  stats: { generated: number; withoutPersonId: number; duplicates: number; crafted: number };
}

/** A record in the shape of a PostHog JSONL export line (what parseJsonLines reads). */
interface CraftedRecord {
  uuid: string;
  event: string;
  timestamp: string;
  distinct_id: string;
  person_id: string | null;
  properties: Record<string, unknown>;
  $session_id?: string;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** ISO 8601 with microseconds and a fixed offset (PostHog writes times like this), for instant `ms` + `micros`. */
function isoWithOffset(ms: number, micros: number, offsetMinutes: number): string {
  const shifted = new Date(ms + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const zone = offsetMinutes === 0 ? 'Z' : `${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
  return (
    `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1, 2)}-${pad(shifted.getUTCDate(), 2)}T` +
    `${pad(shifted.getUTCHours(), 2)}:${pad(shifted.getUTCMinutes(), 2)}:${pad(shifted.getUTCSeconds(), 2)}.` +
    `${pad(shifted.getUTCMilliseconds(), 3)}${pad(micros, 3)}${zone}`
  );
}

/** The orphan devices: no person_id, a distinct_id no person holds, so the distinct_id is the actor. */
export const ORPHAN_DEVICES = ['Zulu-device', 'alpha-device', '\u00c9mile-device'] as const;
/**
 * A person_id no person record holds, as PostHog gives personless events (a v5 UUID of the distinct id) and events
 * of a person merged away: the event resolves by its distinct_id, so the actor is GHOST_DISTINCT_ID, not the UUID.
 */
export const GHOST_PERSON_ID = 'aaaaaaaa-0000-4000-8000-000000000001';
export const GHOST_DISTINCT_ID = 'ghost-distinct';

function craftedEvents(dataStartMs: number, days: number): CraftedRecord[] {
  const out: CraftedRecord[] = [];
  let serial = 0;
  const uuid = () => `ffffffff-0000-7000-8000-${(serial++).toString(16).padStart(12, '0')}`;
  const add = (event: string, ms: number, distinctId: string, opts: { micros?: number; offset?: number; personId?: string | null; properties?: Record<string, unknown>; session?: string | 'properties' | null } = {}) => {
    const properties: Record<string, unknown> = { $lib: 'cross-check', ...opts.properties };
    const record: CraftedRecord = {
      uuid: uuid(),
      event,
      timestamp: isoWithOffset(ms, opts.micros ?? 0, opts.offset ?? 0),
      distinct_id: distinctId,
      person_id: opts.personId ?? null,
      properties,
    };
    if (opts.session === 'properties') properties.$session_id = `props-session-${distinctId}-${Math.floor(ms / DAY)}`;
    else if (typeof opts.session === 'string') record.$session_id = opts.session;
    out.push(record);
  };

  // Three devices with identical schedules: equal activity counts in every window, so power users must break the
  // tie by actor id in code-unit order ('Z' < 'a' < 'É'), which a locale collation would not.
  for (let day = 0; day < days; day++) {
    for (let k = 0; k < 9; k++) {
      const ms = dataStartMs + day * DAY + (5 + 2 * k) * HOUR + 1234 * k;
      ORPHAN_DEVICES.forEach((device, d) => {
        // Sessions from the column, from the properties only, or none at all.
        const session = d === 0 ? `col-session-${device}-${day}` : d === 1 ? 'properties' : k % 2 === 0 ? null : '';
        add('dashboard viewed', ms + d, device, { micros: 999, offset: k % 2 === 0 ? 120 : -330, session });
      });
    }
  }

  // Local-day edges around the autumn DST change (Europe/Berlin leaves CEST at 2026-10-25 01:00 UTC).
  const edge = 'dst-edge-device';
  for (const [iso, micros] of [
    ['2026-10-24T21:59:59.999Z', 999], // 23:59:59.999999 CEST on the 24th
    ['2026-10-24T22:00:00.000Z', 0], // 00:00 on the 25th
    ['2026-10-25T00:59:59.999Z', 999], // 02:59:59 CEST, the first 02:xx
    ['2026-10-25T01:00:00.000Z', 0], // 02:00 CET, the second 02:xx
    ['2026-10-25T22:59:59.999Z', 999], // 23:59:59 CET on the 25th
    ['2026-10-25T23:00:00.000Z', 0], // 00:00 on the 26th
    ['2026-10-31T22:59:59.999Z', 500], // the last local instant of the 31st
  ] as const) {
    add('dashboard viewed', Date.parse(iso), edge, { micros, offset: 60, session: `edge-session-${iso.slice(0, 10)}` });
  }

  // Funnel edges: a signup exactly W after the pageview converts; W + 1 ms does not; s = p converts in 0 s.
  const signupPage = { $pathname: '/SignUp/start', $current_url: 'https://demo-saas.example/SignUp/start' };
  const w14 = 14 * DAY;
  const p1 = Date.parse('2026-10-10T10:00:00.000Z');
  add('$pageview', p1, 'funnel-exact-w', { properties: signupPage });
  add('user signed up', p1 + w14, 'funnel-exact-w');
  const p2 = Date.parse('2026-10-11T10:00:00.000Z');
  add('$pageview', p2, 'funnel-w-plus-1ms', { properties: signupPage });
  add('user signed up', p2 + w14 + 1, 'funnel-w-plus-1ms');
  const p3 = Date.parse('2026-10-12T12:00:00.000Z');
  add('$pageview', p3, 'funnel-same-ms', { properties: signupPage });
  add('user signed up', p3, 'funnel-same-ms');
  // s* is the earliest signup reachable; p* the latest pageview before it, not the latest one overall.
  const p4 = Date.parse('2026-10-13T08:00:00.000Z');
  add('$pageview', p4, 'funnel-choice', { properties: signupPage });
  add('$pageview', p4 + HOUR, 'funnel-choice', { properties: signupPage });
  add('user signed up', p4 + 90 * 60_000, 'funnel-choice');
  add('$pageview', p4 + 2 * HOUR, 'funnel-choice', { properties: signupPage });
  add('user signed up', p4 + 3 * HOUR, 'funnel-choice');
  // A payment after the 90-day range's `to` (2026-10-29) still converts that range's signup (free to paid).
  add('user signed up', Date.parse('2026-10-20T08:00:00.000Z'), 'funnel-pays-late');
  add('payment succeeded', Date.parse('2026-10-30T08:00:00.000Z'), 'funnel-pays-late', { properties: { amount: 29 } });
  // A signup pageview whose pathname is not a string, one with no pathname, one whose event name differs in case.
  add('$pageview', p1 + HOUR, 'funnel-odd-pages', { properties: { $pathname: 12 } });
  add('$pageview', p1 + 2 * HOUR, 'funnel-odd-pages', { properties: {} });
  add('$PageView', p1 + 3 * HOUR, 'funnel-odd-pages', { properties: signupPage });

  // A person_id with no person record: resolved by the distinct id.
  for (let day = days - 45; day < days; day += 3) {
    add('dashboard viewed', dataStartMs + day * DAY + 15 * HOUR, GHOST_DISTINCT_ID, { personId: GHOST_PERSON_ID, session: `ghost-${day}` });
  }
  return out;
}

/**
 * The demo data (seed, ~120k events, 180 days ending at the default end) with these changes:
 * - every 11th event loses its person_id (its actor must be found through the persons' distinct_ids, and a test
 *   account's event must still be filtered out through that person);
 * - every 97th event is delivered a second time in a later batch (must be dropped as an already seen uuid);
 * - one internal tester's email is upper-cased (the test-account filter's icontains is case-insensitive);
 * - the crafted events above, imported as JSONL text with microsecond, offset-bearing timestamps.
 */
export function buildCrossCheckData(seed: number, events: number): CrossCheckData {
  const days = 180;
  const dataEndMs = DEFAULT_END;
  const demo = generateDemoData({ seed, events, days, end: dataEndMs });
  const dataStartMs = dataEndMs - days * DAY;

  let withoutPersonId = 0;
  const generated: DemoEvent[] = demo.events.map((e, i) => {
    if (i % 11 !== 3) return e;
    withoutPersonId++;
    return { ...e, person_id: null };
  });
  const repeated = generated.filter((_, i) => i % 97 === 5);

  const persons: PersonInfo[] = demo.persons.map((p) => ({ id: p.id, distinct_ids: p.distinct_ids, properties: p.properties, created_at: p.created_at }));
  const tester = persons.find((p) => typeof p.properties.email === 'string' && p.properties.email.endsWith('@demo-saas.example'));
  if (!tester) throw new Error('cross-check: the demo data has no internal tester');
  tester.properties = { ...tester.properties, email: String(tester.properties.email).replace('@demo-saas.example', '@DEMO-SAAS.Example') };

  // Engine side: the generated events through the importer's record function, the crafted ones as JSONL text.
  const main = emptyBatch(generated.length);
  for (const e of generated) {
    const problem = addEventRecord(main, e);
    if (problem) throw new Error(`cross-check: the importer refused a generated event: ${problem}`);
  }
  const again = emptyBatch(repeated.length);
  for (const e of repeated) addEventRecord(again, e);
  const crafted = craftedEvents(dataStartMs, days);
  const piece = parseJsonLines(crafted.map((r) => JSON.stringify(r)), 1, 'crafted.jsonl');
  if (piece.malformed > 0) throw new Error(`cross-check: ${piece.malformedExample}`);

  // DuckDB side: the same records, field by field.
  const demoRow = (e: DemoEvent): RawEventRow => ({
    uuid: e.uuid,
    event: e.event,
    timestampMs: e.timestamp,
    timestampText: null,
    distinctId: e.distinct_id,
    personId: e.person_id,
    properties: JSON.stringify(e.properties),
    sessionColumn: e.$session_id,
  });
  const eventRows: RawEventRow[] = [...generated.map(demoRow), ...repeated.map(demoRow)];
  for (const r of crafted) {
    eventRows.push({
      uuid: r.uuid,
      event: r.event,
      timestampMs: null,
      timestampText: r.timestamp,
      distinctId: r.distinct_id,
      personId: r.person_id,
      properties: JSON.stringify(r.properties),
      sessionColumn: r.$session_id ?? null,
    });
  }
  const personRows: RawPersonRow[] = persons.map((p) => ({ id: p.id, distinctIds: p.distinct_ids, properties: JSON.stringify(p.properties), createdAtMs: p.created_at }));

  return {
    batches: [main, again, piece.batch],
    persons,
    groups: demo.groups,
    configJson: demoRoleConfig(demo.project),
    eventRows,
    personRows,
    dataEndMs,
    stats: { generated: generated.length, withoutPersonId, duplicates: repeated.length, crafted: crafted.length },
  };
}
