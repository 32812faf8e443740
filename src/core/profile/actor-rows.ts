// The rows of one actor. A profile reads only these: one pass over the actor column (a typed array, ~1 ms per
// million events) instead of anything per event that parses text.
import type { ActorIndex } from '../engine/actors';

/** The actor's index in the ActorIndex, -1 when it has no stored event. */
export function actorIndexOf(actors: ActorIndex, actorId: string): number {
  return actors.ids.indexOf(actorId);
}

/** Row numbers of the actor's events, ascending (so in time order, as the table is sorted by time). */
export function rowsOfActor(actors: ActorIndex, actorIndex: number): Int32Array {
  const column = actors.actor;
  if (actorIndex < 0) return new Int32Array(0);
  let count = 0;
  for (let i = 0; i < column.length; i++) if (column[i] === actorIndex) count++;
  const rows = new Int32Array(count);
  let at = 0;
  for (let i = 0; i < column.length && at < count; i++) if (column[i] === actorIndex) rows[at++] = i;
  return rows;
}
