// Runs compiled HogQL through the emulator's /query/ endpoint exactly as the client sends it (SQL + values) and
// the engine's own matcher on the same events, so a test can assert the two pick the same uuids.
import { parseRole } from '../../../../src/core/config/parse-matcher';
import { parsePropertyFilters } from '../../../../src/core/config/parse-property-filter';
import type { Matcher, PropertyFilter } from '../../../../src/core/config/role-config';
import { buildEventTable } from '../../../../src/core/engine/event-table-builder';
import { emptyBatch, type EventBatch } from '../../../../src/core/events/event-batch';
import type { EventTable, PersonInfo } from '../../../../src/core/events/event-table';
import { compileRole } from '../../../../src/core/roles/compile-role';
import { matchRoleMask } from '../../../../src/core/roles/match-role';
import { createPeopleLookup } from '../../../../src/core/roles/people-lookup';
import { testAccountMask } from '../../../../src/core/roles/test-accounts';
import { compileMatchersToHogQL, compileTestAccountFiltersToHogQL, type CompiledHogQL } from '../../../../src/sources/posthog/rollup';
import type { DemoDataset, DemoEvent, DemoPerson } from '../../../demo-data/types';
import { startEmulator, type Emulator } from '../../../emulator/server';
import { makeEvent, NIL_UUID, queryRows, sortEvents, testProject } from '../../emulator/fixtures';

export const T0 = Date.UTC(2026, 2, 10, 12, 0, 0);

export function uuidOf(n: number): string {
  return `01960000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** Events from readable rows: the n-th gets uuid n and a timestamp n seconds after T0. */
export function events(rows: Partial<DemoEvent>[]): DemoEvent[] {
  return sortEvents(rows.map((row, n) => makeEvent({ properties: {}, ...row, uuid: uuidOf(n + 1), timestamp: T0 + (n + 1) * 1000 })));
}

function batchOf(list: readonly DemoEvent[]): EventBatch {
  // No kept columns: the engine then reads every property from the JSON text, as it does for a file import.
  const batch = { ...emptyBatch(list.length), kept: {} };
  list.forEach((event, i) => {
    batch.uuid.push(event.uuid);
    batch.event.push(event.event);
    batch.timestamp[i] = event.timestamp;
    batch.distinctId.push(event.distinct_id);
    batch.personId.push(event.person_id === null || event.person_id === NIL_UUID ? null : event.person_id);
    batch.sessionId.push(event.$session_id || null);
    for (let g = 0; g < 5; g++) batch.groups[g]!.push(null);
    batch.properties.push(JSON.stringify(event.properties));
    batch.elementsChain.push(event.elements_chain);
  });
  batch.length = list.length;
  return batch;
}

function uuidsOfMask(table: EventTable, mask: Uint8Array): string[] {
  const out: string[] = [];
  for (let i = 0; i < table.count; i++) {
    if (mask[i] !== 1) continue;
    const hex = [...table.uuid.subarray(i * 16, i * 16 + 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
    out.push(`${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`);
  }
  return out.sort();
}

export interface Bench {
  emulator: Emulator;
  /** The uuids the compiled role selects in ClickHouse, and those the engine's matchRoleMask selects. */
  role(raw: unknown): Promise<{ sql: string[]; engine: string[]; compiled: CompiledHogQL }>;
  testAccounts(raw: unknown): Promise<{ sql: string[]; engine: string[]; compiled: CompiledHogQL }>;
  close(): Promise<void>;
}

export async function startBench(list: DemoEvent[], persons: DemoPerson[] = []): Promise<Bench> {
  const dataset: DemoDataset = { project: { ...testProject(), timezone: 'UTC' }, events: list, persons, groups: [] };
  const emulator = await startEmulator({ dataset, silent: true, rateLimit: false });
  const { table } = buildEventTable([batchOf(list)]);
  const people = createPeopleLookup(table, persons.map((p): PersonInfo => ({ id: p.id, distinct_ids: p.distinct_ids, properties: p.properties, created_at: p.created_at })));
  const run = async (compiled: CompiledHogQL): Promise<string[]> => {
    const body = await queryRows(emulator, `SELECT uuid FROM events WHERE ${compiled.sql} ORDER BY uuid LIMIT 10000`, compiled.values);
    return body.results.map((row) => String(row[0])).sort();
  };
  return {
    emulator,
    async role(raw) {
      const matchers: Matcher[] = parseRole(raw, 'roles.test');
      const compiled = compileMatchersToHogQL(matchers);
      const engine = uuidsOfMask(table, matchRoleMask(table, compileRole(matchers), people));
      return { sql: await run(compiled), engine, compiled };
    },
    async testAccounts(raw) {
      const filters: PropertyFilter[] = parsePropertyFilters(raw, 'testAccountFilters');
      const compiled = compileTestAccountFiltersToHogQL(filters);
      const engine = uuidsOfMask(table, testAccountMask(table, filters, people));
      return { sql: await run(compiled), engine, compiled };
    },
    close: () => emulator.close(),
  };
}

/** Every string the user wrote in a config fragment (keys, values, event names, urls, texts). */
export function userStrings(raw: unknown): string[] {
  const out: string[] = [];
  const walk = (value: unknown, key?: string): void => {
    if (typeof value === 'string') {
      if (!['kind', 'operator', 'type', 'url_matching', 'text_matching', 'href_matching'].includes(key ?? '') && value.length >= 3) out.push(value);
    } else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(raw);
  return out;
}

/** The string literals of a HogQL text. */
export function literalsOf(sql: string): string[] {
  return [...sql.matchAll(/'(?:\\.|[^'\\])*'/g)].map((m) => m[0]);
}

/** The only literals the compiler writes itself (property-sql.ts, elements-chain-sql.ts): fixed syntax, no user text. */
export const FIXED_LITERALS = new Set([
  "''", "'null'", `'"'`, "'^-?[0-9]'", "'e([0-9])'", "'e+\\\\1'", "'^-?[0-9]+([.][0-9]+)?$'", "'^[^.:]*'", "'text'", "'href'",
  `'\\\\"'`, `'(?:[^;"]|"(?:\\\\\\\\.|[^"\\\\\\\\])*")+'`, "'(?s)^.*?:([\\\\w-]*=.*)$'", `'([\\\\w-]+)="((?:\\\\\\\\.|[^"\\\\\\\\])*)"'`,
]);

/** No user text in the SQL: every literal is one of ours, and no user string appears inside one. */
export function expectNoUserText(sql: string, raw: unknown, expectFn: (value: unknown) => { toBe(v: unknown): void }): void {
  for (const literal of literalsOf(sql)) expectFn(FIXED_LITERALS.has(literal) ? literal : `unexpected literal ${literal}`).toBe(literal);
  const withoutLiterals = sql.replace(/'(?:\\.|[^'\\])*'/g, "''");
  for (const text of userStrings(raw)) {
    if (/^[\w$]+$/.test(text) && withoutLiterals.match(new RegExp(`(?<![\\w$])${text.replace(/\$/g, '\\$')}(?![\\w$])`))) expectFn(`user text ${text} in the SQL`).toBe('');
  }
}
