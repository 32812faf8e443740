// Who did each event (DESIGN §5): in B2C the person — the event's person_id, else the person whose distinct_ids
// hold its distinct_id, else the distinct_id itself; in B2B the `$group_N` key (events without one are left out).
// Resolved once per dictionary entry, not per event: a table of 1M events has far fewer distinct ids.
//
// PostHog never leaves person_id empty: a personless event (no person profile processed) carries
// uuidv5(namespace, `${team_id}:${distinct_id}`), and an event of a person merged away or deleted keeps that
// person's old id. Neither matches a persons row, so once persons are known a person_id they do not hold is read
// as none and the event resolves by its distinct_id, as a fresh sync would after the merge. With no persons at all
// (a file imported without them) person_id is all there is, and it is taken as it is.
import type { EventTable, GroupInfo, PersonInfo } from '../events/event-table';

export type ActorMode = { kind: 'person' } | { kind: 'group'; groupTypeIndex: number };

export interface ActorIndex {
  /** Actor index per event, -1 when the event has no actor in this mode. */
  actor: Int32Array;
  ids: string[];
  /** The person (B2C) or group (B2B) record behind each actor, when known. */
  persons: (PersonInfo | undefined)[];
  groups: (GroupInfo | undefined)[];
}

/** distinct_id → person, built from the persons' distinct_ids (the last person listing an id wins, as after a merge). */
export function personsByDistinctId(persons: readonly PersonInfo[]): Map<string, PersonInfo> {
  const byDistinct = new Map<string, PersonInfo>();
  for (const person of persons) for (const id of person.distinct_ids) byDistinct.set(id, person);
  return byDistinct;
}

export function resolveActors(table: EventTable, mode: ActorMode, persons: readonly PersonInfo[], groups: readonly GroupInfo[]): ActorIndex {
  const ids: string[] = [];
  const byId = new Map<string, number>();
  const actorOf = (id: string) => {
    let index = byId.get(id);
    if (index === undefined) {
      index = ids.length;
      ids.push(id);
      byId.set(id, index);
    }
    return index;
  };
  const actor = new Int32Array(table.count).fill(-1);
  const personRecords: (PersonInfo | undefined)[] = [];
  const groupRecords: (GroupInfo | undefined)[] = [];

  if (mode.kind === 'group') {
    const column = table.groups[mode.groupTypeIndex];
    const keys = table.groupKeys[mode.groupTypeIndex] ?? [''];
    const byKey = new Map(groups.filter((g) => g.group_type_index === mode.groupTypeIndex).map((g) => [g.group_key, g]));
    const fromKey = Int32Array.from(keys, (key) => (key === '' ? -1 : actorOf(key)));
    if (column) for (let i = 0; i < table.count; i++) actor[i] = fromKey[column[i]!]!;
    for (const id of ids) groupRecords.push(byKey.get(id));
    return { actor, ids, persons: [], groups: groupRecords };
  }

  const byPersonId = new Map(persons.map((p) => [p.id, p]));
  const byDistinct = personsByDistinctId(persons);
  const knowsPersons = persons.length > 0;
  const fromPerson = Int32Array.from(table.personIds, (id) => (id === '' || (knowsPersons && !byPersonId.has(id)) ? -1 : actorOf(id)));
  const fromDistinct = Int32Array.from(table.distinctIds, (id) => (id === '' ? -1 : actorOf(byDistinct.get(id)?.id ?? id)));
  for (let i = 0; i < table.count; i++) {
    const viaPerson = fromPerson[table.person[i]!]!;
    actor[i] = viaPerson >= 0 ? viaPerson : fromDistinct[table.distinct[i]!]!;
  }
  for (const id of ids) personRecords.push(byPersonId.get(id));
  return { actor, ids, persons: personRecords, groups: [] };
}

/** What a table shows for an actor: a person's email, else name; a group's name; else the id. */
export function actorName(id: string, person: PersonInfo | undefined, group: GroupInfo | undefined): string {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : null);
  if (person) return text(person.properties.email) ?? text(person.properties.name) ?? id;
  if (group) return text(group.group_properties.name) ?? id;
  return id;
}
