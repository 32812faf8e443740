// Tile `sessions`: over all events in the range (any event, not only activity; DESIGN §5), the distinct non-empty
// sessions, the distinct actors, and the mean session length, a session's length being the time between its first
// and last event inside the range. PostHog's tiles look at the last hour; we use the dashboard range.
import { firstEventOnOrAfter, type MetricInput } from './metric-input';

export interface SessionsTile {
  unique_sessions: number;
  unique_users: number;
  /** null when the range holds no session. */
  avg_session_seconds: number | null;
}

export function sessions(input: MetricInput): SessionsTile {
  const { timestamp, actor, session, sessionIds } = input.data;
  const lastEventMs = new Float64Array(sessionIds.length).fill(NaN);
  const seenActor = new Uint8Array(input.actorCount);
  let uniqueSessions = 0;
  let uniqueActors = 0;
  let lengthMsSum = 0;
  for (let i = firstEventOnOrAfter(input.day, input.data.count, input.range.from); i < input.end; i++) {
    const a = actor[i]!;
    if (seenActor[a] === 0) {
      seenActor[a] = 1;
      uniqueActors++;
    }
    const s = session[i]!;
    if (s === 0) continue;
    const time = timestamp[i]!;
    const last = lastEventMs[s]!;
    // Events come in time order, so each later event stretches its session by the time since the previous one.
    if (Number.isNaN(last)) uniqueSessions++;
    else lengthMsSum += time - last;
    lastEventMs[s] = time;
  }
  return {
    unique_sessions: uniqueSessions,
    unique_users: uniqueActors,
    avg_session_seconds: uniqueSessions === 0 ? null : lengthMsSum / uniqueSessions / 1000,
  };
}
