// The people a sync describes, round by round, and what the finish settles (issue 10 items 2 and 6): merges move
// distinct ids to the surviving person, deleted persons go, lists spread over rounds come together.
import { describe, expect, it } from 'vitest';
import { findPersonByDistinctId, putPersons, readPersons } from '../../../src/store/persons';
import { finishPersonRefresh, putPersonRound } from '../../../src/store/person-refresh';
import { readPeopleRevision } from '../../../src/store/people-revision';
import { readStoredActorKeys } from '../../../src/store/stored-actor-keys';
import { openEventWriter } from '../../../src/store/event-writer';
import { batchOf, freshDatabase, row, uuidOf } from './fixtures';

const fields = (id: string, email: string) => ({ id, properties: { email }, created_at: Date.UTC(2026, 0, 1) });

describe('person refresh rounds', () => {
  it('joins a person whose distinct ids fall in two rounds, and keeps each round as it lands', async () => {
    const db = await freshDatabase().open();
    await putPersonRound(db, ['anon-1', 'anon-2'], [{ distinctId: 'anon-1', personId: 'p-ada' }], [fields('p-ada', 'ada@x.io')]);
    // Committed before the finish: a sync stopped here keeps it.
    await expect(findPersonByDistinctId(db, 'anon-1')).resolves.toMatchObject({ id: 'p-ada' });
    await putPersonRound(db, ['ada@x.io'], [{ distinctId: 'ada@x.io', personId: 'p-ada' }], [fields('p-ada', 'ada@x.io')]);
    const before = await readPeopleRevision(db);
    await expect(finishPersonRefresh(db)).resolves.toEqual({ persons: 1, removed: 0 });
    expect(await readPersons(db)).toEqual([{ ...fields('p-ada', 'ada@x.io'), distinct_ids: ['ada@x.io', 'anon-1'] }]);
    expect(await readPeopleRevision(db)).not.toBe(before);
  });

  it('after a merge and a delete: the distinct ids follow the survivor, the merged and deleted persons go', async () => {
    const db = await freshDatabase().open();
    await putPersons(db, [
      { ...fields('p-ada', 'ada@x.io'), distinct_ids: ['ada@x.io'] },
      { ...fields('p-anon', ''), distinct_ids: ['anon-7'] },
      { ...fields('p-gone', 'gone@x.io'), distinct_ids: ['gone-1'] },
    ]);
    // PostHog now: anon-7 was merged into p-ada; p-gone was deleted (its distinct id belongs to nobody).
    await putPersonRound(
      db,
      ['ada@x.io', 'anon-7', 'gone-1'],
      [{ distinctId: 'ada@x.io', personId: 'p-ada' }, { distinctId: 'anon-7', personId: 'p-ada' }],
      [{ ...fields('p-ada', 'ada@x.io'), properties: { email: 'ada@x.io', plan: 'pro' } }],
    );
    await expect(finishPersonRefresh(db)).resolves.toEqual({ persons: 1, removed: 2 });
    expect(await readPersons(db)).toEqual([{ ...fields('p-ada', 'ada@x.io'), properties: { email: 'ada@x.io', plan: 'pro' }, distinct_ids: ['ada@x.io', 'anon-7'] }]);
    await expect(findPersonByDistinctId(db, 'anon-7')).resolves.toMatchObject({ id: 'p-ada' });
    await expect(findPersonByDistinctId(db, 'gone-1')).resolves.toBeUndefined();
  });

  it('drops a mapping to a person PostHog did not return', async () => {
    const db = await freshDatabase().open();
    await putPersonRound(db, ['d1'], [{ distinctId: 'd1', personId: 'p-missing' }], []);
    await expect(finishPersonRefresh(db)).resolves.toEqual({ persons: 0, removed: 0 });
    await expect(findPersonByDistinctId(db, 'd1')).resolves.toBeUndefined();
  });
});

describe('readStoredActorKeys', () => {
  it('lists every distinct id and group key the stored events name, sorted, UUID-shaped ones included', async () => {
    const db = await freshDatabase().open();
    const writer = await openEventWriter(db, { compaction: 'manual' });
    await writer.append(batchOf([row(1, { distinctId: 'zed' }), row(2, { distinctId: uuidOf(9, 7) }), row(4, { distinctId: 'amy' })]));
    await writer.append(batchOf([row(10, { distinctId: 'amy', groups: [null, 'team-y', null, null, null] })]));
    const keys = await readStoredActorKeys(db);
    expect(keys.distinctIds).toEqual([uuidOf(9, 7), 'amy', 'zed'].sort());
    expect(keys.groupKeys[0]).toEqual(['company1', 'company2']);
    expect(keys.groupKeys[1]).toEqual(['team-y']);
    expect(keys.groupKeys[2]).toEqual(['team-x']);
    expect(keys.groupKeys[3]).toEqual([]);
  });
});
