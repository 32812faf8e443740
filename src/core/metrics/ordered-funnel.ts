// PostHog's ordered two-step funnel with a conversion window W, as DESIGN §5 defines it. An actor enters with a
// step-1 event p in the range; it converts when some step-2 event s (any stored one, also after `to`) has
// p ≤ s ≤ p + W for an in-range p. Its conversion time is s* − p*: s* the earliest such s, p* the latest in-range
// p ≤ s*.
//
// One forward pass over the time-sorted events finds both: when a step-2 event s of an actor arrives, the actor's
// latest in-range step-1 event so far is the latest p ≤ s, and s converts when it is within W of that p; the first
// such s is s*. A step 1 stored just after s in the same millisecond also counts as p ≤ s.
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
  for (let i = firstEventOnOrAfter(day, count, range.from); i < count; i++) {
    const time = timestamp[i]!;
    const inRange = day[i]! <= range.to;
    // Past the range, only a step 2 within W of the last in-range step 1 can still convert anyone.
    if (!inRange && !(time <= lastStep1Ms + windowMs)) break;
    if (inRange && step1[i] === 1) {
      const a = actor[i]!;
      if (Number.isNaN(latestStep1[a]!)) entered++;
      latestStep1[a] = time;
      lastStep1Ms = time;
    }
    if (step2[i] !== 1) continue;
    const a = actor[i]!;
    if (converted[a] === 1) continue;
    // A step 1 of the same actor stored later in the same millisecond is still ≤ s, and then the latest.
    const step1Ms = hasStep1Later(input, range, step1, i) ? time : latestStep1[a]!;
    // NaN (no step 1 yet) fails the comparison.
    if (!(time - step1Ms <= windowMs)) continue;
    converted[a] = 1;
    convertedCount++;
    conversionMsSum += time - step1Ms;
  }
  return {
    entered,
    converted: convertedCount,
    rate: entered === 0 ? null : convertedCount / entered,
    avg_conversion_seconds: convertedCount === 0 ? null : conversionMsSum / convertedCount / 1000,
  };
}

/** Whether event i's actor has an in-range step-1 event after i with the same time (rare: events a ms apart). */
function hasStep1Later(input: MetricInput, range: DayRange, step1: Uint8Array, i: number): boolean {
  const { timestamp, actor, count } = input.data;
  for (let k = i + 1; k < count && timestamp[k] === timestamp[i]; k++) {
    if (step1[k] === 1 && actor[k] === actor[i] && input.day[k]! <= range.to) return true;
  }
  return false;
}
