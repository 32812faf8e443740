// EventTables for profile and customers tests from readable rows, built the way the CLI builds them
// (EventBatch → buildEventTable, so sorting and dictionary coding are the real ones), with the role masks and the
// ActorIndex a caller would pass.
import { resolveActors, type ActorIndex, type ActorMode } from '../../../../src/core/engine/actors';
import { buildEventTable } from '../../../../src/core/engine/event-table-builder';
import { ROLE_NAMES, type RoleName } from '../../../../src/core/engine/prepared-data';
import { emptyBatch, GROUP_SLOTS } from '../../../../src/core/events/event-batch';
import type { EventTable, GroupInfo, PersonInfo } from '../../../../src/core/events/event-table';
import { uuidTextAt } from '../../../../src/core/profile/uuid-text';

export interface EventRow {
  /** ISO 8601. */
  at: string;
  event: string;
  person?: string;
  /** Default: the person, else "anon". */
  distinct?: string;
  session?: string;
  /** `$group_0`. */
  group?: string;
  properties?: Record<string, unknown>;
  /** Raw JSON text instead of `properties`, for damaged rows. */
  propertiesText?: string;
  roles?: RoleName[];
  elementsChain?: string;
  /** Default: made from the row's position. */
  uuid?: string;
}

export interface FixtureOptions {
  mode?: ActorMode;
  persons?: PersonInfo[];
  groups?: GroupInfo[];
  /** Roles whose mask is null. */
  unconfigured?: RoleName[];
}

export interface Fixture {
  table: EventTable;
  actors: ActorIndex;
  roles: Record<RoleName, Uint8Array | null>;
  mode: ActorMode;
  persons: PersonInfo[];
  groups: GroupInfo[];
}

/** A uuid whose text sorts as n does (the table breaks time ties by uuid). */
export function uuidOf(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export function ms(iso: string): number {
  const value = Date.parse(iso);
  if (Number.isNaN(value)) throw new Error(`fixture: bad time ${iso}`);
  return value;
}

export function buildFixture(rows: readonly EventRow[], options: FixtureOptions = {}): Fixture {
  const batch = emptyBatch(rows.length);
  const rolesByUuid = new Map<string, RoleName[]>();
  rows.forEach((row, i) => {
    const uuid = row.uuid ?? uuidOf(i + 1);
    batch.uuid.push(uuid);
    batch.event.push(row.event);
    batch.timestamp[i] = ms(row.at);
    batch.distinctId.push(row.distinct ?? row.person ?? 'anon');
    batch.personId.push(row.person ?? null);
    batch.sessionId.push(row.session ?? null);
    for (let g = 0; g < GROUP_SLOTS; g++) batch.groups[g]!.push(g === 0 ? (row.group ?? null) : null);
    batch.properties.push(row.propertiesText ?? JSON.stringify(row.properties ?? {}));
    batch.elementsChain.push(row.elementsChain ?? '');
    batch.length++;
    rolesByUuid.set(uuid, row.roles ?? []);
  });
  const { table } = buildEventTable([batch]);
  const roles = {} as Record<RoleName, Uint8Array | null>;
  for (const role of ROLE_NAMES) roles[role] = options.unconfigured?.includes(role) ? null : new Uint8Array(table.count);
  for (let row = 0; row < table.count; row++) {
    for (const role of rolesByUuid.get(uuidTextAt(table.uuid, row)) ?? []) {
      const mask = roles[role];
      if (mask) mask[row] = 1;
    }
  }
  const mode = options.mode ?? { kind: 'person' };
  const persons = options.persons ?? [];
  const groups = options.groups ?? [];
  return { table, actors: resolveActors(table, mode, persons, groups), roles, mode, persons, groups };
}
