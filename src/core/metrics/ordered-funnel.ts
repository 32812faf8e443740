// PostHog's ordered two-step funnel with a conversion window W, as DESIGN §5 defines it. An actor enters with a
// step-1 event p in the range; it converts when some step-2 event s (any stored one, also after `to`) has
// p ≤ s ≤ p + W for an in-range p. Its conversion time is s* − p*: s* the earliest such s, p* the latest in-range
// p ≤ s*.
//
// One forward pass over the time-sorted events finds both: when a step-2 event s of an actor arrives, the actor's
// latest in-range step-1 event so far is the latest p ≤ s, and s converts when it is within W of that p; the first
// such s is s*. Events with the same time are read step 1 first, so that p = s converts.
import type { RoleName } from '../engine/prepared-data';
import { previousRange, type DayRange } from './day-range';
import { firstEventOnOrAfter, type MetricInput } from './metric-input';

export interface FunnelResult {
  /** Actors with a step-1 event in the range. */
  entered: number;
  converted: number;
  /** converted / entered, a fraction; null when nobody entered. */
  rate: number | null;
  /** Mean of s* − p* over converters, in seconds; null when nobody converted. */
  avg_conversion_seconds: number | null;
}

export interface FunnelTile extends FunnelResult {
  previous: FunnelResult;
}

export const DAY_MS = 86_400_000;

/** The funnel over the range and over the previous range; null when either role is unconfigured. */
export function funnelTile(input: MetricInput, step1: RoleName, step2: RoleName, windowMs: number): FunnelTile | null {
  const first = input.data.roles[step1];
  const second = input.data.roles[step2];
  if (!first || !second) return null;
  return {
    ...orderedFunnel(input, input.range, first, second, windowMs),
    previous: orderedFunnel(input, previousRange(input.range), first, second, windowMs),
  };
}

export function orderedFunnel(
  input: MetricInput,
  range: DayRange,
  step1: Uint8Array,
  step2: Uint8Array,
  windowMs: number,
): FunnelResult {
  const { day } = input;
  const { timestamp, actor, count } = input.data;
  const latestStep1 = new Float64Array(input.actorCount).fill(NaN);
  const converted = new Uint8Array(input.actorCount);
  let entered = 0;
  let convertedCount = 0;
  let conversionMsSum = 0;
  let lastStep1Ms = NaN;
  let i = firstEventOnOrAfter(day, count, range.from);
  while (i < count) {
    const time = timestamp[i]!;
    // Past the range, only a step 2 within W of the last in-range step 1 can still convert anyone.
    if (day[i]! > range.to && !(time <= lastStep1Ms + windowMs)) break;
    let sameTimeEnd = i + 1;
    while (sameTimeEnd < count && timestamp[sameTimeEnd] === time) sameTimeEnd++;
    for (let k = i; k < sameTimeEnd; k++) {
      if (step1[k] !== 1 || day[k]! > range.to) continue;
      const a = actor[k]!;
      if (Number.isNaN(latestStep1[a]!)) entered++;
      latestStep1[a] = time;
      lastStep1Ms = time;
    }
    for (let k = i; k < sameTimeEnd; k++) {
      if (step2[k] !== 1) continue;
      const a = actor[k]!;
      // NaN (no step 1 yet) fails the comparison.
      if (converted[a] === 1 || !(time - latestStep1[a]! <= windowMs)) continue;
      converted[a] = 1;
      convertedCount++;
      conversionMsSum += time - latestStep1[a]!;
    }
    i = sameTimeEnd;
  }
  return {
    entered,
    converted: convertedCount,
    rate: entered === 0 ? null : convertedCount / entered,
    avg_conversion_seconds: convertedCount === 0 ? null : conversionMsSum / convertedCount / 1000,
  };
}
