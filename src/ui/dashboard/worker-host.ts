// The dashboard worker's side: reads the store once, prepares once per configuration, computes per query.
import { isPlainPageview } from '../../core/config/default-roles';
import type { RoleConfig } from '../../core/config/role-config';
import { serializeRoleConfig } from '../../core/config/serialize-role-config';
import { computeDashboard } from '../../core/dashboard/compute-dashboard';
import { createCalendar } from '../../core/time/calendar';
import { previousPeriod, resolveRangePreset } from '../../core/time/date-range-presets';
import type { CustomerAggregates } from '../../core/customers/customer-aggregates';
import { queryCustomers, type CustomerList } from '../../core/customers/query-customers';
import { actorModeOf, prepare, type Prepared } from '../../core/engine/prepare';
import { keptPropertiesNeeded, rawPropertiesNeeded } from '../../core/engine/raw-properties-needed';
import type { EventTable, GroupInfo, PersonInfo } from '../../core/events/event-table';
import { describeError } from '../../core/user-error';
import { dashboardCacheKey, readCachedDashboard, readStoredVersions, writeCachedDashboard, type StoredVersions } from '../../store/dashboard-cache';
import type { Database } from '../../store/database';
import { readEvents } from '../../store/event-reader';
import { readEventTexts, type EventTexts } from '../../store/event-texts';
import { readGroups } from '../../store/groups';
import { readGroupTypes, type GroupTypeName } from '../../store/group-types';
import { readPersons } from '../../store/persons';
import { loadRoleConfig } from '../../store/role-config-store';
import type { CustomerProfile } from '../../core/profile/customer-profile';
import { customerAggregatesOf } from './customer-aggregates-of';
import { profileWithTexts } from './profile-with-texts';
import type { ActorSettings, CustomersQuery, DashboardQuery, DashboardResult, ProfileQuery, WorkerReply, WorkerRequest, WorkerResult } from './worker-protocol';

interface Loaded {
  table: EventTable;
  persons: PersonInfo[];
  groups: GroupInfo[];
  config: RoleConfig;
  problems: string[];
  groupTypes: GroupTypeName[];
  /** The store's versions read just before the data: the key this data's dashboards are cached under. */
  versions: StoredVersions;
  loadMs: number;
  /** Raw texts read for profiles, by table row (the table itself usually has none). */
  texts: Map<number, EventTexts>;
}

interface PreparedEntry {
  key: string;
  config: RoleConfig;
  value: Prepared;
  ms: number;
  /** The customers list's per-actor totals, made on its first request (search as you type reuses them). */
  customers?: CustomerAggregates;
}

/** Part of the dashboard cache's key: bump it when the engine's output or DashboardResult changes. */
const DASHBOARD_CACHE_FORMAT = 1;

