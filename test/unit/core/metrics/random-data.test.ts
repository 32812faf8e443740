import { describe, expect, it } from 'vitest';
import type { Calendar, PreparedData } from '../../../../src/core/engine/prepared-data';
import { computeDashboard } from '../../../../src/core/dashboard/compute-dashboard';
import type { DashboardTiles } from '../../../../src/core/dashboard/dashboard-output';
import { offsetCalendar, parisSpring2026, utcCalendar } from './fixtures';
import { random, randomPreparedData } from './random-data';
import { referenceTiles } from './reference-tiles';

const CASES: { name: string; calendar: Calendar }[] = [
  { name: 'UTC, Sunday weeks', calendar: utcCalendar('sunday') },
  { name: '−05:30, Monday weeks', calendar: offsetCalendar(-330, { weekStart: 'monday' }) },
  { name: 'Paris across DST, Monday weeks', calendar: parisSpring2026('monday') },
  { name: 'Paris across DST, Sunday weeks', calendar: parisSpring2026('sunday') },
];

/** Floating sums in another order differ in the last bits: compare to 9 decimals. */
function rounded<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v))) as T;
}

/** Distinct actors with an activity event on days lo..hi, counted straight from the columns. */
function activeBetween(data: PreparedData, lo: number, hi: number): number {
  const actors = new Set<number>();
  for (let i = 0; i < data.count; i++) {
    if (data.roles.activity![i] === 1 && data.day[i]! >= lo && data.day[i]! <= hi) actors.add(data.actor[i]!);
  }
  return actors.size;
}

function checkInvariants(data: PreparedData, to: number, tiles: DashboardTiles): void {
  const { dau, wau, mau } = tiles.active_users;
  dau.forEach((daily, i) => {
    expect(daily).toBeLessThanOrEqual(wau[i]!);
    expect(wau[i]).toBeLessThanOrEqual(mau[i]!);
  });
  for (const funnel of [tiles.signup_conversion!, tiles.free_to_paid!]) {
    for (const result of [funnel, funnel.previous]) {
      expect(result.converted).toBeLessThanOrEqual(result.entered);
      if (result.rate !== null) {
        expect(result.rate).toBeGreaterThanOrEqual(0);
        expect(result.rate).toBeLessThanOrEqual(1);
      }
      if (result.avg_conversion_seconds !== null) expect(result.avg_conversion_seconds).toBeGreaterThanOrEqual(0);
    }
  }
  for (const cohort of [...tiles.retention_daily, ...tiles.retention_weekly]) {
    expect(cohort.retained[0]).toBe(cohort.size);
    for (const kept of cohort.retained) expect(kept).toBeLessThanOrEqual(cohort.size);
  }
  const life = tiles.lifecycle;
  const activeIn = (w: number) => {
    const start = data.calendar.parse(life.weeks[w]!);
    return activeBetween(data, start, Math.min(start + 6, to));
  };
  for (let w = 0; w < life.weeks.length; w++) {
    expect(life.new[w]! + life.returning[w]! + life.resurrecting[w]!).toBe(activeIn(w));
    if (w > 0) expect(life.returning[w]! - life.dormant[w]!).toBe(activeIn(w - 1));
  }
}

// Ranges across the DST change, over all the data and past its end, a single day, and two drawn at random.
function ranges(calendar: Calendar, seed: number): [number, number][] {
  const next = random(seed * 2_654_435_761);
  next();
  const drawn = (): [number, number] => {
    const from = calendar.parse('2026-01-05') + Math.floor(next() * 110);
    return [from, from + Math.floor(next() * 60)];
  };
  const day = (date: string) => calendar.parse(date);
  return [
    [day('2026-03-22'), day('2026-04-12')],
    [day('2026-01-05'), day('2026-05-10')],
    [day('2026-03-29'), day('2026-03-29')],
    drawn(),
    drawn(),
  ];
}

describe('the dashboard on random data', () => {
  for (const { name, calendar } of CASES) {
    for (const seed of [1, 2, 3]) {
      it(`matches the obvious set-based definitions and keeps its invariants (${name}, seed ${seed})`, () => {
        const data = randomPreparedData(seed * 7919, calendar, '2026-01-05T00:00:00Z', 120);
        expect(data.count).toBeGreaterThan(100);
        for (const [from, to] of ranges(calendar, seed)) {
          const request = { from: calendar.label(from), to: calendar.label(to), actor: 'person' as const };
          const output = computeDashboard(data, request);
          expect(rounded(output.tiles), `${request.from}..${request.to}`).toEqual(rounded(referenceTiles(data, from, to)));
          checkInvariants(data, to, output.tiles);
        }
      });
    }
  }
});
