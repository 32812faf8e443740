// PostHog sends times as ISO 8601 text in the project's timezone, with microseconds and an offset
// ("2026-07-01T14:03:05.123456+02:00", "…Z", or without the fraction). Parsing by hand is several times faster
// than Date.parse and behaves the same in every engine; by character codes it is several times faster again than a
// regular expression, which mattered: timestamps were ~8% of the sync's ingest time.

// The format read: YYYY-MM-DD[T ]HH:MM:SS[.f{1,9}][Z|±HH[:]MM], nothing before or after.
const DASH = 45;
const COLON = 58;
const DOT = 46;
const T = 84;
const SPACE = 32;
const Z = 90;
const PLUS = 43;

// Rows of a page are in time order, so most share their date with the row before: its day is looked up once.
let cachedYear = -1;
let cachedMonth = -1;
let cachedDay = -1;
let cachedDayMs = NaN;

/** The number written by the `count` digits at `at`, or -1 when one of them is not a digit. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let k = at; k < at + count; k++) {
    const d = text.charCodeAt(k) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** Epoch milliseconds (truncated), or NaN when the text is not such a time. Text without an offset is UTC. */
export function parseTimestamp(text: string): number {
  const n = text.length;
  if (n < 19 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH || text.charCodeAt(13) !== COLON || text.charCodeAt(16) !== COLON) return NaN;
  const separator = text.charCodeAt(10);
  if (separator !== T && separator !== SPACE) return NaN;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return NaN;
  let at = 19;
  let ms = 0;
  if (at < n && text.charCodeAt(at) === DOT) {
    const start = ++at;
    while (at < n && at - start < 10) {
      const d = text.charCodeAt(at) - 48;
      if (!(d >= 0 && d <= 9)) break;
      if (at - start < 3) ms = ms * 10 + d;
      at++;
    }
    const length = at - start;
    if (length === 0 || length > 9) return NaN;
    if (length === 1) ms *= 100;
    else if (length === 2) ms *= 10;
  }
  let offsetMinutes = 0;
  if (at < n) {
    const zone = text.charCodeAt(at);
    if (zone === Z) {
      at++;
    } else if (zone === PLUS || zone === DASH) {
      const hours = digits(text, at + 1, 2);
      const colon = text.charCodeAt(at + 3) === COLON ? 1 : 0;
      const minutes = digits(text, at + 3 + colon, 2);
      if (hours < 0 || minutes < 0) return NaN;
      offsetMinutes = (zone === DASH ? -1 : 1) * (hours * 60 + minutes);
      at += 5 + colon;
    } else {
      return NaN;
    }
  }
  if (at !== n) return NaN;
  if (year !== cachedYear || month !== cachedMonth || day !== cachedDay) {
    // Date.UTC, as before, for its handling of out-of-range fields (month 13, day 0) and of years 0–99.
    cachedDayMs = Date.UTC(year, month - 1, day);
    cachedYear = year;
    cachedMonth = month;
    cachedDay = day;
  }
  return cachedDayMs + hour * 3_600_000 + minute * 60_000 + second * 1000 + ms - offsetMinutes * 60_000;
}

/** ISO 8601 UTC with milliseconds and Z, the form every output of ours uses. */
export function formatTimestamp(ms: number): string {
  return new Date(ms).toISOString();
}
