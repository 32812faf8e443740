// The engine's dashboard against an independent DuckDB computation of the same DESIGN §5 definitions, on ~120k
// generated events (Europe/Berlin, with the autumn DST change), tile by tile and element by element.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRoleConfig } from '../../../src/core/config/parse-role-config';
import type { Matcher, RoleConfig } from '../../../src/core/config/role-config';
import { computeDashboard } from '../../../src/core/dashboard/compute-dashboard';
import { buildEventTable } from '../../../src/core/engine/event-table-builder';
import { prepare, type Prepared } from '../../../src/core/engine/prepare';
import type { EventTable } from '../../../src/core/events/event-table';
import { diffTiles } from './compare-tiles';
import { buildCrossCheckData, GHOST_DISTINCT_ID, GHOST_PERSON_ID, ORPHAN_DEVICES, type CrossCheckData } from './cross-check-data';
import { DuckDbTiles, SQL_ROLES } from './duckdb-tiles';

const SEED = 20_261_025;
const EVENTS = 120_000;

/** from, to (inclusive local days) and why each range is here. */
const RANGES: [from: string, to: string, why: string][] = [
  ['2026-10-02', '2026-10-31', 'the last 30 days, ending at the last full day of data'],
  ['2026-08-01', '2026-10-29', '90 days across the DST change; funnels see second steps after `to`'],
  ['2026-10-25', '2026-10-25', 'the 25-hour DST day alone'],
  ['2026-05-05', '2026-05-25', 'the start of the data: windows, previous periods and cohorts reach before it'],
  ['2026-10-20', '2026-11-03', '`to` after the end of the data (a partial last day, then empty days)'],
];
const WEEK_STARTS = ['sunday', 'monday'] as const;

/** The parts of a matcher that decide what it matches, to hold the demo config to what the SQL encodes. */
function essence(matchers: readonly Matcher[]): unknown {
  return matchers.map((m) =>
    m.kind === 'EventsNode'
      ? { event: m.event, properties: m.properties }
      : {
          properties: m.properties,
          steps: m.steps.map((s) => ({ event: s.event, url: s.url, properties: s.properties, text: s.text, href: s.href, tag_name: s.tag_name, selector: s.selector })),
        },
  );
}

let data: CrossCheckData;
let table: EventTable;
let config: RoleConfig;
const prepared = new Map<string, Prepared>();
let duck: DuckDbTiles;

beforeAll(async () => {
  data = buildCrossCheckData(SEED, EVENTS);
  config = parseRoleConfig(JSON.parse(data.configJson));
  table = buildEventTable(data.batches).table;
  for (const weekStart of WEEK_STARTS) {
    prepared.set(weekStart, prepare({ table, persons: data.persons, groups: data.groups, config: { ...config, weekStart } }));
  }
  duck = await DuckDbTiles.load(data.eventRows, data.personRows, config.timezone);
}, 60_000);

afterAll(() => duck?.close());

