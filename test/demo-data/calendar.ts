// The generated period: `days` windows of 24 h ending at `end`, plus the project's local clock.
// Behaviour follows local (Europe/Berlin) office hours and weekdays, so the UTC offset matters,
// including the DST switch inside the period.
import type { Random } from './random.ts';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** Local weekday (0 = Sunday) and hour weights, relative to the busiest slot. */
export interface Rhythm {
  weekday: readonly number[];
  hour: readonly number[];
}

export class Calendar {
  readonly start: number;
  /** UTC offset (ms) for each hour of the period, so local time is one lookup. */
  private readonly hourOffsets: Int32Array;

  constructor(
    readonly end: number,
    readonly days: number,
    readonly timezone: string,
  ) {
    this.start = end - days * DAY;
    this.hourOffsets = buildHourOffsets(this.start, days, timezone);
  }

  windowStart(day: number): number {
    return this.start + day * DAY;
  }

  /** Day index of a time (may be negative or ≥ days for times outside the period). */
  dayOf(ms: number): number {
    return Math.floor((ms - this.start) / DAY);
  }

  private localMs(ms: number): number {
    const hourIndex = Math.floor((ms - this.start) / HOUR);
    const clamped = hourIndex < 0 ? 0 : hourIndex >= this.hourOffsets.length ? this.hourOffsets.length - 1 : hourIndex;
    return ms + (this.hourOffsets[clamped] as number);
  }

  localHour(ms: number): number {
    return Math.floor(this.localMs(ms) / HOUR) % 24;
  }

  /** 0 = Sunday; 1970-01-01 was a Thursday. */
  localWeekday(ms: number): number {
    return (Math.floor(this.localMs(ms) / DAY) + 4) % 7;
  }

  /** Weekday weight of a day window, taken at its middle. */
  weekdayWeight(day: number, rhythm: Rhythm): number {
    return rhythm.weekday[this.localWeekday(this.windowStart(day) + DAY / 2)] as number;
  }

  /** A time inside day window `day`, following the rhythm's hour-of-day profile (rejection sampling). */
  sampleTimeInDay(rng: Random, day: number, rhythm: Rhythm): number {
    const from = this.windowStart(day);
    for (;;) {
      const t = from + Math.floor(rng.next() * DAY);
      if (rng.next() < (rhythm.hour[this.localHour(t)] as number)) return t;
    }
  }

  /**
   * A time in the whole period for a product that grows `growth`-fold from first to last day:
   * inverse-CDF of an exponential ramp, then thinned by weekday and hour.
   */
  sampleGrowingTime(rng: Random, growth: number, rhythm: Rhythm): number {
    const g = Math.log(growth);
    const span = this.end - this.start;
    for (;;) {
      const x = Math.log(1 + rng.next() * (growth - 1)) / g;
      const t = this.start + Math.floor(x * span);
      const weight = (rhythm.weekday[this.localWeekday(t)] as number) * (rhythm.hour[this.localHour(t)] as number);
      if (rng.next() < weight) return t;
    }
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Offset of `timezone` from UTC at instant `ms`, via Intl (no tz database of our own). */
export function timezoneOffsetMs(timezone: string, ms: number): number {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timezone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(ms)) parts[part.type] = Number(part.value);
  const asUtc = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0);
  return asUtc - (ms - (ms % MINUTE));
}

/** Asks Intl twice a day and only hour by hour on the few days where the offset changes. */
function buildHourOffsets(start: number, days: number, timezone: string): Int32Array {
  const offsets = new Int32Array(days * 24);
  let previous = timezoneOffsetMs(timezone, start);
  for (let day = 0; day < days; day++) {
    const next = timezoneOffsetMs(timezone, start + (day + 1) * DAY);
    for (let h = 0; h < 24; h++) {
      const at = start + day * DAY + h * HOUR;
      offsets[day * 24 + h] = previous === next ? previous : timezoneOffsetMs(timezone, at + HOUR / 2);
    }
    previous = next;
  }
  return offsets;
}
