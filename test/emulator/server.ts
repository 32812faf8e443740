// A PostHog-compatible API server for development, demos and tests: `startEmulator({ dataset })`.
// Requests pass, in PostHog's order: route → authentication (401) → project (404) → project access and scope
// (403) → throttle (429) → handler. Injected faults (faults.ts) answer before all of that.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DemoDataset, DemoEvent, DemoProject } from '../demo-data/types.ts';
import { answerAdmin } from './admin.ts';
import type { QueryConfig, SlowTable } from './clickhouse/execute.ts';
import type { PropertyForms } from './clickhouse/property-forms.ts';
import { ClickHouseStore } from './clickhouse/store.ts';
import { authenticate, authorize, findKey } from './auth.ts';
import { ApiError, methodNotAllowed, notFound, serverError, throttled, validationError } from './errors.ts';
import { AsyncQueries } from './handlers/async-queries.ts';
import type { HandlerContext } from './handlers/context.ts';
import { ENDPOINTS } from './handlers/endpoints.ts';
import { QueryCache } from './handlers/query-cache.ts';
import { QuerySlots, type QueryServices } from './handlers/query.ts';
import { DEFAULT_KEYS, type ApiKey } from './keys.ts';
import { FaultController } from './faults.ts';
import { faultReply } from './fault-replies.ts';
import { ProjectData, type PersonChanges } from './project-data.ts';
import { RateLimiter, type RateLimitOptions } from './rate-limit.ts';
import { errorReply, readBody, send, sendTruncated, type Reply } from './reply.ts';
import { RequestLog, type LogEntry } from './request-log.ts';
import { matchRoute, type Route } from './routes.ts';

export interface EmulatorOptions {
  dataset: DemoDataset;
  /** 0 (the default) picks a free port. The server listens on 127.0.0.1 only. */
  port?: number;
  /** Default: DEFAULT_KEYS from keys.ts (DEMO_KEY, NO_QUERY_SCOPE_KEY, OTHER_PROJECT_KEY). */
  keys?: readonly ApiKey[];
  /** PostHog's throttles per API key, with overridable numbers; `false` turns them off. */
  rateLimit?: RateLimitOptions | false;
  /** Queries allowed to run at once; one more gets the concurrency 429. Default 3. */
  queryConcurrency?: number;
  /** PostHog's 6-hour result cache for non-forced `refresh` modes. Default true. */
  queryCache?: boolean;
  /** Polls of an async query answered 202 before its result. Default 1. */
  asyncPolls?: number;
  /** No messages on stderr (unexpected errors, fault hits). */
  silent?: boolean;
  /**
   * How `properties.k` on events is stored and printed (clickhouse/property-forms.ts): the JSON column (the
   * default), a materialized column, the custom property group, or a key typed in property definitions.
   */
  propertyForms?: PropertyForms;
  /**
   * Tables that are "big": a query reading more rows of one (ClickHouse's max_rows_to_read, after skipping
   * granules by the sort key) than its budget gets PostHog's 504 timeout.
   */
  slowTables?: readonly SlowTable[];
  /** ClickHouse's max_execution_time for a query. Default 10 (PostHog's, for personal API keys). */
  maxExecutionTimeSeconds?: number;
}

