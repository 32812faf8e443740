// The tiles computed the slow, obvious way, straight from DESIGN §5's wording (sets over events, every window
// rescanned), to check the fast tiles against on random data.
import type { PreparedData, RoleName } from '../../../../src/core/engine/prepared-data';

type Events = { ms: number; day: number; actor: string; session: string; roles: Set<RoleName> }[];

function events(data: PreparedData): Events {
  return Array.from({ length: data.count }, (_, i) => ({
    ms: data.timestamp[i]!,
    day: data.day[i]!,
    actor: data.actorIds[data.actor[i]!]!,
    session: data.sessionIds[data.session[i]!]!,
    roles: new Set(Object.entries(data.roles).filter(([, mask]) => mask?.[i] === 1).map(([role]) => role as RoleName)),
  }));
}

const actorsWith = (list: Events, role: RoleName, lo: number, hi: number, loMs = -Infinity, hiMs = Infinity) =>
  new Set(list.filter((e) => e.roles.has(role) && e.day >= lo && e.day <= hi && e.ms >= loMs && e.ms <= hiMs).map((e) => e.actor));

export function referenceTiles(data: PreparedData, from: number, to: number) {
  const list = events(data);
  const cal = data.calendar;
  const days = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const n = days.length;
  const rolling = (w: number) => days.map((d) => actorsWith(list, 'activity', d - w + 1, d).size);
  const firstActivity = new Map<string, number>();
  for (const e of list) if (e.roles.has('activity') && !firstActivity.has(e.actor)) firstActivity.set(e.actor, e.day);

  const retention = (period: number, cohorts: number, firstCohort: number) =>
    Array.from({ length: cohorts }, (_, i) => {
      const start = firstCohort + period * i;
      const members = [...firstActivity].filter(([, d]) => d >= start && d < start + period && d <= to).map(([a]) => a);
      const retained: number[] = [];
      for (let k = 0; start + period * k <= to; k++) {
        const activeThen = actorsWith(list, 'activity', start + period * k, Math.min(start + period * k + period - 1, to));
        retained.push(members.filter((a) => activeThen.has(a)).length);
      }
      return { cohort: cal.label(start), size: members.length, retained };
    });

  const funnel = (step1: RoleName, step2: RoleName, windowMs: number, lo: number, hi: number) => {
    let entered = 0;
    const times: number[] = [];
    for (const actor of new Set(list.map((e) => e.actor))) {
      const ps = list.filter((e) => e.actor === actor && e.roles.has(step1) && e.day >= lo && e.day <= hi).map((e) => e.ms);
      if (ps.length === 0) continue;
      entered++;
      const ss = list.filter((e) => e.actor === actor && e.roles.has(step2)).map((e) => e.ms);
      const sStar = ss.find((s) => ps.some((p) => p <= s && s <= p + windowMs));
      if (sStar === undefined) continue;
      times.push(sStar - Math.max(...ps.filter((p) => p <= sStar)));
    }
    return {
      entered,
      converted: times.length,
      rate: entered ? times.length / entered : null,
      avg_conversion_seconds: times.length ? times.reduce((x, y) => x + y, 0) / times.length / 1000 : null,
    };
  };

  const firstSeenWeek = (actor: string) => cal.weekStartOf(cal.dayOf(data.actorFirstSeenMs[data.actorIds.indexOf(actor)]!));
  const lifecycleWeeks: number[] = [];
  for (let w = cal.weekStartOf(from); w <= to; w += 7) lifecycleWeeks.push(w);
  const activeIn = (w: number) => actorsWith(list, 'activity', w, Math.min(w + 6, to));
  const lifecycle = lifecycleWeeks.map((w) => {
    const now = activeIn(w);
    const before = activeIn(w - 7);
    const isNew = (a: string) => firstSeenWeek(a) === w;
    return {
      new: [...now].filter(isNew).length,
      returning: [...now].filter((a) => before.has(a)).length,
      resurrecting: [...now].filter((a) => !before.has(a) && !isNew(a)).length,
      dormant: -[...before].filter((a) => !now.has(a)).length,
    };
  });

  const inRange = list.filter((e) => e.day >= from && e.day <= to);
  const sessionSpans = new Map<string, [number, number]>();
  for (const e of inRange) if (e.session) sessionSpans.set(e.session, [sessionSpans.get(e.session)?.[0] ?? e.ms, e.ms]);
  const spans = [...sessionSpans.values()];

  const powerWindow = list.filter((e) => e.roles.has('activity') && e.day >= to - 29 && e.day <= to);
  const power = [...new Set(powerWindow.map((e) => e.actor))]
    .map((actor) => {
      const mine = powerWindow.filter((e) => e.actor === actor);
      return { actor, count: mine.length, last: Math.max(...mine.map((e) => e.ms)) };
    })
    .sort((a, b) => b.count - a.count || (a.actor < b.actor ? -1 : 1))
    .slice(0, 10);

  const dailyMean = (role: RoleName) =>
    days.map((d) => Array.from({ length: 7 }, (_, k) => actorsWith(list, role, d - k, d - k).size).reduce((x, y) => x + y, 0) / 7);
  const firstSignupInRange = new Map<string, number>();
  for (const e of inRange) if (e.roles.has('signup') && !firstSignupInRange.has(e.actor)) firstSignupInRange.set(e.actor, e.day);

  return {
    active_users: { dates: days.map((d) => cal.label(d)), dau: rolling(1), wau: rolling(7), mau: rolling(30) },
    weekly_active: { value: actorsWith(list, 'activity', to - 6, to).size, previous: actorsWith(list, 'activity', to - 13, to - 7).size },
    monthly_active: { value: actorsWith(list, 'activity', to - 29, to).size, previous: actorsWith(list, 'activity', to - 59, to - 30).size },
    power_users: power.map((p) => ({ actor: p.actor, name: p.actor, count: p.count, last_seen: new Date(p.last).toISOString() })),
    retention_daily: retention(1, 8, to - 7),
    retention_weekly: retention(7, 5, cal.weekStartOf(to) - 28),
    signups: { value: actorsWith(list, 'signup', from, to).size, previous: actorsWith(list, 'signup', from - n, from - 1).size },
    paying_customers: { value: actorsWith(list, 'payment', from, to).size, previous: actorsWith(list, 'payment', from - n, from - 1).size },
    signups_and_subscriptions: { dates: days.map((d) => cal.label(d)), signups: dailyMean('signup'), subscriptions: dailyMean('subscription') },
    new_signups: {
      weeks: lifecycleWeeks.map((w) => cal.label(w)),
      signups: lifecycleWeeks.map((w) => actorsWith(list, 'signup', Math.max(w, from), Math.min(w + 6, to)).size),
    },
    cumulative_signups: { dates: days.map((d) => cal.label(d)), signups: days.map((d) => [...firstSignupInRange.values()].filter((f) => f <= d).length) },
    signup_conversion: { ...funnel('signup_pageview', 'signup', 14 * 86_400_000, from, to), previous: funnel('signup_pageview', 'signup', 14 * 86_400_000, from - n, from - 1) },
    free_to_paid: { ...funnel('signup', 'payment', 42 * 86_400_000, from, to), previous: funnel('signup', 'payment', 42 * 86_400_000, from - n, from - 1) },
    lifecycle: {
      weeks: lifecycleWeeks.map((w) => cal.label(w)),
      new: lifecycle.map((l) => l.new),
      returning: lifecycle.map((l) => l.returning),
      resurrecting: lifecycle.map((l) => l.resurrecting),
      dormant: lifecycle.map((l) => l.dormant),
    },
    sessions: {
      unique_sessions: spans.length,
      unique_users: new Set(inRange.map((e) => e.actor)).size,
      avg_session_seconds: spans.length ? spans.reduce((sum, [a, b]) => sum + b - a, 0) / spans.length / 1000 : null,
    },
  };
}