describe('cross-check: the dashboard against DuckDB', () => {
  it('runs on the data and config it claims to', async () => {
    expect(data.stats.generated).toBeGreaterThanOrEqual(100_000);
    expect(data.stats.withoutPersonId).toBeGreaterThan(5_000);
    expect(data.stats.duplicates).toBeGreaterThan(1_000);
    expect(config.timezone).toBe('Europe/Berlin');
    expect(config.weekStart).toBe('sunday');
    expect(config.business).toEqual({ type: 'b2c' });
    expect(config.filterTestAccounts).toBe(true);
    expect(config.testAccountFilters).toEqual([{ key: 'email', operator: 'not_icontains', type: 'person', value: SQL_ROLES.testAccountEmailNotIcontains }]);
    const event = (name: string) => [{ event: name, properties: [] }];
    expect(essence(config.roles.activity)).toEqual(event(SQL_ROLES.activity.event));
    expect(essence(config.roles.signup_pageview)).toEqual([
      { event: SQL_ROLES.signupPageview.event, properties: [{ key: '$pathname', operator: 'icontains', type: 'event', value: SQL_ROLES.signupPageview.pathnameIcontains }] },
    ]);
    expect(essence(config.roles.signup)).toEqual([
      { properties: [], steps: [{ event: SQL_ROLES.signup.event, url: null, properties: [], text: null, href: null, tag_name: null, selector: null }] },
    ]);
    expect(essence(config.roles.subscription)).toEqual(event(SQL_ROLES.subscription.event));
    expect(essence(config.roles.payment)).toEqual(event(SQL_ROLES.payment.event));

    // The SQL resolves a distinct_id through the one person that holds it; the data must not be ambiguous there.
    const facts = await duck.facts();
    expect(facts.distinctIdsOwnedTwice).toBe(0);
    expect(facts.rawEvents).toBe(data.batches.reduce((n, b) => n + b.length, 0));
    // Same events kept on both sides (dedup, actors, test-account filter) before any tile is compared.
    const p = prepared.get('sunday')!;
    expect({ kept: p.data.count, actors: p.data.actorIds.length }).toEqual({ kept: facts.keptEvents, actors: facts.actors });
    expect(p.testAccountEvents).toBeGreaterThan(1_000);
    // The crafted actors are there: devices known by distinct_id only, and a person_id no person holds resolved by
    // its distinct_id (PostHog's personless events), not shown as a bare UUID.
    for (const id of [...ORPHAN_DEVICES, GHOST_DISTINCT_ID, 'dst-edge-device']) expect(p.data.actorIds).toContain(id);
    expect(p.data.actorIds).not.toContain(GHOST_PERSON_ID);
  });

  for (const [from, to, why] of RANGES) {
    for (const weekStart of WEEK_STARTS) {
      it(`${from}..${to}, weeks from ${weekStart}: ${why}`, async () => {
        const output = computeDashboard(prepared.get(weekStart)!.data, { from, to, actor: 'person' });
        expect(output.range).toEqual({ from, to, timezone: 'Europe/Berlin' });
        expect(output.missing_roles).toEqual({});
        const sql = await duck.compute(from, to, weekStart);
        const differences = diffTiles(output.tiles as unknown as Record<string, unknown>, sql as unknown as Record<string, unknown>);
        // One line per differing element, naming the tile, the element and its day or week.
        expect(differences.slice(0, 40).join('\n') + (differences.length > 40 ? `\n… ${differences.length - 40} more` : '')).toBe('');
      });
    }
  }

  it('holds the crafted edge cases: the reference itself is right on them', async () => {
    const sunday = prepared.get('sunday')!.data;
    // Local days around the autumn DST change, by hand: 23:59:59.999 CEST on the 24th, 00:00 CEST on the 25th, the
    // first and second 02:xx of the 25th, its last instant (CET), 00:00 on the 26th, the last instant of the 31st.
    const edgeDays = ['2026-10-24', '2026-10-25', '2026-10-25', '2026-10-25', '2026-10-25', '2026-10-26', '2026-10-31'];
    expect(await duck.localDaysOf('dst-edge-device')).toEqual(edgeDays);
    const edge = sunday.actorIds.indexOf('dst-edge-device');
    const engineDays: string[] = [];
    for (let i = 0; i < sunday.count; i++) if (sunday.actor[i] === edge) engineDays.push(sunday.calendar.label(sunday.day[i]!));
    expect(engineDays).toEqual(edgeDays);

    // Funnel edges: p ≤ s ≤ p + W inclusive at both ends; s* the earliest signup (not the one at +3 h), p* the latest
    // pageview paired with it (+1 h, not the first one: that would give 5,400 s).
    const funnelActors = ['funnel-exact-w', 'funnel-w-plus-1ms', 'funnel-same-ms', 'funnel-choice', 'funnel-odd-pages'];
    expect(await duck.signupFunnelActors('2026-10-02', '2026-10-31', funnelActors)).toEqual({
      'funnel-exact-w': 14 * 86_400,
      'funnel-w-plus-1ms': null,
      'funnel-same-ms': 0,
      'funnel-choice': 1_800,
    });

    // The three tied devices lead the power users, in code-unit order of their ids ('Z' < 'a' < 'É'), which a
    // locale collation would not give.
    const sql = await duck.compute('2026-10-02', '2026-10-31', 'sunday');
    expect(sql.power_users.slice(0, 3).map((u) => [u.actor, u.name, u.count])).toEqual(ORPHAN_DEVICES.map((id) => [id, id, 270]));
  });
});
