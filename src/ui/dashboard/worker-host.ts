// The dashboard worker's side: reads the store once, prepares once per configuration, computes per query.
import { isPlainPageview } from '../../core/config/default-roles';
import type { RoleConfig } from '../../core/config/role-config';
import { computeDashboard } from '../../core/dashboard/compute-dashboard';
import { previousPeriod, resolveRangePreset } from '../../core/time/date-range-presets';
import { prepare, type Prepared } from '../../core/engine/prepare';
import { rawPropertiesNeeded } from '../../core/engine/raw-properties-needed';
import type { EventTable, GroupInfo, PersonInfo } from '../../core/events/event-table';
import { describeError } from '../../core/user-error';
import type { Database } from '../../store/database';
import { readEvents } from '../../store/event-reader';
import { readGroups } from '../../store/groups';
import { readGroupTypes, type GroupTypeName } from '../../store/group-types';
import { readPersons } from '../../store/persons';
import { loadRoleConfig } from '../../store/role-config-store';
import type { DashboardQuery, DashboardResult, WorkerReply, WorkerRequest } from './worker-protocol';

interface Loaded {
  table: EventTable;
  persons: PersonInfo[];
  groups: GroupInfo[];
  config: RoleConfig;
  problems: string[];
  groupTypes: GroupTypeName[];
  loadMs: number;
}

export function createDashboardHost(db: () => Promise<Database>, now: () => number = Date.now) {
  let loaded: Promise<Loaded> | null = null;
  let prepared: { key: string; value: Prepared; ms: number } | null = null;

  async function load(): Promise<Loaded> {
    const started = performance.now();
    const database = await db();
    const role = await loadRoleConfig(database);
    const [events, persons, groups, groupTypes] = await Promise.all([
      readEvents(database, { kept: 'all', properties: rawPropertiesNeeded({ ...role.config, filterTestAccounts: true }) }),
      readPersons(database),
      readGroups(database),
      readGroupTypes(database),
    ]);
    // Without the raw texts every event reads as {}: the kept columns answer every filter (rawPropertiesNeeded).
    const table: EventTable = 'properties' in events ? (events as EventTable) : { ...events, properties: [], elementsChain: [] };
    return { table, persons, groups, config: role.config, problems: role.problems, groupTypes, loadMs: performance.now() - started };
  }

  async function dashboard(query: DashboardQuery): Promise<DashboardResult | null> {
    loaded ??= load();
    const input = await loaded;
    if (input.table.count === 0) return null;
    const config: RoleConfig = { ...input.config, business: query.business ?? input.config.business, filterTestAccounts: query.filterTestAccounts ?? input.config.filterTestAccounts };
    const key = JSON.stringify([config.business, config.filterTestAccounts]);
    if (prepared?.key !== key) {
      const started = performance.now();
      prepared = { key, value: prepare({ table: input.table, persons: input.persons, groups: input.groups, config }), ms: performance.now() - started };
    }
    const calendar = prepared.value.data.calendar;
    const today = calendar.dayOf(now());
    const days = {
      today: calendar.label(today),
      first: calendar.label(calendar.dayOf(input.table.timestamp[0]!)),
      last: calendar.label(calendar.dayOf(input.table.timestamp[input.table.count - 1]!)),
    };
    const range = query.preset ? resolveRangePreset(query.preset, days) : { to: query.to ?? days.today, from: query.from ?? calendar.label(calendar.parse(query.to ?? days.today) - 30) };
    const actor = config.business.type === 'b2b' ? (`group:${config.business.groupTypeIndex}` as const) : ('person' as const);
    const started = performance.now();
    const output = computeDashboard(prepared.value.data, { ...range, actor });
    const comparison = query.compare ? computeDashboard(prepared.value.data, { ...previousPeriod(range), actor }) : null;
    const warnings = [
      ...input.problems,
      ...Object.entries(prepared.value.unsupported).flatMap(([role, problems]) => problems.map((p) => `${role}: ${p}`)),
      ...prepared.value.unsupportedTestAccountFilters,
    ];
    return {
      output, warnings, plainPageviewActivity: isPlainPageview(config.roles.activity),
      timings: { loadMs: input.loadMs, prepareMs: prepared.ms, computeMs: performance.now() - started },
      eventCount: input.table.count,
      days,
      comparison,
      business: config.business,
      filterTestAccounts: config.filterTestAccounts,
      groupTypes: input.groupTypes,
    };
  }

  return async function handle(request: WorkerRequest): Promise<WorkerReply> {
    try {
      if (request.kind === 'invalidate') {
        loaded = null;
        prepared = null;
        return { id: request.id, ok: true, result: null };
      }
      return { id: request.id, ok: true, result: await dashboard(request.query) };
    } catch (error) {
      loaded = null;
      return { id: request.id, ok: false, error: describeError(error) };
    }
  };
}

