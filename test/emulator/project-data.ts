// The one project the emulator serves, as plain data: the source the ClickHouse tables are loaded from, and
// what the REST endpoints (persons, groups, event definitions) read. Persons are versioned as in PostHog:
// every change (a merge, a delete, new properties) is a new row with a higher version, which the mutators
// return so the ClickHouse store can insert it; HogQL's persons / person_distinct_ids tables then see only
// the latest version of each row.
import type { DemoDataset, DemoEvent, DemoGroup, DemoPerson, DemoProject } from '../demo-data/types.ts';
import { timezone, type Timezone } from './timezone.ts';

/** A row of ClickHouse's `person` table. */
export interface PersonVersion {
  id: string;
  created_at: number;
  properties: Record<string, unknown>;
  is_identified: boolean;
  is_deleted: boolean;
  version: number;
}

/** A row of ClickHouse's `person_distinct_id2` table. */
export interface DistinctIdVersion {
  distinct_id: string;
  person_id: string;
  is_deleted: boolean;
  version: number;
}

/** The rows a person mutation adds. */
export interface PersonChanges {
  persons: PersonVersion[];
  distinctIds: DistinctIdVersion[];
}

function byTimeThenUuid(a: DemoEvent, b: DemoEvent): number {
  return a.timestamp - b.timestamp || (a.uuid < b.uuid ? -1 : a.uuid > b.uuid ? 1 : 0);
}

export class ProjectData {
  readonly project: DemoProject;
  readonly timezone: Timezone;
  readonly groups: readonly DemoGroup[];
  private events: DemoEvent[];
  private readonly personsById = new Map<string, DemoPerson>();
  private readonly personVersions = new Map<string, number>();
  private readonly distinctIdVersions = new Map<string, number>();
  /** Bumped by every change, so derived data (event definitions) knows to recompute. */
  version = 0;

  constructor(dataset: DemoDataset) {
    this.project = dataset.project;
    this.timezone = timezone(dataset.project.timezone);
    for (const person of dataset.persons) {
      const id = person.id.toLowerCase();
      this.personsById.set(id, { ...person, id, distinct_ids: [...person.distinct_ids] });
      this.personVersions.set(id, 0);
      for (const distinctId of person.distinct_ids) this.distinctIdVersions.set(distinctId, 0);
    }
    this.groups = [...dataset.groups];
    this.events = dataset.events.map(withLowercaseIds);
    if (!isSorted(this.events)) this.events.sort(byTimeThenUuid);
  }

  /** Persons alive now (merged and deleted ones gone), as the REST persons endpoint lists them. */
  get persons(): readonly DemoPerson[] {
    return [...this.personsById.values()];
  }

  get allEvents(): readonly DemoEvent[] {
    return this.events;
  }

  /** Every person and distinct-id row at version 0: what the ClickHouse tables start with. */
  initialRows(): PersonChanges {
    const persons: PersonVersion[] = [];
    const distinctIds: DistinctIdVersion[] = [];
    for (const person of this.personsById.values()) {
      persons.push(personRow(person, 0, false));
      for (const distinct_id of person.distinct_ids) distinctIds.push({ distinct_id, person_id: person.id, is_deleted: false, version: 0 });
    }
    return { persons, distinctIds };
  }

  /**
   * Adds events, keeping the (timestamp, uuid) order with one merge rather than a full sort, and returns them
   * with `created_at` filled: the caller's, else `ingestedAt` (the append time), so late events are found by it.
   */
  appendEvents(events: readonly DemoEvent[], ingestedAt = Date.now()): DemoEvent[] {
    const added = events.map((event) => withLowercaseIds({ ...event, created_at: event.created_at ?? ingestedAt })).sort(byTimeThenUuid);
    const last = this.events[this.events.length - 1];
    const first = added[0];
    if (!first) return added;
    if (!last || byTimeThenUuid(last, first) <= 0) {
      for (const event of added) this.events.push(event);
    } else {
      this.events = merge(this.events, added);
    }
    this.version++;
    return added;
  }

  /** PostHog's merge: `fromId`'s distinct ids move to `intoId` (new pdi versions), and `fromId` is deleted. */
  mergePersons(fromId: string, intoId: string): PersonChanges {
    const from = this.person(fromId);
    const into = this.person(intoId);
    if (from === into) throw new Error(`cannot merge person ${from.id} into itself`);
    const distinctIds = from.distinct_ids.map((distinct_id) => this.distinctIdRow(distinct_id, into.id, false));
    into.distinct_ids.push(...from.distinct_ids);
    this.personsById.delete(from.id);
    this.version++;
    return { persons: [this.nextPersonRow(from, true)], distinctIds };
  }

  /** Deletes the person and its distinct ids, as PostHog's person delete does. */
  deletePerson(id: string): PersonChanges {
    const person = this.person(id);
    const distinctIds = person.distinct_ids.map((distinct_id) => this.distinctIdRow(distinct_id, person.id, true));
    this.personsById.delete(person.id);
    this.version++;
    return { persons: [this.nextPersonRow(person, true)], distinctIds };
  }

  /** `$set`: the given properties replace those keys, the others stay. */
  setPersonProperties(id: string, properties: Record<string, unknown>): PersonChanges {
    const person = this.person(id);
    person.properties = { ...person.properties, ...properties };
    this.version++;
    return { persons: [this.nextPersonRow(person, false)], distinctIds: [] };
  }

  private person(id: string): DemoPerson {
    const person = this.personsById.get(String(id).toLowerCase());
    if (!person) throw new Error(`no person with id ${id}`);
    return person;
  }

  private nextPersonRow(person: DemoPerson, deleted: boolean): PersonVersion {
    const version = (this.personVersions.get(person.id) ?? 0) + 1;
    this.personVersions.set(person.id, version);
    return personRow(person, version, deleted);
  }

  private distinctIdRow(distinct_id: string, person_id: string, deleted: boolean): DistinctIdVersion {
    const version = (this.distinctIdVersions.get(distinct_id) ?? 0) + 1;
    this.distinctIdVersions.set(distinct_id, version);
    return { distinct_id, person_id, is_deleted: deleted, version };
  }
}

function personRow(person: DemoPerson, version: number, deleted: boolean): PersonVersion {
  return { id: person.id, created_at: person.created_at, properties: person.properties, is_identified: person.is_identified, is_deleted: deleted, version };
}

/** UUIDs go out lowercase, as ClickHouse prints them. */
function withLowercaseIds(event: DemoEvent): DemoEvent {
  const uuid = event.uuid.toLowerCase();
  const personId = event.person_id?.toLowerCase() ?? null;
  return uuid === event.uuid && personId === event.person_id ? event : { ...event, uuid, person_id: personId };
}

function isSorted(events: readonly DemoEvent[]): boolean {
  for (let i = 1; i < events.length; i++) if (byTimeThenUuid(events[i - 1] as DemoEvent, events[i] as DemoEvent) > 0) return false;
  return true;
}

function merge(a: readonly DemoEvent[], b: readonly DemoEvent[]): DemoEvent[] {
  const out: DemoEvent[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = byTimeThenUuid(a[i] as DemoEvent, b[j] as DemoEvent) <= 0 ? (a[i++] as DemoEvent) : (b[j++] as DemoEvent);
  while (i < a.length) out[k++] = a[i++] as DemoEvent;
  while (j < b.length) out[k++] = b[j++] as DemoEvent;
  return out;
}
