// Person merges, deletes and property updates become new row versions in ClickHouse, and HogQL's persons /
// person_distinct_ids tables (argMax by version, deleted rows dropped) show the latest state.
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/server.ts';
import { PERSON_A, PERSON_B, get, queryRows, startTestEmulator } from './fixtures.ts';

const pdi = async (emulator: Emulator) =>
  (await queryRows(emulator, 'SELECT distinct_id, person_id FROM person_distinct_ids ORDER BY distinct_id')).results;
const persons = async (emulator: Emulator) =>
  (await queryRows(emulator, 'SELECT id, properties.email FROM persons ORDER BY properties.email')).results;

describe('emulator: person merges and deletes, seen through HogQL', () => {
  let emulator: Emulator;
  afterEach(() => emulator.close());

  it('merges: the distinct ids move to the surviving person, the merged one is gone', async () => {
    emulator = await startTestEmulator();
    await emulator.mergePersons(PERSON_B, PERSON_A);
    expect(await pdi(emulator)).toEqual([['anon-a', PERSON_A], ['user-a', PERSON_A], ['user-b', PERSON_A]]);
    expect(await persons(emulator)).toEqual([[PERSON_A, 'ada@example.org']]);
    expect((await queryRows(emulator, 'SELECT id FROM persons WHERE id IN {ids}', { ids: [PERSON_A, PERSON_B] })).results).toEqual([[PERSON_A]]);
    const rest = (await (await get(emulator, '/api/projects/1/persons/?distinct_id=user-b')).json()) as { results: { id: string }[] };
    expect(rest.results.map((person) => person.id)).toEqual([PERSON_A]);
  });

  it('deletes a person with its distinct ids, and sets properties as a new version', async () => {
    emulator = await startTestEmulator();
    await emulator.deletePerson(PERSON_A);
    await emulator.setPersonProperties(PERSON_B, { email: 'robert@example.com', plan: 'pro' });
    expect(await pdi(emulator)).toEqual([['user-b', PERSON_B]]);
    expect(await persons(emulator)).toEqual([[PERSON_B, 'robert@example.com']]);
    const [[properties]] = (await queryRows(emulator, 'SELECT properties FROM persons WHERE id = {id}', { id: PERSON_B })).results as [[string]];
    expect(JSON.parse(properties)).toEqual({ email: 'robert@example.com', plan: 'pro' });
  });

  it('takes the same changes over POST /_emulator/persons', async () => {
    emulator = await startTestEmulator();
    const post = (body: unknown) => fetch(`${emulator.url}/_emulator/persons`, { method: 'POST', body: JSON.stringify(body) });
    const merged = await post([{ action: 'merge', from: PERSON_A, into: PERSON_B }, { action: 'set_properties', id: PERSON_B, properties: { name: 'Bob' } }]);
    expect(merged.status).toBe(200);
    expect(await merged.json()).toEqual({ applied: 2, persons: 1 });
    expect(await pdi(emulator)).toEqual([['anon-a', PERSON_B], ['user-a', PERSON_B], ['user-b', PERSON_B]]);
    expect((await queryRows(emulator, 'SELECT properties.name FROM persons')).results).toEqual([['Bob']]);
    expect((await post({ action: 'delete', id: PERSON_B })).status).toBe(200);
    expect(await pdi(emulator)).toEqual([]);
    const bad = await post({ action: 'delete', id: PERSON_A });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: `no person with id ${PERSON_A}` });
  });
});
