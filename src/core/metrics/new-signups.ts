// Tile `new_signups`: per week that meets the range, the distinct actors with a signup event on the days inside
// both that week and the range (DESIGN §5). Weeks are labelled by their first day, even when it is before `from`.
import { entryStart, NO_DAY } from './actor-days';
import type { MetricInput } from './metric-input';

export interface NewSignupsTile {
  weeks: string[];
  signups: number[];
}

export function newSignups(input: MetricInput): NewSignupsTile | null {
  const signup = input.actorDays('signup');
  if (!signup) return null;
  const { from, to } = input.range;
  const firstWeek = input.calendar.weekStartOf(from);
  const weeks: string[] = [];
  for (let week = firstWeek; week <= to; week += 7) weeks.push(input.calendar.label(week));
  const counts = new Array<number>(weeks.length).fill(0);
  const lastWeekOfActor = new Int32Array(input.actorCount).fill(NO_DAY);
  for (let d = from; d <= to; d++) {
    const week = Math.floor((d - firstWeek) / 7);
    const end = entryStart(signup, d + 1);
    for (let e = entryStart(signup, d); e < end; e++) {
      const actor = signup.actors[e]!;
      if (lastWeekOfActor[actor] === week) continue;
      lastWeekOfActor[actor] = week;
      counts[week]!++;
    }
  }
  return { weeks, signups: counts };
}
