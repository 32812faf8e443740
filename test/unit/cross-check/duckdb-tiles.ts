// Every dashboard tile of DESIGN §5, computed a second time, independently, in DuckDB SQL from the raw records:
// dedup by uuid, actor resolution, the test-account filter, role matching, local days (DuckDB's ICU time zones),
// weeks, and each tile's definition. Nothing here calls the engine; the engine's output is compared with this.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { RawEventRow, RawPersonRow } from './cross-check-data';

/** The role and filter definitions the SQL encodes (the test checks the demo config says exactly this). */
export const SQL_ROLES = {
  activity: { event: 'dashboard viewed' },
  signupPageview: { event: '$pageview', pathnameIcontains: '/signup' },
  signup: { event: 'user signed up' },
  subscription: { event: 'subscription started' },
  payment: { event: 'payment succeeded' },
  testAccountEmailNotIcontains: '@demo-saas.example',
} as const;

export interface SqlFunnel {
  entered: number;
  converted: number;
  rate: number | null;
  avg_conversion_seconds: number | null;
}

/** The tiles in the dashboard's JSON shape (DESIGN §5 output). */
export interface SqlTiles {
  active_users: { dates: string[]; dau: number[]; wau: number[]; mau: number[] };
  weekly_active: { value: number; previous: number };
  monthly_active: { value: number; previous: number };
  power_users: { actor: string; name: string; count: number; last_seen: string }[];
  retention_daily: { cohort: string; size: number; retained: number[] }[];
  retention_weekly: { cohort: string; size: number; retained: number[] }[];
  signups: { value: number; previous: number };
  paying_customers: { value: number; previous: number };
  signups_and_subscriptions: { dates: string[]; signups: number[]; subscriptions: number[] };
  new_signups: { weeks: string[]; signups: number[] };
  cumulative_signups: { dates: string[]; signups: number[] };
  signup_conversion: SqlFunnel & { previous: SqlFunnel };
  free_to_paid: SqlFunnel & { previous: SqlFunnel };
  lifecycle: { weeks: string[]; new: number[]; returning: number[]; resurrecting: number[]; dormant: number[] };
  sessions: { unique_sessions: number; unique_users: number; avg_session_seconds: number | null };
}

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The ordered funnel's CTEs: p = in-range first steps, pairs = (p, s) with p ≤ s ≤ p + W over any stored second
 * step, conv = per converter s* (earliest such s) and p* (latest p paired with s*).
 */
function funnelSql(step1: string, step2: string, windowMs: number, a: string, b: string): string {
  return `WITH p AS (SELECT actor, ts_ms FROM ev WHERE ${step1} AND day BETWEEN ${a} AND ${b}),
    s AS (SELECT actor, ts_ms FROM ev WHERE ${step2}),
    pairs AS (SELECT p.actor, p.ts_ms AS p, s.ts_ms AS s FROM p JOIN s
              ON s.actor = p.actor AND s.ts_ms >= p.ts_ms AND s.ts_ms <= p.ts_ms + ${windowMs}),
    s_star AS (SELECT actor, min(s) AS s FROM pairs GROUP BY actor),
    conv AS (SELECT x.actor, x.s AS s, max(pairs.p) AS p FROM s_star x JOIN pairs ON pairs.actor = x.actor AND pairs.s = x.s GROUP BY ALL)`;
}

