// PostHog sends times as ISO 8601 text in the project's timezone, with microseconds and an offset
// ("2026-07-01T14:03:05.123456+02:00", "…Z", or without the fraction). Parsing by hand is several times faster
// than Date.parse and behaves the same in every engine.

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$/;

/** Epoch milliseconds (truncated), or NaN when the text is not such a time. Text without an offset is UTC. */
export function parseTimestamp(text: string): number {
  const m = ISO.exec(text);
  if (!m) return NaN;
  const fraction = m[7] ?? '';
  const ms = fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0;
  let time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), ms);
  const zone = m[8];
  if (zone && zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    time -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
  }
  return time;
}

/** ISO 8601 UTC with milliseconds and Z, the form every output of ours uses. */
export function formatTimestamp(ms: number): string {
  return new Date(ms).toISOString();
}
