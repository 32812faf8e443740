// Datetimes in an IANA timezone, written and read the way PostHog does.
//
// Written: ClickHouse hands PostHog tz-aware datetimes (HogQL wraps `timestamp` in toTimeZone(…, project tz)),
// and PostHog renders them with orjson + OPT_UTC_Z (posthog/renderers.py SafeJSONRenderer): ISO 8601, six
// fractional digits unless the microseconds are zero (then none, as Python's isoformat), `+00:00` as `Z`.
// Read: a string with `Z` or an offset is absolute; a naive one is wall-clock time in the timezone
// (reference A2: string literals compare against toTimeZone(timestamp, project tz)).
//
// Times inside the emulator are integers: epoch microseconds.

const QUARTER_HOUR_MS = 15 * 60_000;

const DATETIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

export class Timezone {
  private readonly format: Intl.DateTimeFormat;
  /** Offset in minutes per quarter hour of UTC (NaN: it changes within that quarter hour). */
  private readonly offsets = new Map<number, number>();

  constructor(readonly name: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** Minutes to add to UTC to get wall-clock time here, at the UTC instant `utcMs`. */
  offsetMinutes(utcMs: number): number {
    const bucket = Math.floor(utcMs / QUARTER_HOUR_MS);
    let offset = this.offsets.get(bucket);
    if (offset === undefined) {
      const start = this.offsetAt(bucket * QUARTER_HOUR_MS);
      // A change inside the quarter hour (a few historic zones moved clocks at odd minutes): mark it mixed.
      offset = start === this.offsetAt((bucket + 1) * QUARTER_HOUR_MS - 1000) ? start : NaN;
      this.offsets.set(bucket, offset);
    }
    return Number.isNaN(offset) ? this.offsetAt(Math.floor(utcMs / 1000) * 1000) : offset;
  }

  private offsetAt(utcMs: number): number {
    const parts: Record<string, number> = {};
    for (const part of this.format.formatToParts(utcMs)) parts[part.type] = Number(part.value);
    const wallClock = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
    return Math.round((wallClock - Math.floor(utcMs / 1000) * 1000) / 60_000);
  }

  /** `2026-07-01T14:03:05.123000+02:00`; `…Z` when the offset is zero; no fraction when it is zero. */
  formatMicros(micros: number): string {
    const seconds = Math.floor(micros / 1_000_000);
    const fraction = micros - seconds * 1_000_000;
    const offset = this.offsetMinutes(seconds * 1000);
    const local = seconds + offset * 60;
    const days = Math.floor(local / 86_400);
    const secondOfDay = local - days * 86_400;
    let text =
      civilDate(days) + 'T' + pad2(Math.floor(secondOfDay / 3600)) + ':' + pad2(Math.floor(secondOfDay / 60) % 60) + ':' + pad2(secondOfDay % 60);
    if (fraction !== 0) text += '.' + String(fraction).padStart(6, '0');
    if (offset === 0) return text + 'Z';
    const abs = Math.abs(offset);
    return text + (offset < 0 ? '-' : '+') + pad2(Math.floor(abs / 60)) + ':' + pad2(abs % 60);
  }

  formatMillis(ms: number): string {
    return this.formatMicros(ms * 1000);
  }

  /**
   * Epoch microseconds of `YYYY-MM-DD[( |T)HH:MM[:SS[.fffffffff]]][Z|±HH[:MM]]`, or null when the text is not
   * such a datetime. Digits past the sixth are dropped, as DateTime64(6) does.
   */
  parseMicros(text: string): number | null {
    const match = DATETIME_PATTERN.exec(text.trim());
    if (!match) return null;
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = match;
    const fields = [Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s)] as const;
    const wallMs = Date.UTC(fields[0], fields[1] - 1, fields[2], fields[3], fields[4], fields[5]);
    const check = new Date(wallMs);
    if (check.getUTCMonth() !== fields[1] - 1 || check.getUTCDate() !== fields[2] || fields[3] > 23 || fields[4] > 59 || fields[5] > 59) {
      return null;
    }
    const micros = Number((frac + '000000').slice(0, 6));
    return (wallMs - this.zoneOffsetMinutes(wallMs, zone) * 60_000) * 1000 + micros;
  }

  private zoneOffsetMinutes(wallMs: number, zone: string | undefined): number {
    if (zone === undefined) {
      // Wall-clock time here: guess with the offset at that instant, then correct once across a DST change.
      const guess = wallMs - this.offsetMinutes(wallMs) * 60_000;
      return this.offsetMinutes(guess);
    }
    if (zone.toUpperCase() === 'Z') return 0;
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
  }
}

const zones = new Map<string, Timezone>();

/** One shared instance per name, so the offset cache is reused. Throws RangeError for an unknown name. */
export function timezone(name: string): Timezone {
  let zone = zones.get(name);
  if (!zone) {
    zone = new Timezone(name);
    zones.set(name, zone);
  }
  return zone;
}

export const UTC = timezone('UTC');

function pad2(value: number): string {
  return value < 10 ? '0' + value : String(value);
}

/**
 * `YYYY-MM-DD` of a day number (days since 1970-01-01), by Howard Hinnant's civil_from_days: plain integer
 * arithmetic, because formatting 50,000 timestamps per page through Date objects shows up in profiles.
 */
function civilDate(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return String(year).padStart(4, '0') + '-' + pad2(month) + '-' + pad2(day);
}
