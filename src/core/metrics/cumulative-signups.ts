// Tile `cumulative_signups`: for each day d of the range, the actors whose first signup event in the range is on or
// before d (DESIGN §5). Each actor counts once, unlike a running sum of daily uniques, since a signup happens once.
import { entryStart } from './actor-days';
import { dayLabels } from './day-range';
import type { MetricInput } from './metric-input';

export interface CumulativeSignupsTile {
  dates: string[];
  signups: number[];
}

export function cumulativeSignups(input: MetricInput): CumulativeSignupsTile | null {
  const signup = input.actorDays('signup');
  if (!signup) return null;
  const { from, to } = input.range;
  const signedUp = new Uint8Array(input.actorCount);
  const totals: number[] = [];
  let total = 0;
  for (let d = from; d <= to; d++) {
    const end = entryStart(signup, d + 1);
    for (let e = entryStart(signup, d); e < end; e++) {
      const actor = signup.actors[e]!;
      if (signedUp[actor] === 1) continue;
      signedUp[actor] = 1;
      total++;
    }
    totals.push(total);
  }
  return { dates: dayLabels(input.calendar, input.range), signups: totals };
}
