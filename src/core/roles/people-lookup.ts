// Which person an event belongs to, for person property filters: the person named by the event's person_id, else
// (no person_id, or one the persons list does not hold, e.g. merged away) the person whose distinct_ids hold the
// event's distinct_id (DESIGN §5). Resolved once per dictionary entry, so per event it is two array reads.
import type { EventTable, PersonInfo } from '../events/event-table';

export interface PeopleLookup {
  readonly persons: readonly PersonInfo[];
  /** 1 + the index in `persons` of event i's person; 0 when its person is not known. */
  personNumberOf(eventIndex: number): number;
  /** The properties of person number n (n ≥ 1); undefined for 0. */
  propertiesOf(personNumber: number): Record<string, unknown> | undefined;
}

export function createPeopleLookup(table: EventTable, persons: readonly PersonInfo[]): PeopleLookup {
  const byId = new Map<string, number>();
  const byDistinctId = new Map<string, number>();
  persons.forEach((person, index) => {
    byId.set(person.id, index + 1);
    byId.set(person.id.toLowerCase(), index + 1);
    // A distinct_id claimed twice belongs to the later person (the store keeps the latest writer's, after merges).
    for (const distinctId of person.distinct_ids) byDistinctId.set(distinctId, index + 1);
  });
  const byPersonCode = Int32Array.from(table.personIds, (id, code) => (code === 0 ? 0 : (byId.get(id) ?? byId.get(id.toLowerCase()) ?? 0)));
  const byDistinctCode = Int32Array.from(table.distinctIds, (id, code) => (code === 0 ? 0 : (byDistinctId.get(id) ?? 0)));
  return {
    persons,
    personNumberOf(eventIndex: number): number {
      return byPersonCode[table.person[eventIndex]!] || byDistinctCode[table.distinct[eventIndex]!]!;
    },
    propertiesOf(personNumber: number): Record<string, unknown> | undefined {
      return personNumber > 0 ? persons[personNumber - 1]?.properties : undefined;
    },
  };
}
