// The one project the emulator serves, with its events kept sorted by (timestamp, uuid) as they arrive.
import type { DemoDataset, DemoEvent, DemoGroup, DemoPerson, DemoProject } from '../demo-data/types.ts';
import type { QueryData } from './hogql/tables.ts';
import { timezone, type Timezone } from './timezone.ts';

function byTimeThenUuid(a: DemoEvent, b: DemoEvent): number {
  return a.timestamp - b.timestamp || (a.uuid < b.uuid ? -1 : a.uuid > b.uuid ? 1 : 0);
}

export class ProjectData {
  readonly project: DemoProject;
  readonly timezone: Timezone;
  readonly persons: readonly DemoPerson[];
  readonly personsById: ReadonlyMap<string, DemoPerson>;
  readonly groups: readonly DemoGroup[];
  private events: DemoEvent[];
  /** Bumped by every append, so derived data (event definitions) knows to recompute. */
  version = 0;

  constructor(dataset: DemoDataset) {
    this.project = dataset.project;
    this.timezone = timezone(dataset.project.timezone);
    this.persons = [...dataset.persons];
    this.personsById = new Map(this.persons.map((person) => [person.id, person]));
    this.groups = [...dataset.groups];
    this.events = dataset.events.map(withLowercaseUuid);
    if (!isSorted(this.events)) this.events.sort(byTimeThenUuid);
  }

  get allEvents(): readonly DemoEvent[] {
    return this.events;
  }

  /** Adds events, keeping the (timestamp, uuid) order with one merge rather than a full sort. */
  appendEvents(events: readonly DemoEvent[]): void {
    const added = events.map(withLowercaseUuid).sort(byTimeThenUuid);
    const last = this.events[this.events.length - 1];
    const first = added[0];
    if (!first) return;
    if (!last || byTimeThenUuid(last, first) <= 0) {
      for (const event of added) this.events.push(event);
    } else {
      this.events = merge(this.events, added);
    }
    this.version++;
  }

  queryData(nowMs = Date.now()): QueryData {
    return {
      projectId: this.project.id,
      timezone: this.timezone,
      events: this.events,
      persons: this.persons,
      personsById: this.personsById,
      groups: this.groups,
      nowMicros: nowMs * 1000,
    };
  }
}

/** UUIDs compare as lowercase strings, so store them that way. */
function withLowercaseUuid(event: DemoEvent): DemoEvent {
  const lower = event.uuid.toLowerCase();
  return lower === event.uuid ? event : { ...event, uuid: lower };
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