export class DuckDbTiles {
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly db: DuckDBConnection,
    readonly timezone: string,
  ) {}

  /** Milliseconds the SQL after loading the raw rows took (dedup, actors, filter, roles, days): the bench's share of DuckDB's work. */
  prepareMs = 0;

  static async load(events: Iterable<RawEventRow>, persons: Iterable<RawPersonRow>, timezone: string): Promise<DuckDbTiles> {
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    const self = new DuckDbTiles(instance, db, timezone);
    await db.run(`SET TimeZone = 'UTC'`);
    await db.run(`CREATE TABLE raw_events (uuid VARCHAR, event VARCHAR, ts_ms BIGINT, ts_text VARCHAR, distinct_id VARCHAR,
      person_id VARCHAR, properties VARCHAR, session_col VARCHAR)`);
    await db.run(`CREATE TABLE raw_persons (id VARCHAR, properties VARCHAR, created_at_ms BIGINT)`);
    await db.run(`CREATE TABLE raw_person_distinct_ids (person_id VARCHAR, distinct_id VARCHAR)`);

    const ev = await db.createAppender('raw_events');
    const text = (v: string | null) => (v === null ? ev.appendNull() : ev.appendVarchar(v));
    for (const e of events) {
      ev.appendVarchar(e.uuid);
      ev.appendVarchar(e.event);
      if (e.timestampMs === null) ev.appendNull();
      else ev.appendBigInt(BigInt(e.timestampMs));
      text(e.timestampText);
      ev.appendVarchar(e.distinctId);
      text(e.personId);
      ev.appendVarchar(e.properties);
      text(e.sessionColumn);
      ev.endRow();
    }
    ev.closeSync();
    const pa = await db.createAppender('raw_persons');
    const da = await db.createAppender('raw_person_distinct_ids');
    for (const p of persons) {
      pa.appendVarchar(p.id);
      pa.appendVarchar(p.properties);
      pa.appendBigInt(BigInt(p.createdAtMs));
      pa.endRow();
      for (const d of p.distinctIds) {
        da.appendVarchar(p.id);
        da.appendVarchar(d);
        da.endRow();
      }
    }
    pa.closeSync();
    da.closeSync();

    const prepareStarted = performance.now();
    const tz = sqlString(timezone);
    const r = SQL_ROLES;
    await db.run(`CREATE MACRO local_day(ms) AS CAST(timezone(${tz}, make_timestamptz(CAST(ms AS BIGINT) * 1000)) AS DATE)`);
    // ws = 0: weeks start on Sunday (dayofweek: Sunday = 0); ws = 1: on Monday.
    await db.run(`CREATE MACRO week_of(d, ws) AS d - CAST((dayofweek(d) - ws + 7) % 7 AS INTEGER)`);
    await db.run(`CREATE TABLE persons AS SELECT id,
        json_extract_string(properties, '$.email') AS email,
        json_extract_string(properties, '$.name') AS name,
        created_at_ms
      FROM raw_persons`);
    // Each event once (first copy of a uuid; the copies are identical), its actor, its own person, then the
    // test-account filter (person email not_icontains …; a missing email passes), roles and local day.
    await db.run(`CREATE TABLE ev AS
      WITH dedup AS (
        SELECT DISTINCT ON (uuid) * FROM raw_events ORDER BY uuid
      ), timed AS (
        SELECT *, COALESCE(ts_ms, epoch_ms(CAST(ts_text AS TIMESTAMPTZ))) AS t FROM dedup
      ), known AS (
        -- A person_id no persons row holds (PostHog's personless v5 ids, persons merged away) counts as none,
        -- unless no persons are known at all.
        SELECT timed.*, CASE WHEN NOT EXISTS (SELECT 1 FROM raw_persons) OR timed.person_id IN (SELECT id FROM raw_persons)
          THEN NULLIF(timed.person_id, '') END AS known_person
        FROM timed
      ), resolved AS (
        SELECT known.*, COALESCE(known.known_person, pd.person_id) AS own_person,
          COALESCE(known.known_person, pd.person_id, known.distinct_id) AS actor_id
        FROM known LEFT JOIN raw_person_distinct_ids pd ON pd.distinct_id = known.distinct_id
      )
      SELECT x.uuid, x.event, x.t AS ts_ms, local_day(x.t) AS day, x.actor_id AS actor,
        COALESCE(NULLIF(x.session_col, ''), NULLIF(json_extract_string(x.properties, '$."$session_id"'), '')) AS session,
        x.event = ${sqlString(r.activity.event)} AS is_activity,
        x.event = ${sqlString(r.signupPageview.event)}
          AND COALESCE(contains(lower(json_extract_string(x.properties, '$."$pathname"')), ${sqlString(r.signupPageview.pathnameIcontains.toLowerCase())}), false) AS is_signup_pageview,
        x.event = ${sqlString(r.signup.event)} AS is_signup,
        x.event = ${sqlString(r.subscription.event)} AS is_subscription,
        x.event = ${sqlString(r.payment.event)} AS is_payment
      FROM resolved x LEFT JOIN persons p ON p.id = x.own_person
      WHERE COALESCE(NOT contains(lower(p.email), ${sqlString(r.testAccountEmailNotIcontains.toLowerCase())}), true)`);
    // First seen: the earlier of the person's created_at and the first kept event of any kind.
    await db.run(`CREATE TABLE first_seen AS
      SELECT e.actor, local_day(least(min(e.ts_ms), any_value(p.created_at_ms))) AS day
      FROM ev e LEFT JOIN persons p ON p.id = e.actor GROUP BY e.actor`);
    self.prepareMs = performance.now() - prepareStarted;
    return self;
  }

  /** Facts about the loaded data the test states as preconditions. */
  async facts(): Promise<{ rawEvents: number; keptEvents: number; distinctIdsOwnedTwice: number; actors: number }> {
    const [row] = await this.rows(`SELECT
      (SELECT count(*) FROM raw_events)::INTEGER AS "rawEvents",
      (SELECT count(*) FROM ev)::INTEGER AS "keptEvents",
      (SELECT count(*) FROM (SELECT distinct_id FROM raw_person_distinct_ids GROUP BY ALL HAVING count(*) > 1))::INTEGER AS "distinctIdsOwnedTwice",
      (SELECT count(DISTINCT actor) FROM ev)::INTEGER AS actors`);
    return row as never;
  }

  /** Per actor of `actors`: entered the signup funnel over from..to, and its s* − p* in seconds when it converted. */
  async signupFunnelActors(fromLabel: string, toLabel: string, actors: readonly string[]): Promise<Record<string, number | null>> {
    if (!DATE_RE.test(fromLabel) || !DATE_RE.test(toLabel)) throw new Error('dates must be YYYY-MM-DD');
    const rows = await this.rows(`${funnelSql('is_signup_pageview', 'is_signup', 14 * 86_400_000, `DATE '${fromLabel}'`, `DATE '${toLabel}'`)}
      SELECT DISTINCT p.actor, CAST(conv.s - conv.p AS DOUBLE) / 1000 AS seconds FROM p LEFT JOIN conv ON conv.actor = p.actor
      WHERE p.actor IN (${actors.map(sqlString).join(', ')})`);
    return Object.fromEntries(rows.map((row) => [row.actor as string, row.seconds as number | null]));
  }

  /** The local days of an actor's kept events, in time order. */
  async localDaysOf(actor: string): Promise<string[]> {
    const rows = await this.rows(`SELECT strftime(day, '%Y-%m-%d') AS d FROM ev WHERE actor = ${sqlString(actor)} ORDER BY ts_ms`);
    return rows.map((row) => row.d as string);
  }

  close(): void {
    this.db.closeSync();
    this.instance.closeSync();
  }

  private async rows(sql: string): Promise<Record<string, unknown>[]> {
    return (await this.db.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  }

  private async one(sql: string): Promise<Record<string, unknown>> {
    const rows = await this.rows(sql);
    if (rows.length !== 1) throw new Error(`expected one row, got ${rows.length}: ${sql}`);
    return rows[0] as Record<string, unknown>;
  }

  async compute(fromLabel: string, toLabel: string, weekStart: 'sunday' | 'monday'): Promise<SqlTiles> {
    if (!DATE_RE.test(fromLabel) || !DATE_RE.test(toLabel)) throw new Error('dates must be YYYY-MM-DD');
    const from = `DATE '${fromLabel}'`;
    const to = `DATE '${toLabel}'`;
    // The previous window: the same number of days just before `from`.
    const n = `(${to} - ${from} + 1)`;
    const prevFrom = `(${from} - CAST(${n} AS INTEGER))`;
    const prevTo = `(${from} - 1)`;
    const ws = weekStart === 'sunday' ? 0 : 1;
    const days = `(SELECT CAST(range AS DATE) AS d FROM range(${from}, ${to} + 1, INTERVAL 1 DAY))`;
    const weeks = `(SELECT CAST(range AS DATE) AS w FROM range(week_of(${from}, ${ws}), week_of(${to}, ${ws}) + 1, INTERVAL 7 DAY))`;
    const label = (col: string) => `strftime(${col}, '%Y-%m-%d')`;
    const int = (expr: string) => `CAST(${expr} AS INTEGER)`;
    const activeDays = `(SELECT DISTINCT actor, day FROM ev WHERE is_activity AND day <= ${to})`;

    const au = await this.rows(`
      SELECT ${label('d')} AS date,
        ${int('count(DISTINCT a.actor) FILTER (WHERE a.day = d)')} AS dau,
        ${int('count(DISTINCT a.actor) FILTER (WHERE a.day >= d - 6)')} AS wau,
        ${int('count(DISTINCT a.actor)')} AS mau
      FROM ${days} LEFT JOIN ${activeDays} a ON a.day BETWEEN d - 29 AND d
      GROUP BY d ORDER BY d`);

    const activeIn = (a: string, b: string) => int(`count(DISTINCT actor) FILTER (WHERE day BETWEEN ${a} AND ${b})`);
    const wm = await this.one(`SELECT
        ${activeIn(`${to} - 6`, to)} AS wv, ${activeIn(`${to} - 13`, `${to} - 7`)} AS wp,
        ${activeIn(`${to} - 29`, to)} AS mv, ${activeIn(`${to} - 59`, `${to} - 30`)} AS mp
      FROM ev WHERE is_activity`);

    const power = await this.rows(`
      SELECT e.actor, COALESCE(NULLIF(any_value(p.email), ''), NULLIF(any_value(p.name), ''), e.actor) AS name,
        ${int('count(*)')} AS count, strftime(epoch_ms(max(e.ts_ms)), '%Y-%m-%dT%H:%M:%S.%gZ') AS last_seen
      FROM ev e LEFT JOIN persons p ON p.id = e.actor
      WHERE e.is_activity AND e.day BETWEEN ${to} - 29 AND ${to}
      GROUP BY e.actor
      ORDER BY count(*) DESC, e.actor COLLATE "C" ASC, encode(e.actor) ASC
      LIMIT 10`);

    const retention = async (unit: 'day' | 'week') => {
      const bucket = (col: string) => (unit === 'day' ? col : `week_of(${col}, ${ws})`);
      const step = unit === 'day' ? 1 : 7;
      const last = unit === 'day' ? to : `week_of(${to}, ${ws})`;
      const first = unit === 'day' ? `${to} - 7` : `${last} - 28`;
      return this.rows(`
        WITH cohorts AS (SELECT CAST(range AS DATE) AS c FROM range(${first}, ${last} + 1, INTERVAL ${step} DAY)),
        grid AS (SELECT c, k FROM cohorts, range(0, 9) t(k) WHERE c + CAST(k * ${step} AS INTEGER) <= ${to}),
        -- First activity in the stored data up to the range's end: nothing after it is looked at, so an actor first
        -- active later in the week that holds the end is not in that week's cohort.
        members AS (SELECT actor, ${bucket('min(day)')} AS cohort FROM ev WHERE is_activity AND day <= ${to} GROUP BY actor),
        active AS (SELECT DISTINCT actor, ${bucket('day')} AS b FROM ev WHERE is_activity AND day <= ${to}),
        kept AS (SELECT m.cohort, (a.b - m.cohort) // ${step} AS k, count(*) AS n
                 FROM members m JOIN active a ON a.actor = m.actor AND a.b >= m.cohort GROUP BY ALL)
        SELECT ${label('grid.c')} AS cohort,
          ${int('(SELECT count(*) FROM members WHERE members.cohort = grid.c)')} AS size,
          list(${int('COALESCE(kept.n, 0)')} ORDER BY grid.k) AS retained
        FROM grid LEFT JOIN kept ON kept.cohort = grid.c AND kept.k = grid.k
        GROUP BY grid.c ORDER BY grid.c`);
    };
    const retentionDaily = await retention('day');
    const retentionWeekly = await retention('week');

    const period = (flag: string) =>
      this.one(`SELECT ${int(`count(DISTINCT actor) FILTER (WHERE day BETWEEN ${from} AND ${to})`)} AS value,
        ${int(`count(DISTINCT actor) FILTER (WHERE day BETWEEN ${prevFrom} AND ${prevTo})`)} AS previous
        FROM ev WHERE ${flag}`);
    const signups = await period('is_signup');
    const paying = await period('is_payment');

    const sas = await this.rows(`
      WITH daily AS (
        SELECT day, count(DISTINCT actor) FILTER (WHERE is_signup) AS s, count(DISTINCT actor) FILTER (WHERE is_subscription) AS u
        FROM ev WHERE (is_signup OR is_subscription) AND day <= ${to} GROUP BY day)
      SELECT ${label('d')} AS date, CAST(COALESCE(sum(s), 0) AS DOUBLE) / 7 AS signups, CAST(COALESCE(sum(u), 0) AS DOUBLE) / 7 AS subscriptions
      FROM ${days} LEFT JOIN daily ON daily.day BETWEEN d - 6 AND d
      GROUP BY d ORDER BY d`);

    const newSignups = await this.rows(`
      WITH s AS (SELECT week_of(day, ${ws}) AS w, count(DISTINCT actor) AS n FROM ev
                 WHERE is_signup AND day BETWEEN ${from} AND ${to} GROUP BY ALL)
      SELECT ${label('weeks.w')} AS week, ${int('COALESCE(s.n, 0)')} AS signups
      FROM ${weeks} weeks LEFT JOIN s ON s.w = weeks.w ORDER BY weeks.w`);

    const cumulative = await this.rows(`
      WITH firsts AS (SELECT actor, min(day) AS f FROM ev WHERE is_signup AND day BETWEEN ${from} AND ${to} GROUP BY actor)
      SELECT ${label('d')} AS date, ${int('count(firsts.actor)')} AS signups
      FROM ${days} LEFT JOIN firsts ON firsts.f <= d GROUP BY d ORDER BY d`);

    const funnel = async (step1: string, step2: string, windowMs: number, a: string, b: string): Promise<SqlFunnel> => {
      const row = await this.one(`${funnelSql(step1, step2, windowMs, a, b)}
        SELECT ${int('(SELECT count(DISTINCT actor) FROM p)')} AS entered, ${int('count(*)')} AS converted,
          avg(CAST(s - p AS DOUBLE) / 1000) AS avg_seconds
        FROM conv`);
      const entered = row.entered as number;
      const converted = row.converted as number;
      return {
        entered,
        converted,
        rate: entered === 0 ? null : converted / entered,
        avg_conversion_seconds: converted === 0 ? null : (row.avg_seconds as number),
      };
    };
    const bothFunnels = async (step1: string, step2: string, days: number) => {
      const w = days * 86_400_000;
      const current = await funnel(step1, step2, w, from, to);
      return { ...current, previous: await funnel(step1, step2, w, prevFrom, prevTo) };
    };
    const signupConversion = await bothFunnels('is_signup_pageview', 'is_signup', 14);
    const freeToPaid = await bothFunnels('is_signup', 'is_payment', 42);

    const lifecycle = await this.rows(`
      WITH aw AS (SELECT DISTINCT actor, week_of(day, ${ws}) AS w FROM ev WHERE is_activity AND day <= ${to}),
      flags AS (
        SELECT weeks.w, aw.actor, bool_or(aw.w = weeks.w) AS cur, bool_or(aw.w = weeks.w - 7) AS prev
        FROM ${weeks} weeks JOIN aw ON aw.w = weeks.w OR aw.w = weeks.w - 7 GROUP BY ALL),
      classified AS (SELECT flags.*, week_of(fs.day, ${ws}) = flags.w AS first_seen_this_week
                     FROM flags JOIN first_seen fs ON fs.actor = flags.actor)
      SELECT ${label('weeks.w')} AS week,
        ${int('count(c.actor) FILTER (WHERE c.cur AND c.first_seen_this_week)')} AS new,
        ${int('count(c.actor) FILTER (WHERE c.cur AND c.prev)')} AS returning,
        ${int('count(c.actor) FILTER (WHERE c.cur AND NOT c.prev AND NOT c.first_seen_this_week)')} AS resurrecting,
        ${int('-count(c.actor) FILTER (WHERE c.prev AND NOT c.cur)')} AS dormant
      FROM ${weeks} weeks LEFT JOIN classified c ON c.w = weeks.w
      GROUP BY weeks.w ORDER BY weeks.w`);

    const sess = await this.one(`
      WITH e AS (SELECT * FROM ev WHERE day BETWEEN ${from} AND ${to}),
      per_session AS (SELECT session, max(ts_ms) - min(ts_ms) AS span FROM e WHERE session IS NOT NULL GROUP BY session)
      SELECT ${int('(SELECT count(*) FROM per_session)')} AS unique_sessions, ${int('(SELECT count(DISTINCT actor) FROM e)')} AS unique_users,
        (SELECT avg(CAST(span AS DOUBLE) / 1000) FROM per_session) AS avg_session_seconds`);

    const col = <T>(rows: Record<string, unknown>[], key: string) => rows.map((row) => row[key] as T);
    const cohorts = (rows: Record<string, unknown>[]) =>
      rows.map((row) => ({ cohort: row.cohort as string, size: row.size as number, retained: row.retained as number[] }));
    return {
      active_users: { dates: col(au, 'date'), dau: col(au, 'dau'), wau: col(au, 'wau'), mau: col(au, 'mau') },
      weekly_active: { value: wm.wv as number, previous: wm.wp as number },
      monthly_active: { value: wm.mv as number, previous: wm.mp as number },
      power_users: power.map((row) => ({ actor: row.actor as string, name: row.name as string, count: row.count as number, last_seen: row.last_seen as string })),
      retention_daily: cohorts(retentionDaily),
      retention_weekly: cohorts(retentionWeekly),
      signups: { value: signups.value as number, previous: signups.previous as number },
      paying_customers: { value: paying.value as number, previous: paying.previous as number },
      signups_and_subscriptions: { dates: col(sas, 'date'), signups: col(sas, 'signups'), subscriptions: col(sas, 'subscriptions') },
      new_signups: { weeks: col(newSignups, 'week'), signups: col(newSignups, 'signups') },
      cumulative_signups: { dates: col(cumulative, 'date'), signups: col(cumulative, 'signups') },
      signup_conversion: signupConversion,
      free_to_paid: freeToPaid,
      lifecycle: {
        weeks: col(lifecycle, 'week'),
        new: col(lifecycle, 'new'),
        returning: col(lifecycle, 'returning'),
        resurrecting: col(lifecycle, 'resurrecting'),
        dormant: col(lifecycle, 'dormant'),
      },
      sessions: {
        unique_sessions: sess.unique_sessions as number,
        unique_users: sess.unique_users as number,
        avg_session_seconds: sess.unique_sessions === 0 ? null : (sess.avg_session_seconds as number),
      },
    };
  }
}
