import { describe, expect, it } from 'vitest';
import { previewRole, previewStartMs } from '../../../../src/core/catalog/role-preview';
import type { Matcher } from '../../../../src/core/config/role-config';
import { createPeopleLookup } from '../../../../src/core/roles/people-lookup';
import { createCalendar } from '../../../../src/core/time/calendar';
import { buildTable, type Row } from '../roles/event-table-fixture';

const DAY = 86_400_000;
// Noon UTC on 2026-06-30: in Europe/Berlin (UTC+2) still the 30th.
const NOW = Date.UTC(2026, 5, 30, 12);
const calendar = createCalendar('Europe/Berlin', 'sunday');

const pageview = (path: string): Matcher => ({ kind: 'EventsNode', event: '$pageview', properties: [{ key: '$pathname', operator: 'exact', value: path, type: 'event' }] });

function preview(rows: Row[], matchers: Matcher[], actor?: number[], passes: Uint8Array | null = null) {
  const table = buildTable(rows);
  return previewRole({
    table, people: createPeopleLookup(table, []), actor: Int32Array.from(actor ?? rows.map((r) => Number((r.person ?? 'p0').slice(1)))),
    passes, calendar, matchers, nowMs: NOW,
  });
}

describe('previewRole', () => {
  const rows: Row[] = [
    { event: '$pageview', person: 'p1', properties: { $pathname: '/signup' }, timestamp: NOW - 40 * DAY },
    // 2026-06-01 00:30 Berlin = 05-31 22:30 UTC: the window's first day in Berlin.
    { event: '$pageview', person: 'p1', properties: { $pathname: '/signup' }, timestamp: Date.UTC(2026, 4, 31, 22, 30) },
    { event: '$pageview', person: 'p2', properties: { $pathname: '/pricing' }, timestamp: NOW - 2 * DAY },
    { event: '$pageview', person: 'p2', properties: { $pathname: '/signup' }, timestamp: NOW - 1 * DAY },
    { event: '$pageview', person: 'p1', properties: { $pathname: '/signup' }, timestamp: NOW - 1000 },
    { event: '$pageview', person: 'p3', properties: { $pathname: '/signup' }, timestamp: NOW + DAY },
  ];

  it('counts matched events and distinct actors over the 30 days ending today, per project-timezone day', () => {
    const result = preview(rows, [pageview('/signup')]);
    expect(result.dates).toHaveLength(30);
    expect(result.dates[0]).toBe('2026-06-01');
    expect(result.dates[29]).toBe('2026-06-30');
    expect(result.events).toBe(3);
    expect(result.actors).toBe(2);
    expect(result.counts[0]).toBe(1);
    expect(result.counts[28]).toBe(1);
    expect(result.counts[29]).toBe(1);
    expect(result.counts.reduce((a, b) => a + b, 0)).toBe(3);
    expect(previewStartMs(calendar, NOW)).toBe(Date.UTC(2026, 4, 31, 22));
  });

  it('previews several matchers as OR and an empty list as nothing', () => {
    expect(preview(rows, [pageview('/signup'), pageview('/pricing')]).events).toBe(4);
    expect(preview(rows, [])).toMatchObject({ events: 0, actors: 0, unsupported: [] });
  });

  it('leaves out test accounts and events without an actor', () => {
    const passes = Uint8Array.from([1, 1, 1, 0, 1, 1]);
    expect(preview(rows, [pageview('/signup')], undefined, passes)).toMatchObject({ events: 2, actors: 1 });
    expect(preview(rows, [pageview('/signup')], [0, -1, 0, 0, 0, 0])).toMatchObject({ events: 2, actors: 1 });
  });

  it('reports what cannot be evaluated offline', () => {
    const cohort: Matcher = { kind: 'EventsNode', event: '$pageview', properties: [{ key: 'id', operator: 'exact', value: 3, type: 'cohort' }] };
    const result = preview(rows, [cohort]);
    expect(result.events).toBe(0);
    expect(result.unsupported[0]).toContain('cannot be evaluated offline');
  });
});
