// Asynchronous queries (`refresh: "async" | "force_async" | "lazy_async"`): the POST answers 202 with only a
// `query_status`; `GET /query/:id/` answers 202 while "running", then 200 with `query_status.results` holding
// the full response, or 400 with `error_message`; unknown ids are 404; `DELETE` cancels (reference A2).
// The emulator computes the answer at once and reports it as running for a set number of polls.
import { randomUUID } from 'node:crypto';
import { notFound, type ApiError } from '../errors.ts';
import { json, streamedJson, type Reply } from '../reply.ts';
import { UTC } from '../timezone.ts';
import type { HogQLResponse } from './query-response.ts';

type Outcome = { response: HogQLResponse } | { error: ApiError };

interface AsyncQuery {
  teamId: number;
  startedAt: number;
  pollsLeft: number;
  outcome: Outcome;
}

const EXPIRY_MS = 20 * 60_000;

export class AsyncQueries {
  private readonly queries = new Map<string, AsyncQuery>();

  /** @param pollsBeforeDone how many polls answer 202 before the result is ready. */
  constructor(private readonly pollsBeforeDone = 1) {}

  start(teamId: number, clientQueryId: string | undefined, outcome: Outcome, now = Date.now()): Reply {
    const id = clientQueryId ?? randomUUID().replace(/-/g, '');
    const query: AsyncQuery = { teamId, startedAt: now, pollsLeft: this.pollsBeforeDone, outcome };
    this.queries.set(id, query);
    return json(202, { query_status: statusOf(id, query, false) });
  }

  poll(id: string): Reply {
    const query = this.queries.get(id);
    if (!query) throw notFound();
    if (query.pollsLeft > 0) {
      query.pollsLeft--;
      return json(202, { query_status: statusOf(id, query, false) });
    }
    const status = statusOf(id, query, true);
    return streamedJson('error' in query.outcome ? 400 : 200, { query_status: status });
  }

  cancel(id: string): Reply {
    if (!this.queries.delete(id)) throw notFound();
    return json(200, { message: 'Query cancelled.' });
  }
}

function statusOf(id: string, query: AsyncQuery, done: boolean) {
  const failure = done && 'error' in query.outcome ? query.outcome.error : undefined;
  const response = done && 'response' in query.outcome ? query.outcome.response : null;
  return {
    id,
    team_id: query.teamId,
    complete: done,
    error: failure !== undefined,
    error_message: failure ? failure.body.detail : null,
    error_code: failure ? failure.body.code : null,
    query_async: true,
    start_time: UTC.formatMillis(query.startedAt),
    pickup_time: UTC.formatMillis(query.startedAt),
    end_time: done ? UTC.formatMillis(query.startedAt) : null,
    expiration_time: UTC.formatMillis(query.startedAt + EXPIRY_MS),
    task_id: id,
    insight_id: null,
    dashboard_id: null,
    labels: null,
    query_progress: null,
    cache_key: response?.cache_key ?? null,
    results: response,
  };
}