export function createDashboardHost(db: () => Promise<Database>, now: () => number = Date.now) {
  let loaded: Promise<Loaded> | null = null;
  let prepared: PreparedEntry | null = null;
  let dashboardAsked = false;

  async function load(): Promise<Loaded> {
    const started = performance.now();
    const database = await db();
    const versions = readStoredVersions(database);
    const role = await loadRoleConfig(database);
    const everyFilter: RoleConfig = { ...role.config, filterTestAccounts: true };
    const [events, persons, groups, groupTypes] = await Promise.all([
      // Only what matching reads, whichever test-account choice a query makes: a cold first open waits for this.
      readEvents(database, { kept: keptPropertiesNeeded(everyFilter), properties: rawPropertiesNeeded(everyFilter) }),
      readPersons(database),
      readGroups(database),
      readGroupTypes(database),
    ]);
    // Without the raw texts every event reads as {}: the kept columns answer every filter (rawPropertiesNeeded).
    const table: EventTable = 'properties' in events ? (events as EventTable) : { ...events, properties: [], elementsChain: [] };
    return { table, persons, groups, config: role.config, problems: role.problems, groupTypes, versions: await versions, loadMs: performance.now() - started, texts: new Map() };
  }

  /** The stored data and its preparation for these settings, each made once and kept. */
  async function preparedFor(settings: ActorSettings): Promise<{ input: Loaded; entry: PreparedEntry }> {
    loaded ??= load();
    const input = await loaded;
    const config: RoleConfig = { ...input.config, business: settings.business ?? input.config.business, filterTestAccounts: settings.filterTestAccounts ?? input.config.filterTestAccounts };
    const key = JSON.stringify([config.business, config.filterTestAccounts]);
    if (prepared?.key !== key) {
      const started = performance.now();
      prepared = { key, config, value: prepare({ table: input.table, persons: input.persons, groups: input.groups, config }), ms: performance.now() - started };
    }
    return { input, entry: prepared };
  }

  /** Starts reading the store before the first question arrives (the page asks only after its own start-up). */
  function preload(): void {
    loaded ??= load();
    // A failed read is reported by the first request that needs it.
    loaded.catch(() => undefined);
  }

  /** What a cached dashboard depends on besides the stored data: the roles, the group types, the query, the day. */
  function cacheInputs(config: RoleConfig, groupTypes: GroupTypeName[], query: DashboardQuery): unknown[] {
    const calendar = createCalendar(config.timezone, config.weekStart);
    return [DASHBOARD_CACHE_FORMAT, serializeRoleConfig(config), groupTypes, query, calendar.label(calendar.dayOf(now()))];
  }

  /** The dashboard cached for this query over the store as it is now, if any. */
  async function cachedDashboard(query: DashboardQuery): Promise<DashboardResult | undefined> {
    const database = await db();
    const [versions, role, groupTypes] = await Promise.all([readStoredVersions(database), loadRoleConfig(database), readGroupTypes(database)]);
    return readCachedDashboard<DashboardResult>(database, dashboardCacheKey(versions, cacheInputs(role.config, groupTypes, query)));
  }

  /** Kept for the next open, under the versions of the data it was computed from. */
  async function remember(input: Loaded, query: DashboardQuery, result: DashboardResult): Promise<void> {
    const key = dashboardCacheKey(input.versions, cacheInputs(input.config, input.groupTypes, query));
    await writeCachedDashboard(await db(), key, result);
  }

  /**
   * The first question of a just-opened panel is answered from the cache when the last computed dashboard still
   * holds (same data, people, roles, query, day) while the store is read for what comes next; every computed
   * dashboard is cached for the next open.
   */
  async function dashboard(query: DashboardQuery): Promise<DashboardResult | null> {
    const first = !dashboardAsked;
    dashboardAsked = true;
    preload();
    if (first) {
      const cached = await cachedDashboard(query);
      if (cached) return { ...cached, fromCache: true };
    }
    const input = await loaded!;
    const result = await computeDashboardResult(query);
    // A cache that cannot be written (a full disk) only costs the next open its speed.
    if (result) void remember(input, query, result).catch(() => undefined);
    return result;
  }

  async function computeDashboardResult(query: DashboardQuery): Promise<DashboardResult | null> {
    loaded ??= load();
    if ((await loaded).table.count === 0) return null;
    const { input, entry } = await preparedFor(query);
    const { config } = entry;
    const calendar = entry.value.data.calendar;
    const today = calendar.dayOf(now());
    const days = {
      today: calendar.label(today),
      first: calendar.label(calendar.dayOf(input.table.timestamp[0]!)),
      last: calendar.label(calendar.dayOf(input.table.timestamp[input.table.count - 1]!)),
    };
    const range = query.preset ? resolveRangePreset(query.preset, days) : { to: query.to ?? days.today, from: query.from ?? calendar.label(calendar.parse(query.to ?? days.today) - 30) };
    const actor = config.business.type === 'b2b' ? (`group:${config.business.groupTypeIndex}` as const) : ('person' as const);
    const started = performance.now();
    const output = computeDashboard(entry.value.data, { ...range, actor });
    const comparison = query.compare ? computeDashboard(entry.value.data, { ...previousPeriod(range), actor }) : null;
    const warnings = [
      ...input.problems,
      ...Object.entries(entry.value.unsupported).flatMap(([role, problems]) => problems.map((p) => `${role}: ${p}`)),
      ...entry.value.unsupportedTestAccountFilters,
    ];
    return {
      output, warnings, plainPageviewActivity: isPlainPageview(config.roles.activity),
      timings: { loadMs: input.loadMs, prepareMs: entry.ms, computeMs: performance.now() - started },
      eventCount: input.table.count,
      days,
      comparison,
      business: config.business,
      filterTestAccounts: config.filterTestAccounts,
      groupTypes: input.groupTypes,
      fromCache: false,
    };
  }

  async function customers(query: CustomersQuery): Promise<CustomerList> {
    const { input, entry } = await preparedFor(query);
    entry.customers ??= customerAggregatesOf(input.table, input.persons, entry.value, entry.config);
    const { search, sort, descending, offset, limit } = query;
    return queryCustomers(entry.customers, { search, sort, offset, limit, ...(descending === undefined ? {} : { descending }) });
  }

  async function profile(query: ProfileQuery): Promise<CustomerProfile | null> {
    const { input, entry } = await preparedFor(query);
    const database = await db();
    return profileWithTexts(
      {
        table: input.table, prepared: entry.value, mode: actorModeOf(entry.config), persons: input.persons, groups: input.groups,
        actorId: query.actor, historyPage: query.historyPage, now: now(),
      },
      { read: (keys) => readEventTexts(database, keys), cache: input.texts },
    );
  }

  async function answer(request: WorkerRequest): Promise<WorkerResult> {
    switch (request.kind) {
      case 'invalidate':
        loaded = null;
        prepared = null;
        return null;
      case 'dashboard':
        return dashboard(request.query);
      case 'customers':
        return customers(request.query);
      case 'profile':
        return profile(request.query);
    }
  }

  async function handle(request: WorkerRequest): Promise<WorkerReply> {
    try {
      return { id: request.id, ok: true, result: await answer(request) };
    } catch (error) {
      loaded = null;
      return { id: request.id, ok: false, error: describeError(error) };
    }
  }

  return Object.assign(handle, { preload });
}