export interface Emulator {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  port: number;
  project: DemoProject;
  faults: FaultController;
  log: RequestLog;
  /**
   * Adds events, as new data arriving in PostHog. An event's `created_at` (ingestion time) is its own if set,
   * else now, so late events (old `timestamp`) are found by `created_at`. Queries sent after the call see them;
   * the promise says when they are stored.
   */
  appendEvents(events: readonly DemoEvent[]): Promise<void>;
  /** PostHog's person merge: `fromId`'s distinct ids move to `intoId`, and `fromId` is deleted. */
  mergePersons(fromId: string, intoId: string): Promise<void>;
  /** Deletes a person and its distinct ids. */
  deletePerson(id: string): Promise<void>;
  /** `$set` on a person: these keys replace the old values, other keys stay. */
  setPersonProperties(id: string, properties: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  const data = new ProjectData(options.dataset);
  const warn = (message: string) => {
    if (!options.silent) console.error(`[emulator] ${message}`);
  };
  const store = await ClickHouseStore.open(data, options.propertyForms, (error) => warn(`ClickHouse write failed: ${error.stack ?? error.message}`));
  const config: QueryConfig = {
    teamId: data.project.id,
    timezone: data.project.timezone,
    maxExecutionTimeSeconds: options.maxExecutionTimeSeconds ?? 10,
    ...(options.propertyForms ? { forms: options.propertyForms } : {}),
    ...(options.slowTables ? { slowTables: options.slowTables } : {}),
  };
  const faults = new FaultController();
  const log = new RequestLog();
  const keys = options.keys ?? DEFAULT_KEYS;
  const limiter = options.rateLimit === false ? undefined : new RateLimiter(options.rateLimit ?? {});
  const services: QueryServices = {
    cache: options.queryCache === false ? undefined : new QueryCache(),
    asyncQueries: new AsyncQueries(options.asyncPolls ?? 1),
    slots: new QuerySlots(options.queryConcurrency ?? 3),
    budget: { remainingBytes: 10 ** 13 },
    store,
    config,
  };
  const appendEvents = (events: readonly DemoEvent[]) => store.appendEvents(data.appendEvents(events));
  // Each mutation changes ProjectData (REST endpoints) and inserts the new row versions into ClickHouse.
  const persons = {
    merge: (fromId: string, intoId: string) => applied(data.mergePersons(fromId, intoId)),
    delete: (id: string) => applied(data.deletePerson(id)),
    setProperties: (id: string, properties: Record<string, unknown>) => applied(data.setPersonProperties(id, properties)),
  };
  const applied = (changes: PersonChanges) => store.applyPersonChanges(changes);

  /** Everything but faults: the answer PostHog would give. */
  async function answer(method: string, url: URL, rawBody: string, authorization: string | undefined, delay: () => Promise<void>): Promise<Reply> {
    const route = matchRoute(url.pathname);
    if (!route) return errorReply(notFound());
    try {
      const endpoint = ENDPOINTS[route.name];
      let body: unknown;
      let bodyError: ApiError | undefined;
      if (rawBody.trim() !== '') {
        try {
          body = JSON.parse(rawBody);
        } catch (error) {
          // DRF's ParseError.
          bodyError = validationError('parse_error', `JSON parse error - ${(error as Error).message}`);
        }
      }
      const key = authenticate(findKey(authorization, body, url), keys);
      const projectId = route.projectRef === undefined ? undefined : resolveProject(route, data.project);
      authorize(key, projectId, endpoint.scope);
      const wait = limiter?.check(key.value, endpoint.rateClass) ?? 0;
      if (wait > 0) throw throttled(wait);
      const handler = endpoint.methods[method];
      if (!handler) throw methodNotAllowed(method);
      if (bodyError) throw bodyError;
      const ctx: HandlerContext = { method, url, body, route, key, data, delay };
      // A query takes its concurrency slot before waiting, so slow queries occupy it.
      if (route.name !== 'query') await delay();
      const reply = await handler(ctx, services);
      return { ...reply, headers: { ...reply.headers, ...route.headers } };
    } catch (error) {
      if (error instanceof ApiError) return errorReply(new ApiError(error.status, error.body, { ...error.headers, ...route.headers }));
      warn(`500 for ${method} ${url.pathname}: ${(error as Error).stack ?? String(error)}`);
      return errorReply(serverError());
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    const rawBody = await readBody(req);
    if (url.pathname === '/_emulator' || url.pathname.startsWith('/_emulator/')) {
      await send(res, await answerAdmin(method, url.pathname, rawBody, { data, faults, log, appendEvents, persons }));
      return;
    }
    const entry: LogEntry = { at: Date.now(), method, path: url.pathname + url.search, status: 0 };
    if (matchRoute(url.pathname)?.name === 'query') describeQuery(entry, rawBody);
    log.add(entry);

    const fault = faults.take(url.pathname);
    if (fault) {
      entry.fault = fault.kind;
      warn(`fault ${fault.kind} → ${method} ${url.pathname}`);
    }
    if (fault?.kind === 'drop') {
      req.socket.destroy();
      return;
    }
    const delayMs = fault?.kind === 'slow' ? fault.delayMs : 0;
    let waited: Promise<void> | undefined;
    const delay = () => (waited ??= new Promise<void>((done) => setTimeout(done, delayMs)));
    const injected = fault ? faultReply(fault) : undefined;
    const reply = injected ?? (await answer(method, url, rawBody, req.headers.authorization, delay));
    await delay();
    entry.status = reply.status;
    if (fault?.kind === 'truncate') sendTruncated(res, reply);
    else await send(res, reply);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      warn(`unexpected: ${(error as Error).stack ?? String(error)}`);
      if (!res.headersSent) void send(res, errorReply(serverError()));
      else res.destroy();
    });
  });
  let port: number;
  try {
    port = await listen(server, options.port ?? 0);
  } catch (error) {
    await store.close();
    throw error;
  }
  const url = `http://127.0.0.1:${port}`;
  let closed: Promise<void> | undefined;
  return {
    url,
    port,
    project: data.project,
    faults,
    log,
    appendEvents,
    mergePersons: persons.merge,
    deletePerson: persons.delete,
    setPersonProperties: persons.setProperties,
    // Idempotent: a test may close the server (to go offline) before its fixture does.
    close: () =>
      (closed ??= (async () => {
        await new Promise<void>((done, fail) => {
          if (!server.listening) return done();
          server.close((error) => (error ? fail(error) : done()));
          server.closeAllConnections();
        });
        await store.close();
      })()),
  };
}

function resolveProject(route: Route, project: DemoProject): number {
  if (route.projectRef === '@current' || route.projectRef === String(project.id)) return project.id;
  throw notFound();
}

function describeQuery(entry: LogEntry, rawBody: string): void {
  try {
    entry.body = JSON.parse(rawBody) as unknown;
    const hogql = (entry.body as { query?: { query?: unknown } } | null)?.query?.query;
    if (typeof hogql === 'string') entry.hogql = hogql;
  } catch {
    // Not JSON: the log keeps no body; the answer is the parse error.
  }
}

function listen(server: ReturnType<typeof createServer>, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} on 127.0.0.1 is already in use`, { cause: error }) : error);
    };
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
