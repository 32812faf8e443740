// PreparedData from readable rows, and calendars simple enough to trust by reading (UTC, a fixed offset, or a list
// of offset changes for DST), so the metric tests do not depend on src/core/time.
import { ROLE_NAMES, type Calendar, type PreparedData, type RoleName } from '../../../../src/core/engine/prepared-data';
import { createMetricInput, type MetricInput } from '../../../../src/core/metrics/metric-input';
import { resolveRange } from '../../../../src/core/metrics/day-range';

const DAY_MS = 86_400_000;

export interface Row {
  /** ISO 8601 with an offset, or epoch ms. */
  at: string | number;
  actor: string;
  roles?: RoleName[];
  session?: string;
}

export interface FixtureOptions {
  calendar?: Calendar;
  /** Roles left unconfigured (their mask is null); activity cannot be. */
  unconfigured?: RoleName[];
  /** Actor id → created_at (ISO): first seen is the earlier of it and the actor's first event. */
  createdAt?: Record<string, string>;
  /** Actor id → display name (default: the id). */
  names?: Record<string, string>;
  /** Actors to index (in this order) before those met in the rows. */
  actors?: string[];
}

export interface OffsetChange {
  /** The instant from which `offsetMinutes` applies. */
  at: string;
  offsetMinutes: number;
}

/** A calendar whose UTC offset is `offsetMinutes`, changing at the given instants (sorted). */
export function offsetCalendar(
  offsetMinutes: number,
  options: { timezone?: string; weekStart?: 'sunday' | 'monday'; changes?: OffsetChange[] } = {},
): Calendar {
  const changes = (options.changes ?? []).map((change) => ({ atMs: Date.parse(change.at), offsetMinutes: change.offsetMinutes }));
  const offsetMsAt = (ms: number): number => {
    let minutes = offsetMinutes;
    for (const change of changes) if (ms >= change.atMs) minutes = change.offsetMinutes;
    return minutes * 60_000;
  };
  const dayOf = (ms: number): number => Math.floor((ms + offsetMsAt(ms)) / DAY_MS);
  const weekStart = options.weekStart ?? 'sunday';
  const label = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
  return {
    timezone: options.timezone ?? (offsetMinutes === 0 && changes.length === 0 ? 'UTC' : `fixed${offsetMinutes}`),
    weekStart,
    dayOf,
    dayStartMs(day) {
      // The first millisecond whose local day is `day` (dayOf never decreases).
      let low = day * DAY_MS - 2 * DAY_MS;
      let high = day * DAY_MS + 2 * DAY_MS;
      while (low < high) {
        const middle = Math.floor((low + high) / 2);
        if (dayOf(middle) < day) low = middle + 1;
        else high = middle;
      }
      return low;
    },
    label,
    parse(date) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return NaN;
      const day = Date.parse(`${date}T00:00:00Z`) / DAY_MS;
      return Number.isInteger(day) && label(day) === date ? day : NaN;
    },
    weekStartOf(day) {
      const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
      return day - (weekStart === 'sunday' ? weekday : (weekday + 6) % 7);
    },
  };
}

export function utcCalendar(weekStart: 'sunday' | 'monday' = 'sunday'): Calendar {
  return offsetCalendar(0, { weekStart });
}

/** Europe/Paris around 2026-03-29, when clocks went from +01:00 to +02:00 at 01:00 UTC (a 23-hour day). */
export function parisSpring2026(weekStart: 'sunday' | 'monday' = 'monday'): Calendar {
  return offsetCalendar(60, { timezone: 'Europe/Paris', weekStart, changes: [{ at: '2026-03-29T01:00:00Z', offsetMinutes: 120 }] });
}

export function toMs(at: string | number): number {
  const ms = typeof at === 'number' ? at : Date.parse(at);
  if (Number.isNaN(ms)) throw new Error(`fixture: bad time ${String(at)}`);
  return ms;
}

export function prepare(rows: Row[], options: FixtureOptions = {}): PreparedData {
  const calendar = options.calendar ?? utcCalendar();
  const actorIds = [...(options.actors ?? [])];
  const actorIndex = new Map(actorIds.map((id, i) => [id, i]));
  for (const row of rows) if (!actorIndex.has(row.actor)) actorIndex.set(row.actor, actorIds.push(row.actor) - 1);
  const sessionIds = [''];
  const sessionIndex = new Map<string, number>([['', 0]]);
  for (const row of rows) {
    const id = row.session ?? '';
    if (!sessionIndex.has(id)) sessionIndex.set(id, sessionIds.push(id) - 1);
  }
  const sorted = rows.map((row) => ({ row, ms: toMs(row.at) })).sort((a, b) => a.ms - b.ms);
  const count = sorted.length;
  const roles = {} as Record<RoleName, Uint8Array | null>;
  for (const role of ROLE_NAMES) roles[role] = options.unconfigured?.includes(role) && role !== 'activity' ? null : new Uint8Array(count);
  const data: PreparedData = {
    calendar,
    count,
    timestamp: new Float64Array(count),
    day: new Int32Array(count),
    actor: new Int32Array(count),
    actorIds,
    actorNames: actorIds.map((id) => options.names?.[id] ?? id),
    actorFirstSeenMs: new Float64Array(actorIds.length).fill(NaN),
    session: new Uint32Array(count),
    sessionIds,
    roles,
  };
  sorted.forEach(({ row, ms }, i) => {
    const actor = actorIndex.get(row.actor)!;
    data.timestamp[i] = ms;
    data.day[i] = calendar.dayOf(ms);
    data.actor[i] = actor;
    data.session[i] = sessionIndex.get(row.session ?? '')!;
    for (const role of row.roles ?? []) {
      const mask = roles[role];
      if (mask) mask[i] = 1;
    }
    if (Number.isNaN(data.actorFirstSeenMs[actor]!)) data.actorFirstSeenMs[actor] = ms;
  });
  for (const [id, createdAt] of Object.entries(options.createdAt ?? {})) {
    const actor = actorIndex.get(id);
    if (actor === undefined) continue;
    const seen = data.actorFirstSeenMs[actor]!;
    const created = toMs(createdAt);
    data.actorFirstSeenMs[actor] = Number.isNaN(seen) ? created : Math.min(seen, created);
  }
  return data;
}

/** The tile input for a range of 'YYYY-MM-DD' days. */
export function inputFor(data: PreparedData, from: string, to: string): MetricInput {
  return createMetricInput(data, resolveRange(data.calendar, from, to));
}

/** Shorthand for rows: activity events of one actor at the given times. */
export function active(actor: string, ...times: string[]): Row[] {
  return times.map((at) => ({ at, actor, roles: ['activity'] }));
}
