// Who the customer is: id, display name, person or group, its record's properties, the distinct_ids behind a
// person, and when the record was created.
import { actorName } from '../engine/actors';
import type { GroupInfo, PersonInfo } from '../events/event-table';
import { formatTimestamp } from '../events/timestamps';
import { compareCodeUnits } from './code-unit-order';
import type { Properties } from './event-properties';
import type { ProfileInput } from './profile-input';

export interface CustomerIdentity {
  actor: string;
  kind: 'person' | 'group';
  /** B2B: the group type index; null for a person. */
  group_type_index: number | null;
  /** A person's email, else name; a group's name; else the id (as the dashboard tables show it). */
  name: string;
  /** The person's or group's properties; {} when there is no record. */
  properties: Properties;
  /**
   * A person's distinct_ids: those of the record in its order, then any other seen on its events (code-unit
   * order), so an actor known only by a distinct_id still lists it. [] for a group.
   */
  distinct_ids: string[];
  /** The record's created_at, ISO UTC; null when there is no record. */
  created_at: string | null;
}

export interface ResolvedActor {
  kind: 'person' | 'group';
  person: PersonInfo | undefined;
  group: GroupInfo | undefined;
}

/** The actor's kind and record: from the ActorIndex when it has events, else from the input's records. */
export function resolveActor(input: ProfileInput, actorIndex: number): ResolvedActor {
  const { actors, actorId, mode } = input;
  if (actorIndex >= 0) {
    // resolveActors fills `persons` in person mode and `groups` in group mode, one entry per actor.
    const kind = mode?.kind ?? (actors.persons.length === actors.ids.length ? 'person' : 'group');
    return kind === 'person'
      ? { kind, person: actors.persons[actorIndex], group: undefined }
      : { kind, person: undefined, group: actors.groups[actorIndex] };
  }
  const wantsGroup = mode?.kind === 'group';
  const person = wantsGroup ? undefined : input.persons?.find((p) => p.id === actorId);
  if (person) return { kind: 'person', person, group: undefined };
  if (mode?.kind === 'person') return { kind: 'person', person: undefined, group: undefined };
  const group = input.groups?.find(
    (g) => g.group_key === actorId && (mode?.kind !== 'group' || g.group_type_index === mode.groupTypeIndex),
  );
  return { kind: group || wantsGroup ? 'group' : 'person', person: undefined, group };
}

export function buildIdentity(input: ProfileInput, resolved: ResolvedActor, rows: Int32Array): CustomerIdentity {
  const { actorId, table, mode } = input;
  const { kind, person, group } = resolved;
  const record = person ?? group;
  let distinctIds: string[] = [];
  if (kind === 'person') {
    const listed = person?.distinct_ids ?? [];
    const known = new Set(listed);
    const seen = new Set<string>();
    for (const row of rows) {
      const id = table.distinctIds[table.distinct[row]!] ?? '';
      if (id !== '' && !known.has(id)) seen.add(id);
    }
    distinctIds = [...listed, ...[...seen].sort(compareCodeUnits)];
  }
  return {
    actor: actorId,
    kind,
    group_type_index: kind === 'group' ? (group?.group_type_index ?? (mode?.kind === 'group' ? mode.groupTypeIndex : null)) : null,
    name: actorName(actorId, person, group),
    properties: person?.properties ?? group?.group_properties ?? {},
    distinct_ids: distinctIds,
    created_at: record && Number.isFinite(record.created_at) ? formatTimestamp(record.created_at) : null,
  };
}
