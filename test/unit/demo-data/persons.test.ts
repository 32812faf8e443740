import { personlessPersonId } from '../../demo-data/personless.ts';
import { PROJECT_ID } from '../../demo-data/project.ts';
import { describe, expect, it } from 'vitest';
import { dataset } from './fixtures.ts';

const data = dataset({ seed: 3, events: 60_000 });
const personById = new Map(data.persons.map((p) => [p.id, p]));
const personByDistinctId = new Map(data.persons.flatMap((p) => p.distinct_ids.map((id) => [id, p] as const)));

describe('demo data persons and groups', () => {
  it('gives every distinct id to exactly one person', () => {
    const all = data.persons.flatMap((p) => p.distinct_ids);
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(data.persons.map((p) => p.id)).size).toBe(data.persons.length);
  });

  it('stamps each event with the person that owns its distinct id (person-on-events after merge), or a personless id', () => {
    const mismatched = data.events.filter((e) => (personByDistinctId.get(e.distinct_id)?.id ?? personlessPersonId(PROJECT_ID, e.distinct_id)) !== e.person_id);
    expect(mismatched).toEqual([]);
  });

  it('merges identified persons: anonymous and identified events share one person_id', () => {
    const identified = data.persons.filter((p) => p.is_identified);
    expect(identified.length).toBeGreaterThan(50);
    expect(identified.every((p) => p.distinct_ids.length === 2 && typeof p.properties.email === 'string')).toBe(true);
    const anonymous = data.persons.filter((p) => !p.is_identified);
    expect(anonymous.length).toBeGreaterThan(identified.length);
    expect(anonymous.every((p) => p.distinct_ids.length === 1 && p.properties.email === undefined)).toBe(true);

    const distinctIdsSeen = new Map<string, Set<string>>();
    for (const e of data.events) {
      const seen = distinctIdsSeen.get(e.person_id!) ?? new Set<string>();
      seen.add(e.distinct_id);
      distinctIdsSeen.set(e.person_id!, seen);
    }
    // Visitors who signed up inside the window used both ids, under one person.
    const merged = identified.filter((p) => distinctIdsSeen.get(p.id)?.size === 2);
    expect(merged.length).toBeGreaterThan(20);

    for (const identify of data.events.filter((e) => e.event === '$identify')) {
      const person = personById.get(identify.person_id!)!;
      expect(person.distinct_ids).toEqual([identify.properties.$anon_distinct_id, identify.distinct_id]);
    }
  });

  it('dates persons at first sight and groups at their first member', () => {
    const firstEvent = new Map<string, number>();
    for (const e of data.events) if (!firstEvent.has(e.person_id!)) firstEvent.set(e.person_id!, e.timestamp);
    const late = data.persons.filter((p) => firstEvent.has(p.id) && p.created_at > firstEvent.get(p.id)!);
    expect(late).toEqual([]);
    const groupCreated = new Map(data.groups.map((g) => [g.group_key, g.created_at]));
    const early = data.events.filter((e) => e.$group_0 && e.timestamp < groupCreated.get(e.$group_0)!);
    expect(early).toEqual([]);
  });

  it('gives identified persons their company, and the company its members', () => {
    const keys = new Set(data.groups.map((g) => g.group_key));
    const customers = data.persons.filter((p) => p.is_identified);
    expect(customers.every((p) => keys.has(p.properties.company_key as string))).toBe(true);
    const names = new Map(data.groups.map((g) => [g.group_key, g.group_properties.name]));
    expect(customers.every((p) => names.get(p.properties.company_key as string) === p.properties.company)).toBe(true);
  });
});
