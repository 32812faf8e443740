// A time zone's UTC offset at any instant, as runs of constant offset. Asking Intl costs ~5 µs, far too much
// once per event, so each UTC year is probed once (daily samples, then a binary search to the second wherever
// two samples differ) and later lookups are array reads. Daily sampling finds every real transition: no zone
// changes its offset twice within one day.
import { daysFromCivil, MS_PER_DAY } from './civil-days';

/** Instants [start, end) over which local time = UTC + offset (all epoch ms). */
export interface OffsetRun {
  start: number;
  end: number;
  offset: number;
}

// Intl cannot name years before 1 AD (it switches to eras) and nothing after 9999 matters; beyond, the offset
// at the nearest edge is used.
const FIRST_YEAR = 1;
const LAST_YEAR = 9999;
const SECOND = 1000;

const yearStartMs = (year: number): number => daysFromCivil(year, 1, 1) * MS_PER_DAY;

export class ZoneOffsets {
  private readonly format: Intl.DateTimeFormat;
  private readonly runsByYear = new Map<number, OffsetRun[]>();

  /** Throws RangeError for a name Intl does not know. */
  constructor(timeZone: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** The run holding instant `ms` (a finite number). */
  runAt(ms: number): OffsetRun {
    const year = new Date(ms).getUTCFullYear();
    if (year < FIRST_YEAR) {
      const edge = yearStartMs(FIRST_YEAR);
      return { start: -Infinity, end: edge, offset: this.probe(edge) };
    }
    if (year > LAST_YEAR) {
      const edge = yearStartMs(LAST_YEAR + 1);
      return { start: edge, end: Infinity, offset: this.probe(edge - SECOND) };
    }
    const runs = this.runsOf(year);
    let lo = 0;
    let hi = runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[mid]!.start <= ms) lo = mid;
      else hi = mid - 1;
    }
    return runs[lo]!;
  }

  private runsOf(year: number): OffsetRun[] {
    let runs = this.runsByYear.get(year);
    if (!runs) {
      runs = this.scanYear(year);
      this.runsByYear.set(year, runs);
    }
    return runs;
  }

  private scanYear(year: number): OffsetRun[] {
    const start = yearStartMs(year);
    const end = yearStartMs(year + 1);
    const runs: OffsetRun[] = [];
    let runStart = start;
    let offset = this.probe(start);
    for (let previous = start; previous < end - SECOND; ) {
      const at = Math.min(previous + MS_PER_DAY, end - SECOND);
      const next = this.probe(at);
      if (next !== offset) {
        const change = this.findChange(previous, at, offset);
        runs.push({ start: runStart, end: change, offset });
        runStart = change;
        offset = next;
      }
      previous = at;
    }
    runs.push({ start: runStart, end, offset });
    return runs;
  }

  /** The first whole second in (before, after] whose offset differs from `offset` (transitions fall on seconds). */
  private findChange(before: number, after: number, offset: number): number {
    let lo = Math.floor(before / SECOND);
    let hi = Math.ceil(after / SECOND);
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.probe(mid * SECOND) === offset) lo = mid;
      else hi = mid;
    }
    return hi * SECOND;
  }

  /** local − UTC in ms at an instant, from Intl (slow: the reason this class exists). */
  private probe(ms: number): number {
    const utc = Math.floor(ms / SECOND) * SECOND;
    let year = 0;
    let month = 0;
    let day = 0;
    let hour = 0;
    let minute = 0;
    let second = 0;
    for (const part of this.format.formatToParts(utc)) {
      switch (part.type) {
        case 'year': year = Number(part.value); break;
        case 'month': month = Number(part.value); break;
        case 'day': day = Number(part.value); break;
        case 'hour': hour = Number(part.value); break;
        case 'minute': minute = Number(part.value); break;
        case 'second': second = Number(part.value); break;
        default: break;
      }
    }
    const local = daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * SECOND;
    return local - utc;
  }
}
