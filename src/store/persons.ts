// Persons: the profile shows their properties, lifecycle needs created_at, test-account filters need both.
//
// Besides one record per person (for lookups and upserts), every write also keeps a snapshot of all persons as
// one JSON text under a meta key: reading 20k person objects with getAll costs 300–470 ms of structured-clone
// decoding on a cold side panel, the largest part of its first paint; one text read + JSON.parse costs ~35 ms.
import type { Database } from './database';
import { renewPeopleRevision } from './people-revision';
import type { PersonRecord } from './schema';

/** Meta key of the all-persons snapshot; absent in databases written before it existed (then getAll is used). */
export const PERSONS_SNAPSHOT_META_KEY = 'personsSnapshot';

/** Inserts or replaces persons, points each of their distinct_ids at them, and renews the snapshot: one transaction. */
export async function putPersons(db: Database, persons: readonly PersonRecord[]): Promise<void> {
  const tx = db.transaction(['persons', 'distinctIds', 'meta'], 'readwrite', { durability: 'relaxed' });
  const requests: Promise<unknown>[] = [];
  for (const person of persons) {
    requests.push(tx.objectStore('persons').put(person));
    // After a merge the surviving person is written last, so its mapping wins.
    for (const distinctId of person.distinct_ids) requests.push(tx.objectStore('distinctIds').put({ distinctId, personId: person.id }));
  }
  // Requests in one transaction run in order: this getAll sees every put above.
  const all = await tx.objectStore('persons').getAll();
  requests.push(tx.objectStore('meta').put(JSON.stringify(all), PERSONS_SNAPSHOT_META_KEY), renewPeopleRevision(tx));
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

/** Every stored person, in id order. */
export async function readPersons(db: Database): Promise<PersonRecord[]> {
  const snapshot = (await db.get('meta', PERSONS_SNAPSHOT_META_KEY)) as string | undefined;
  if (snapshot === undefined) return db.getAll('persons');
  const persons = JSON.parse(snapshot) as PersonRecord[];
  // JSON writes an unknown created_at (NaN) as null; the engine expects NaN.
  for (const person of persons) if (typeof person.created_at !== 'number') person.created_at = NaN;
  return persons;
}
