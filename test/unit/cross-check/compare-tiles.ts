// Element-by-element comparison of the engine's tiles with DuckDB's. Counts, dates, ids and names must be equal;
// only a mean (the 7-day moving averages, the funnels' average conversion time, the average session length) may
// differ, by at most 1e-9 relative, because the two sides may add the same numbers in a different order.

const MEAN_RELATIVE_TOLERANCE = 1e-9;

/** Paths (with array indices replaced by []) whose numbers are means. */
const MEAN_PATHS = new Set([
  'signups_and_subscriptions.signups[]',
  'signups_and_subscriptions.subscriptions[]',
  'signup_conversion.avg_conversion_seconds',
  'signup_conversion.previous.avg_conversion_seconds',
  'free_to_paid.avg_conversion_seconds',
  'free_to_paid.previous.avg_conversion_seconds',
  'sessions.avg_session_seconds',
]);

/** The label array that names the elements of a series, so a message says which day or week differs. */
const AXIS: Record<string, string> = {
  active_users: 'dates',
  signups_and_subscriptions: 'dates',
  cumulative_signups: 'dates',
  new_signups: 'weeks',
  lifecycle: 'weeks',
};

const show = (v: unknown) => (v === undefined ? 'undefined' : typeof v === 'number' && Object.is(v, -0) ? '-0' : JSON.stringify(v));

function sameNumber(engine: number, sql: number, mean: boolean): boolean {
  if (engine === sql) return true; // 0 and -0 alike: a dormant count of none is none
  if (!mean || !Number.isFinite(engine) || !Number.isFinite(sql)) return false;
  return Math.abs(engine - sql) <= MEAN_RELATIVE_TOLERANCE * Math.max(Math.abs(engine), Math.abs(sql));
}

/** Every difference, as "tile.path[i] (label): engine X, duckdb Y". Empty when the tiles agree. */
export function diffTiles(engine: Record<string, unknown>, sql: Record<string, unknown>): string[] {
  const out: string[] = [];
  const walk = (a: unknown, b: unknown, path: string, pattern: string, tile: Record<string, unknown> | null): void => {
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) out.push(`${path}: engine has ${a.length} elements, duckdb ${b.length} (engine ${show(a)}, duckdb ${show(b)})`);
      const n = Math.min(a.length, b.length);
      const tileId = pattern.split('.')[0] ?? '';
      const axisKey = AXIS[tileId];
      const axis = tile && axisKey && path === `${tileId}.${pattern.split('.')[1] ?? ''}` ? (tile[axisKey] as unknown[] | undefined) : undefined;
      for (let i = 0; i < n; i++) {
        const where = axis && axis[i] !== undefined ? ` (${String(axis[i])})` : '';
        walk(a[i], b[i], `${path}[${i}]${where}`, `${pattern}[]`, tile);
      }
      return;
    }
    if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
      const ra = a as Record<string, unknown>;
      const rb = b as Record<string, unknown>;
      for (const key of new Set([...Object.keys(ra), ...Object.keys(rb)])) {
        if (!(key in ra)) out.push(`${path}.${key}: missing in the engine's output (duckdb ${show(rb[key])})`);
        else if (!(key in rb)) out.push(`${path}.${key}: not computed by duckdb (engine ${show(ra[key])})`);
        else walk(ra[key], rb[key], `${path}.${key}`, `${pattern}.${key}`, tile);
      }
      return;
    }
    if (typeof a === 'number' && typeof b === 'number') {
      if (!sameNumber(a, b, MEAN_PATHS.has(pattern))) out.push(`${path}: engine ${show(a)}, duckdb ${show(b)}`);
      return;
    }
    if (a !== b) out.push(`${path}: engine ${show(a)}, duckdb ${show(b)}`);
  };
  for (const id of new Set([...Object.keys(engine), ...Object.keys(sql)])) {
    if (!(id in engine)) out.push(`${id}: tile missing in the engine's output`);
    else if (!(id in sql)) out.push(`${id}: tile not computed by duckdb`);
    else {
      const tile = engine[id];
      walk(tile, sql[id], id, id, tile && typeof tile === 'object' && !Array.isArray(tile) ? (tile as Record<string, unknown>) : null);
    }
  }
  return out;
}
