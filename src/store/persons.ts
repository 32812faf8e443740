// Persons: the profile shows their properties, lifecycle needs created_at, test-account filters need both.
import type { Database } from './database';
import type { PersonRecord } from './schema';

/** Inserts or replaces persons, and points each of their distinct_ids at them, in one transaction. */
export async function putPersons(db: Database, persons: readonly PersonRecord[]): Promise<void> {
  const tx = db.transaction(['persons', 'distinctIds'], 'readwrite', { durability: 'relaxed' });
  const requests: Promise<unknown>[] = [];
  for (const person of persons) {
    requests.push(tx.objectStore('persons').put(person));
    // After a merge the surviving person is written last, so its mapping wins.
    for (const distinctId of person.distinct_ids) requests.push(tx.objectStore('distinctIds').put({ distinctId, personId: person.id }));
  }
  await Promise.all([...requests, tx.done]);
}

export async function getPerson(db: Database, id: string): Promise<PersonRecord | undefined> {
  return db.get('persons', id);
}

/** The person a distinct_id belongs to, if that person is stored. */
export async function findPersonByDistinctId(db: Database, distinctId: string): Promise<PersonRecord | undefined> {
  const tx = db.transaction(['distinctIds', 'persons']);
  const link = await tx.objectStore('distinctIds').get(distinctId);
  const person = link ? await tx.objectStore('persons').get(link.personId) : undefined;
  await tx.done;
  return person;
}

/** Every stored person, by id. */
export async function readPersons(db: Database): Promise<PersonRecord[]> {
  return db.getAll('persons');
}
