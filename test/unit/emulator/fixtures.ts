// Small hand-made data sets and request helpers for the emulator tests.
import type { DemoDataset, DemoEvent, DemoPerson, DemoProject } from '../../demo-data/types.ts';
import { DEMO_KEY } from '../../emulator/keys.ts';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/server.ts';

/** 2026-03-29 00:00:00 Europe/Berlin (+01:00), the day clocks go forward at 02:00. */
export const DST_DAY_START = Date.UTC(2026, 2, 28, 23, 0, 0);

export const PERSON_A = '01960000-0000-4000-8000-00000000000a';
export const PERSON_B = '01960000-0000-4000-8000-00000000000b';

export function testProject(): DemoProject {
  return {
    id: 1,
    uuid: '01960000-0000-7000-8000-000000000001',
    name: 'Emulator test project',
    timezone: 'Europe/Berlin',
    api_token: 'phc_emulator_test_token',
    organization: '01960000-0000-7000-8000-0000000000aa',
    test_account_filters: [{ key: 'email', value: '@example.com', operator: 'not_icontains', type: 'person' }],
    customer_analytics_config: { activity: { kind: 'EventsNode', event: '$pageview' } },
    actions: [
      { id: 7, name: 'Signed up', description: '', created_at: DST_DAY_START, steps: [{ event: 'signed_up' }] },
      {
        id: 8,
        name: 'Clicked pricing',
        description: 'Pricing page clicks',
        created_at: DST_DAY_START,
        steps: [{ event: '$autocapture', url: '/pricing', url_matching: 'contains', text: 'Buy', text_matching: 'exact' }],
      },
    ],
    group_types: [{ group_type: 'company', group_type_index: 0, name_singular: 'Company', name_plural: 'Companies' }],
    created_at: DST_DAY_START - 86_400_000,
  };
}

export function makeEvent(overrides: Partial<DemoEvent> & Pick<DemoEvent, 'uuid' | 'timestamp'>): DemoEvent {
  const properties = overrides.properties ?? { $current_url: 'https://app.example.com/', $browser: 'Firefox', $session_id: 's1' };
  return {
    event: '$pageview',
    distinct_id: 'user-a',
    person_id: PERSON_A,
    elements_chain: '',
    $session_id: typeof properties.$session_id === 'string' ? properties.$session_id : '',
    $group_0: '',
    $group_1: '',
    $group_2: '',
    $group_3: '',
    $group_4: '',
    ...overrides,
    properties,
  };
}

/** A UUID-shaped id whose order differs from `n`'s, so ties on a timestamp are really broken by uuid. */
export function uuidFor(n: number): string {
  const scrambled = ((n * 7919) % 10_007).toString(16).padStart(4, '0');
  return `0196${scrambled}-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
}

/**
 * `count` events from DST_DAY_START, three per timestamp (ties), 20 minutes apart, so that they cross the DST
 * change at 02:00 local time. Every fourth is a `signed_up` by person B; the rest are pageviews by person A.
 */
export function makeEvents(count: number, start = DST_DAY_START): DemoEvent[] {
  const events: DemoEvent[] = [];
  for (let i = 0; i < count; i++) {
    const byB = i % 4 === 3;
    events.push(
      makeEvent({
        uuid: uuidFor(i),
        timestamp: start + Math.floor(i / 3) * 20 * 60_000 + 123,
        event: byB ? 'signed_up' : '$pageview',
        distinct_id: byB ? 'user-b' : 'user-a',
        person_id: byB ? PERSON_B : PERSON_A,
        properties: { $browser: byB ? 'Chrome' : 'Firefox', $session_id: `s${i % 5}`, plan: { tier: 'pro', seats: 3 }, n: i },
        $group_0: byB ? 'acme' : '',
      }),
    );
  }
  return sortEvents(events);
}

/** PostHog's person_id for events without a person in data sets that left it null (ClickHouse's UUID is never null). */
export const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * UUIDs in ClickHouse's order, which is not the text's: a UUID is a UInt128 compared by its last 8 bytes first,
 * then its first 8 (`ffffffff-…-…-0000-000000000001` sorts before `00000000-…-0000-000000000009`).
 */
export function compareUuids(a: string, b: string): number {
  const key = (uuid: string) => {
    const hex = uuid.toLowerCase().replaceAll('-', '');
    return hex.slice(16) + hex.slice(0, 16);
  };
  const x = key(a);
  const y = key(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** By (timestamp, uuid) as ClickHouse orders them. */
export function sortEvents(events: DemoEvent[]): DemoEvent[] {
  return events.sort((a, b) => a.timestamp - b.timestamp || compareUuids(a.uuid, b.uuid));
}

export function makePersons(): DemoPerson[] {
  return [
    { id: PERSON_A, uuid: PERSON_A, distinct_ids: ['anon-a', 'user-a'], properties: { email: 'ada@example.org', name: 'Ada' }, is_identified: true, created_at: DST_DAY_START - 3_600_000 },
    { id: PERSON_B, uuid: PERSON_B, distinct_ids: ['user-b'], properties: { email: 'bob@example.com' }, is_identified: false, created_at: DST_DAY_START },
  ];
}

export function makeDataset(eventCount = 30): DemoDataset {
  return {
    project: testProject(),
    events: makeEvents(eventCount),
    persons: makePersons(),
    groups: [
      { group_type_index: 0, group_key: 'acme', group_properties: { name: 'Acme Inc', plan: 'pro' }, created_at: DST_DAY_START },
      { group_type_index: 0, group_key: 'globex', group_properties: { name: 'Globex' }, created_at: DST_DAY_START + 60_000 },
    ],
  };
}

export function startTestEmulator(options: Partial<EmulatorOptions> = {}): Promise<Emulator> {
  return startEmulator({ dataset: makeDataset(), silent: true, ...options });
}

export interface QueryOptions {
  key?: string;
  refresh?: string;
  path?: string;
}

/** POSTs a HogQLQuery; `force_blocking` unless told otherwise, as an event poller must. */
export function postQuery(emulator: Emulator, query: string, values?: Record<string, unknown>, options: QueryOptions = {}): Promise<Response> {
  const body = { query: { kind: 'HogQLQuery', query, ...(values ? { values } : {}) }, refresh: options.refresh ?? 'force_blocking' };
  return fetch(`${emulator.url}${options.path ?? `/api/projects/${emulator.project.id}/query/`}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${options.key ?? DEMO_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export interface QueryBody {
  columns: string[];
  types: [string, string][];
  results: unknown[][];
  hasMore: boolean | null;
  limit: number | null;
  offset: number | null;
  is_cached: boolean;
  [key: string]: unknown;
}

export async function queryRows(emulator: Emulator, query: string, values?: Record<string, unknown>): Promise<QueryBody> {
  const response = await postQuery(emulator, query, values);
  const body = (await response.json()) as QueryBody;
  if (response.status !== 200) throw new Error(`query failed with ${response.status}: ${JSON.stringify(body)}`);
  return body;
}

export function get(emulator: Emulator, path: string, key: string | null = DEMO_KEY): Promise<Response> {
  return fetch(`${emulator.url}${path}`, { headers: key === null ? {} : { Authorization: `Bearer ${key}` } });
}
