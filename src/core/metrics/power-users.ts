// Tile `power_users`: the 10 actors with the most activity events in `to`−29..`to` (DESIGN §5).
import { formatTimestamp } from '../events/timestamps';
import { entryStart } from './actor-days';
import { activityDays, type MetricInput } from './metric-input';

export interface PowerUser {
  actor: string;
  name: string;
  count: number;
  /** Their last activity event in the window, ISO 8601 UTC. */
  last_seen: string;
}

const TOP = 10;
const WINDOW_DAYS = 30;

export function powerUsers(input: MetricInput): PowerUser[] {
  const activity = activityDays(input);
  const { to } = input.range;
  const counts = new Int32Array(input.actorCount);
  const lastSeen = new Float64Array(input.actorCount);
  const touched: number[] = [];
  const end = entryStart(activity, to + 1);
  for (let e = entryStart(activity, to - WINDOW_DAYS + 1); e < end; e++) {
    const actor = activity.actors[e]!;
    if (counts[actor] === 0) touched.push(actor);
    counts[actor]! += activity.eventCounts[e]!;
    // Entries run in day order, so the last one seen is the latest.
    lastSeen[actor] = activity.lastEventMs[e]!;
  }
  const ids = input.data.actorIds;
  const ranksBefore = (a: number, b: number): boolean =>
    counts[a]! > counts[b]! || (counts[a] === counts[b] && ids[a]! < ids[b]!);
  // A sorted list of at most 10, filled by insertion: most actors are rejected by one comparison.
  const top: number[] = [];
  for (const actor of touched) {
    if (top.length === TOP && !ranksBefore(actor, top[TOP - 1]!)) continue;
    let at = top.length < TOP ? top.length : TOP - 1;
    while (at > 0 && ranksBefore(actor, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = actor;
  }
  return top.map((actor) => ({
    actor: ids[actor]!,
    name: input.data.actorNames[actor] || ids[actor]!,
    count: counts[actor]!,
    last_seen: formatTimestamp(lastSeen[actor]!),
  }));
}
