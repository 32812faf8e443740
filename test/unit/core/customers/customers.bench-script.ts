// Scratch benchmark (not a vitest test): the customers list and a profile over a synthetic EventTable of DESIGN §6's
// size, 1M events / 50k persons by default, actors' activity skewed (a few heavy users, a long tail).
// Run: npx tsx test/unit/core/customers/customers.bench-script.ts [events]
import { resolveActors } from '../../../../src/core/engine/actors';
import { ROLE_NAMES, type RoleName } from '../../../../src/core/engine/prepared-data';
import { GROUP_SLOTS } from '../../../../src/core/events/event-batch';
import type { EventTable, PersonInfo } from '../../../../src/core/events/event-table';
import { aggregateCustomers } from '../../../../src/core/customers/customer-aggregates';
import { listCustomers } from '../../../../src/core/customers/list-customers';
import { queryCustomers } from '../../../../src/core/customers/query-customers';
import { buildCustomerProfile } from '../../../../src/core/profile/build-customer-profile';
import { random } from '../metrics/random-data';

const EVENTS = Number(process.argv[2] ?? 1_000_000);
const ACTORS = 50_000;
const DAYS = 180;
const EVENT_NAMES = ['', '$pageview', '$autocapture', '$exception', 'signed_up', 'subscribed', 'payment', 'ticket_created'];
const PROPERTIES: Record<string, string> = {
  $pageview: JSON.stringify({ $pathname: '/app/dashboard', $current_url: 'https://app.example.com/app/dashboard', $browser: 'Chrome', $os: 'Mac OS X', $lib: 'web', $lib_version: '1.200.0', $session_id: 'x' }),
  $autocapture: JSON.stringify({ $el_text: 'Save', $event_type: 'click', $pathname: '/app/settings' }),
  $exception: JSON.stringify({ $exception_fingerprint: 'fp-1', $exception_list: [{ type: 'TypeError', value: 'x is undefined', mechanism: { handled: false } }] }),
  payment: JSON.stringify({ amount: '49.00', currency: 'USD' }),
  ticket_created: JSON.stringify({ ticket_id: 'T-1', subject: 'Help', status: 'open' }),
};

function syntheticTable(): { table: EventTable; persons: PersonInfo[]; roles: Record<RoleName, Uint8Array | null> } {
  const next = random(7);
  const start = Date.parse('2026-01-01T00:00:00Z');
  const timestamp = new Float64Array(EVENTS);
  for (let i = 0; i < EVENTS; i++) timestamp[i] = start + Math.floor(next() * DAYS * 86_400_000);
  timestamp.sort();
  const personIds = [''];
  const persons: PersonInfo[] = [];
  for (let a = 0; a < ACTORS; a++) {
    const id = `0190${a.toString(16).padStart(8, '0')}-person`;
    personIds.push(id);
    persons.push({ id, distinct_ids: [`d${a}`], properties: { email: `user${a}@example.com`, name: `User ${a}` }, created_at: start });
  }
  const event = new Uint32Array(EVENTS);
  const person = new Uint32Array(EVENTS);
  const session = new Uint32Array(EVENTS);
  const uuid = new Uint8Array(EVENTS * 16);
  const properties = new Array<string>(EVENTS);
  const roles = {} as Record<RoleName, Uint8Array | null>;
  for (const role of ROLE_NAMES) roles[role] = new Uint8Array(EVENTS);
  const sessionIds = [''];
  for (let i = 0; i < EVENTS; i++) {
    // Skewed: actor ≈ ACTORS · u³, so low indexes are heavy users.
    const actor = Math.min(ACTORS - 1, Math.floor(ACTORS * next() ** 3));
    person[i] = actor + 1;
    const r = next();
    const code = r < 0.7 ? 1 : r < 0.9 ? 2 : r < 0.93 ? 3 : r < 0.935 ? 4 : r < 0.937 ? 5 : r < 0.941 ? 6 : r < 0.942 ? 7 : 1;
    event[i] = code;
    const name = EVENT_NAMES[code]!;
    properties[i] = PROPERTIES[name] ?? '{}';
    if (code === 1 || code === 2) roles.activity![i] = 1;
    if (code === 4) roles.signup![i] = 1;
    if (code === 5) roles.subscription![i] = 1;
    if (code === 6) roles.payment![i] = 1;
    if (code === 7) roles.support_ticket![i] = 1;
    // A session per actor per ~3-hour slot.
    session[i] = next() < 0.9 ? sessionIds.push(`s${actor}-${Math.floor(timestamp[i]! / 10_800_000)}`) - 1 : 0;
    for (let b = 0; b < 4; b++) uuid[i * 16 + 12 + b] = (i >>> (24 - 8 * b)) & 255;
  }
  const table: EventTable = {
    count: EVENTS, timestamp, uuid, event, eventNames: EVENT_NAMES, person, personIds,
    distinct: new Uint32Array(EVENTS), distinctIds: [''], session, sessionIds,
    groups: Array.from({ length: GROUP_SLOTS }, () => new Uint32Array(EVENTS)), groupKeys: Array.from({ length: GROUP_SLOTS }, () => ['']),
    properties, elementsChain: new Array<string>(EVENTS).fill(''),
  };
  return { table, persons, roles };
}

function time<T>(label: string, run: () => T, repeat = 5): T {
  let result = run(); // warm-up
  const times: number[] = [];
  for (let r = 0; r < repeat; r++) {
    const t0 = performance.now();
    result = run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(48)} median ${times[Math.floor(repeat / 2)]!.toFixed(1).padStart(7)} ms  (min ${times[0]!.toFixed(1)})`);
  return result;
}

const { table, persons, roles } = syntheticTable();
console.log(`${EVENTS.toLocaleString('en')} events, ${ACTORS.toLocaleString('en')} persons, node ${process.version}`);
const actors = time('resolveActors (context, not ours)', () => resolveActors(table, { kind: 'person' }, persons, []), 3);
const input = { table, actors, roles };
time('listCustomers (aggregate + sort last_seen)', () => listCustomers(input, { sort: 'last_seen' }));
const aggregates = time('  aggregateCustomers (one pass)', () => aggregateCustomers(input));
time('  queryCustomers sort last_seen', () => queryCustomers(aggregates, { sort: 'last_seen' }));
time('  queryCustomers sort activity', () => queryCustomers(aggregates, { sort: 'activity' }));
time('  queryCustomers sort signup asc', () => queryCustomers(aggregates, { sort: 'signup', descending: false }));
time('  aggregate + first search (builds search text)', () => queryCustomers(aggregateCustomers(input), { sort: 'activity', search: 'user12' }));
const found = time('  queryCustomers search "user12" + activity', () => queryCustomers(aggregates, { sort: 'activity', search: 'USER12' }));
console.log(`    (${found.total} matches)`);
const top = queryCustomers(aggregates, { sort: 'activity', limit: 1 }).rows[0]!;
const median = queryCustomers(aggregates, { sort: 'activity', offset: Math.floor(ACTORS / 2), limit: 1 }).rows[0]!;
for (const row of [top, median]) {
  const profile = time(`buildCustomerProfile (${row.event_count} events)`, () => buildCustomerProfile({ ...input, actorId: row.actor }));
  console.log(`    sessions ${profile!.history.total_sessions}, errors ${profile!.errors.length}, tickets ${profile!.tickets!.length}, payments ${profile!.milestones.payments!.count}`);
  time(`  same, history page 10`, () => buildCustomerProfile({ ...input, actorId: row.actor }, { historyPage: 10 }));
}
