// Scratch benchmark (not a vitest test): the whole dashboard over synthetic PreparedData shaped like DESIGN §6's
// target, 1M events / 180 days / 50k actors by default. Run: npx tsx test/unit/core/metrics/dashboard.bench-script.ts [events]
import { ROLE_NAMES, type PreparedData, type RoleName } from '../../../../src/core/engine/prepared-data';
import { computeDashboard } from '../../../../src/core/dashboard/compute-dashboard';
import { resolveRange } from '../../../../src/core/metrics/day-range';
import { createMetricInput, type MetricInput } from '../../../../src/core/metrics/metric-input';
import { activeUsers } from '../../../../src/core/metrics/active-users';
import { cumulativeSignups } from '../../../../src/core/metrics/cumulative-signups';
import { freeToPaid } from '../../../../src/core/metrics/free-to-paid';
import { lifecycle } from '../../../../src/core/metrics/lifecycle';
import { monthlyActive } from '../../../../src/core/metrics/monthly-active';
import { newSignups } from '../../../../src/core/metrics/new-signups';
import { payingCustomers } from '../../../../src/core/metrics/paying-customers';
import { powerUsers } from '../../../../src/core/metrics/power-users';
import { retentionDaily } from '../../../../src/core/metrics/retention-daily';
import { retentionWeekly } from '../../../../src/core/metrics/retention-weekly';
import { sessions } from '../../../../src/core/metrics/sessions';
import { signupConversion } from '../../../../src/core/metrics/signup-conversion';
import { signups } from '../../../../src/core/metrics/signups';
import { signupsAndSubscriptions } from '../../../../src/core/metrics/signups-and-subscriptions';
import { weeklyActive } from '../../../../src/core/metrics/weekly-active';
import { offsetCalendar } from './fixtures';
import { random } from './random-data';

const EVENTS = Number(process.argv[2] ?? 1_000_000);
const DAYS = 180;
const ACTORS = Math.round(50_000 * Math.max(1, EVENTS / 1_000_000) ** 0.5);
const SESSIONS = Math.round(EVENTS / 5);
// Share of events playing each role: mostly pageviews, a trickle of funnel and revenue events.
const ROLE_SHARE: Partial<Record<RoleName, number>> = {
  activity: 0.7, signup_pageview: 0.03, signup: 0.005, subscription: 0.002, payment: 0.004, support_ticket: 0.001,
};

function synthetic(): PreparedData {
  const next = random(42);
  const calendar = offsetCalendar(60, { timezone: 'Europe/Paris', weekStart: 'sunday' });
  const start = Date.parse('2026-01-01T00:00:00Z');
  const timestamp = new Float64Array(EVENTS);
  for (let i = 0; i < EVENTS; i++) timestamp[i] = start + Math.floor(next() * DAYS * 86_400_000);
  timestamp.sort();
  const day = new Int32Array(EVENTS);
  const actor = new Int32Array(EVENTS);
  const session = new Uint32Array(EVENTS);
  const roles = {} as Record<RoleName, Uint8Array | null>;
  for (const role of ROLE_NAMES) roles[role] = new Uint8Array(EVENTS);
  for (let i = 0; i < EVENTS; i++) {
    day[i] = calendar.dayOf(timestamp[i]!);
    // Skewed: a few heavy actors, a long tail.
    const a = Math.floor(ACTORS * next() ** 2.5);
    actor[i] = a;
    session[i] = next() < 0.05 ? 0 : 1 + ((a * 7919 + day[i]! * 31 + (next() < 0.5 ? 1 : 0)) % SESSIONS);
    for (const role of ROLE_NAMES) if (next() < (ROLE_SHARE[role] ?? 0)) roles[role]![i] = 1;
  }
  const actorIds = Array.from({ length: ACTORS }, (_, a) => `person-${a.toString(36)}`);
  const actorFirstSeenMs = new Float64Array(ACTORS).fill(NaN);
  for (let i = 0; i < EVENTS; i++) if (Number.isNaN(actorFirstSeenMs[actor[i]!]!)) actorFirstSeenMs[actor[i]!] = timestamp[i]!;
  return {
    calendar, count: EVENTS, timestamp, day, actor, actorIds, actorNames: actorIds.map((id) => `${id}@example.com`),
    actorFirstSeenMs, session, sessionIds: Array.from({ length: SESSIONS + 1 }, (_, s) => (s ? `session-${s}` : '')), roles,
  };
}

const data = synthetic();
const request = { from: '2026-01-01', to: '2026-06-29', actor: 'person' as const };
const times: number[] = [];
let output = computeDashboard(data, request);
for (let run = 0; run < 15; run++) {
  const began = performance.now();
  output = computeDashboard(data, request);
  times.push(performance.now() - began);
}
times.sort((a, b) => a - b);
console.log(`${EVENTS} events, ${ACTORS} actors, ${DAYS} days: median ${times[7]!.toFixed(1)} ms (min ${times[0]!.toFixed(1)}, max ${times[14]!.toFixed(1)})`);
console.log(`MAU ${output.tiles.monthly_active.value}, signups ${output.tiles.signups?.value}, conversion ${output.tiles.signup_conversion?.rate?.toFixed(3)}`);

// Where the time goes (best of 5): the indexes first (built on first use), then each tile on warm indexes.
const inputs = Array.from({ length: 5 }, () => createMetricInput(data, resolveRange(data.calendar, request.from, request.to)));
const stages: [string, (input: MetricInput) => unknown][] = [
  ['index activity', (i) => i.actorDays('activity')],
  ['index signup', (i) => i.actorDays('signup')],
  ['index subscription+payment', (i) => [i.actorDays('subscription'), i.actorDays('payment')]],
  ['active_users', activeUsers], ['weekly_active', weeklyActive], ['monthly_active', monthlyActive],
  ['power_users', powerUsers], ['retention_daily', retentionDaily], ['retention_weekly', retentionWeekly],
  ['signups', signups], ['paying_customers', payingCustomers], ['signups_and_subscriptions', signupsAndSubscriptions],
  ['new_signups', newSignups], ['cumulative_signups', cumulativeSignups], ['signup_conversion', signupConversion],
  ['free_to_paid', freeToPaid], ['lifecycle', lifecycle], ['sessions', sessions],
];
console.log(stages.map(([name, stage]) => {
  const best = Math.min(...inputs.map((input) => {
    const began = performance.now();
    stage(input);
    return performance.now() - began;
  }));
  return `${name} ${best.toFixed(1)}`;
}).join(', '));
