// Seeded random PreparedData for property tests: a few dozen actors over a few months, with every role, sessions,
// created_at before the first event for some actors, and bursts of events sharing a millisecond.
import type { Calendar, PreparedData, RoleName } from '../../../../src/core/engine/prepared-data';
import { prepare, type Row } from './fixtures';

/** A small deterministic generator (LCG), so a failure can be replayed from its seed. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const ROLE_ODDS: [RoleName, number][] = [
  ['activity', 0.7],
  ['signup_pageview', 0.15],
  ['signup', 0.08],
  ['subscription', 0.04],
  ['payment', 0.05],
];

export function randomPreparedData(seed: number, calendar: Calendar, startIso: string, days: number): PreparedData {
  const next = random(seed);
  const start = Date.parse(startIso);
  const actorCount = 10 + Math.floor(next() * 40);
  const rows: Row[] = [];
  const createdAt: Record<string, string> = {};
  for (let a = 0; a < actorCount; a++) {
    const actor = `actor-${Math.floor(next() * 1000).toString(36)}-${a}`;
    // Each actor lives in a random stretch of the period, with a random daily rate.
    const first = Math.floor(next() * days);
    const last = Math.min(days, first + 1 + Math.floor(next() * days));
    const perDay = next() * 3;
    if (next() < 0.3) createdAt[actor] = new Date(start + (first - next() * 40) * 86_400_000).toISOString();
    let session = '';
    for (let d = first; d < last; d++) {
      if (next() > perDay / 3) continue;
      const events = 1 + Math.floor(next() * perDay * 2);
      let at = start + d * 86_400_000 + Math.floor(next() * 86_400_000);
      for (let e = 0; e < events; e++) {
        if (next() < 0.3) session = next() < 0.2 ? '' : `s-${a}-${d}-${e}`;
        const roles = ROLE_ODDS.filter(([, odds]) => next() < odds).map(([role]) => role);
        rows.push({ at, actor, roles, session });
        // Mostly minutes apart, sometimes the same millisecond.
        if (next() > 0.1) at += Math.floor(next() * 3_600_000);
      }
    }
  }
  return prepare(rows, { calendar, createdAt });
}
