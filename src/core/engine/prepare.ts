// From stored events and a role config to what every metric reads (PreparedData): the actor of each event, the
// test-account filter, each role's events, local days. Events left out by the test-account filter, and events
// without an actor in B2B, are left out everywhere, first seen included (DESIGN §5).
import type { RoleConfig } from '../config/role-config';
import type { EventTable, GroupInfo, PersonInfo } from '../events/event-table';
import { compileRole } from '../roles/compile-role';
import { matchRoleMask } from '../roles/match-role';
import { createPeopleLookup } from '../roles/people-lookup';
import { compileTestAccountFilters, testAccountMask } from '../roles/test-accounts';
import { createCalendar } from '../time/calendar';
import { actorName, resolveActors, type ActorIndex, type ActorMode } from './actors';
import { ROLE_NAMES, type PreparedData, type RoleName } from './prepared-data';

export interface PrepareInput {
  table: EventTable;
  persons: readonly PersonInfo[];
  groups: readonly GroupInfo[];
  config: RoleConfig;
}

export interface Prepared {
  data: PreparedData;
  /** Over every stored event (the profile shows test accounts' own events too). */
  actors: ActorIndex;
  roleMasks: Record<RoleName, Uint8Array | null>;
  /** What could not be evaluated offline, per role, in words for the user. */
  unsupported: Partial<Record<RoleName, string[]>>;
  /** Test-account filters that could not be evaluated offline (skipped, so no event is dropped for them). */
  unsupportedTestAccountFilters: string[];
  /** Events dropped by the test-account filter. */
  testAccountEvents: number;
}

export function actorModeOf(config: RoleConfig): ActorMode {
  return config.business.type === 'b2b' ? { kind: 'group', groupTypeIndex: config.business.groupTypeIndex } : { kind: 'person' };
}

function matchRoles(input: PrepareInput, people: ReturnType<typeof createPeopleLookup>) {
  const roleMasks = {} as Record<RoleName, Uint8Array | null>;
  const unsupported: Partial<Record<RoleName, string[]>> = {};
  for (const role of ROLE_NAMES) {
    const matchers = input.config.roles[role];
    // Activity never goes unconfigured: parseRoleConfig fills in $pageview.
    if (matchers.length === 0 && role !== 'activity') {
      roleMasks[role] = null;
      continue;
    }
    const compiled = compileRole(matchers);
    if (compiled.unsupported.length > 0) unsupported[role] = compiled.unsupported;
    roleMasks[role] = matchRoleMask(input.table, compiled, people);
  }
  return { roleMasks, unsupported };
}

export function prepare(input: PrepareInput): Prepared {
  const { table, config } = input;
  const calendar = createCalendar(config.timezone, config.weekStart);
  const people = createPeopleLookup(table, input.persons);
  const actors = resolveActors(table, actorModeOf(config), input.persons, input.groups);
  const { roleMasks, unsupported } = matchRoles(input, people);
  const filtering = config.filterTestAccounts && config.testAccountFilters.length > 0;
  const passes = filtering ? testAccountMask(table, config.testAccountFilters, people) : null;
  const unsupportedTestAccountFilters = filtering ? compileTestAccountFilters(config.testAccountFilters).unsupported : [];

  // Keep the rows that count; number the actors that remain densely, in order of first appearance.
  const rows = new Int32Array(table.count);
  let count = 0;
  const compactActor = new Int32Array(actors.ids.length).fill(-1);
  const actorIds: string[] = [];
  const originalActor: number[] = [];
  let testAccountEvents = 0;
  for (let i = 0; i < table.count; i++) {
    const actor = actors.actor[i]!;
    if (actor < 0) continue;
    if (passes && passes[i] === 0) {
      testAccountEvents++;
      continue;
    }
    if (compactActor[actor] === -1) {
      compactActor[actor] = actorIds.length;
      actorIds.push(actors.ids[actor]!);
      originalActor.push(actor);
    }
    rows[count++] = i;
  }

  // Column by column: tight loops over typed arrays, no per-event closures.
  const timestamp = new Float64Array(count);
  const day = new Int32Array(count);
  const actor = new Int32Array(count);
  const session = new Uint32Array(count);
  const firstSeen = new Float64Array(actorIds.length).fill(NaN);
  for (let k = 0; k < count; k++) {
    const row = rows[k]!;
    const ts = table.timestamp[row]!;
    const a = compactActor[actors.actor[row]!]!;
    timestamp[k] = ts;
    day[k] = calendar.dayOf(ts);
    actor[k] = a;
    session[k] = table.session[row]!;
    if (firstSeen[a] !== firstSeen[a]) firstSeen[a] = ts; // NaN: the actor's first kept event (rows are in time order)
  }
  const roles = {} as Record<RoleName, Uint8Array | null>;
  for (const role of ROLE_NAMES) {
    const mask = roleMasks[role];
    if (!mask) {
      roles[role] = null;
      continue;
    }
    const kept = new Uint8Array(count);
    for (let k = 0; k < count; k++) kept[k] = mask[rows[k]!]!;
    roles[role] = kept;
  }

  const actorNames = actorIds.map((id, a) => {
    const person = actors.persons[originalActor[a]!];
    const group = actors.groups[originalActor[a]!];
    const created = person?.created_at ?? group?.created_at;
    if (created !== undefined && Number.isFinite(created) && !(created >= firstSeen[a]!)) firstSeen[a] = created;
    return actorName(id, person, group);
  });

  const data: PreparedData = {
    calendar, count, timestamp, day, actor, actorIds, actorNames, actorFirstSeenMs: firstSeen,
    session, sessionIds: table.sessionIds, roles,
  };
  return { data, actors, roleMasks, unsupported, unsupportedTestAccountFilters, testAccountEvents };
}
