// The range of events.timestamp a WHERE clause allows, worked out from its comparisons so that a query reads
// only that slice of the (timestamp, uuid)-sorted events, found by binary search, instead of scanning them all.
// AND narrows the range, OR widens it to cover every branch; anything else leaves it open.
import type { DemoEvent } from '../../demo-data/types.ts';

/** Inclusive bounds in epoch microseconds; ±Infinity when open. */
export interface TimeBounds {
  from: number;
  to: number;
}

export const UNBOUNDED: TimeBounds = { from: -Infinity, to: Infinity };

export function intersect(a: TimeBounds, b: TimeBounds): TimeBounds {
  return { from: Math.max(a.from, b.from), to: Math.min(a.to, b.to) };
}

export function cover(a: TimeBounds, b: TimeBounds): TimeBounds {
  return { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) };
}

/** The bounds of `timestamp <op> micros` (integers only: the stored times are whole microseconds). */
export function boundsOf(op: string, micros: number): TimeBounds | undefined {
  switch (op) {
    case '=':
      return { from: Math.ceil(micros), to: Math.floor(micros) };
    case '>':
      return { from: Math.floor(micros) + 1, to: Infinity };
    case '>=':
      return { from: Math.ceil(micros), to: Infinity };
    case '<':
      return { from: -Infinity, to: Math.ceil(micros) - 1 };
    case '<=':
      return { from: -Infinity, to: Math.floor(micros) };
    default:
      return undefined;
  }
}

/** The same comparison with its sides swapped: `c < timestamp` is `timestamp > c`. */
export function flipped(op: string): string {
  return ({ '<': '>', '<=': '>=', '>': '<', '>=': '<=' } as Record<string, string>)[op] ?? op;
}

/** Indexes [start, end) of the events whose timestamp lies within `bounds`. */
export function eventRange(events: readonly DemoEvent[], bounds: TimeBounds): [number, number] {
  if (bounds.from > bounds.to) return [0, 0];
  return [firstIndexWhere(events, (e) => e.timestamp * 1000 >= bounds.from), firstIndexWhere(events, (e) => e.timestamp * 1000 > bounds.to)];
}

function firstIndexWhere(events: readonly DemoEvent[], isAtOrPast: (event: DemoEvent) => boolean): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isAtOrPast(events[middle] as DemoEvent)) high = middle;
    else low = middle + 1;
  }
  return low;
}
