// A sync describes the people its events name in rounds (a batch of distinct ids at a time, so that each PostHog
// query stays small), and each round is committed as it lands, so a sync stopped halfway keeps what it pulled.
// `finishPersonRefresh` then settles what rounds cannot see alone: a person's whole list of distinct ids (they may
// fall in different rounds), persons that merged away or were deleted (no distinct id points at them any more),
// the all-persons snapshot and the people revision that dashboard caches are keyed by.
import type { Database } from './database';
import { renewPeopleRevision } from './people-revision';
import { PERSONS_SNAPSHOT_META_KEY } from './persons';
import type { DistinctIdRecord, PersonRecord } from './schema';

export type PulledPersonFields = Omit<PersonRecord, 'distinct_ids'>;

/**
 * One round: `asked` are the distinct ids PostHog was asked about; `mappings` its answer (an asked id missing from
 * it belongs to no person now, so its old mapping goes); `persons` the persons those mappings name.
 */
export async function putPersonRound(db: Database, asked: readonly string[], mappings: readonly DistinctIdRecord[], persons: readonly PulledPersonFields[]): Promise<void> {
  const tx = db.transaction(['persons', 'distinctIds'], 'readwrite', { durability: 'relaxed' });
  const links = tx.objectStore('distinctIds');
  const store = tx.objectStore('persons');
  const mapped = new Set(mappings.map((m) => m.distinctId));
  const requests: Promise<unknown>[] = [];
  for (const id of asked) if (!mapped.has(id)) requests.push(links.delete(id));
  for (const mapping of mappings) requests.push(links.put(mapping));
  const roundIds = new Map<string, string[]>();
  for (const { distinctId, personId } of mappings) roundIds.set(personId, [...(roundIds.get(personId) ?? []), distinctId]);
  for (const person of persons) {
    requests.push(
      store.get(person.id).then((old) => {
        const ids = new Set([...(old?.distinct_ids ?? []), ...(roundIds.get(person.id) ?? [])]);
        return store.put({ ...person, distinct_ids: [...ids] });
      }),
    );
  }
  await Promise.all([...requests, tx.done]);
}

/** After the last round: every person's distinct ids from the mappings, persons nothing points at removed. */
export async function finishPersonRefresh(db: Database): Promise<{ persons: number; removed: number }> {
  const tx = db.transaction(['persons', 'distinctIds', 'meta'], 'readwrite', { durability: 'relaxed' });
  const links = tx.objectStore('distinctIds');
  const store = tx.objectStore('persons');
  const [allLinks, allPersons] = await Promise.all([links.getAll(), store.getAll()]);
  const known = new Set(allPersons.map((p) => p.id));
  const idsOf = new Map<string, string[]>();
  const requests: Promise<unknown>[] = [];
  for (const { distinctId, personId } of allLinks) {
    if (!known.has(personId)) {
      requests.push(links.delete(distinctId));
      continue;
    }
    const list = idsOf.get(personId);
    if (list) list.push(distinctId);
    else idsOf.set(personId, [distinctId]);
  }
  const kept: PersonRecord[] = [];
  let removed = 0;
  for (const person of allPersons) {
    const ids = idsOf.get(person.id);
    if (!ids) {
      removed++;
      requests.push(store.delete(person.id));
      continue;
    }
    const next = { ...person, distinct_ids: ids.sort() };
    kept.push(next);
    if (next.distinct_ids.join('\u0000') !== person.distinct_ids.join('\u0000')) requests.push(store.put(next));
  }
  requests.push(tx.objectStore('meta').put(JSON.stringify(kept), PERSONS_SNAPSHOT_META_KEY), renewPeopleRevision(tx));
  await Promise.all([...requests, tx.done]);
  return { persons: kept.length, removed };
}
