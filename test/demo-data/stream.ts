// Day-by-day event stream: only one day's events (plus the few that spill into later days) are in
// memory at a time, so 10M-event datasets stream with bounded memory. Batches come out sorted by
// (timestamp, uuid) and every batch is later than the previous one.
import type { ActorPlan } from './actors.ts';
import { generateActorDay } from './behaviour.ts';
import { DAY } from './calendar.ts';
import { toGroup, toPerson } from './persons.ts';
import { Random } from './random.ts';
import type { DemoEvent, DemoGroup, DemoPerson, DemoProject, GenerateOptions } from './types.ts';
import { uuidV7 } from './uuid.ts';
import { buildWorld, type DemoWorld } from './world.ts';

export interface DemoDayBatch {
  /** Day index in [0, days). */
  readonly day: number;
  /** The batch holds exactly the events with from ≤ timestamp < to. */
  readonly from: number;
  readonly to: number;
  readonly events: DemoEvent[];
}

export interface DemoStream {
  readonly project: DemoProject;
  readonly groups: DemoGroup[];
  readonly personCount: number;
  /** The mean event count the population was sized for; the actual count is within a few percent. */
  readonly expectedEvents: number;
  /** Persons are materialised lazily from the plans (cheap to hold, costly to expand all at once). */
  persons(): Generator<DemoPerson>;
  /** A fresh pass over the events, one sorted batch per day; each call restarts from day 0. */
  days(): Generator<DemoDayBatch>;
  events(): Generator<DemoEvent>;
}

/** Stream salt for the rare uuid re-draw after a collision (day streams use salts 0..days-1). */
const COLLISION_SALT = 0x7ffffffe;

export function generateDemoStream(options: GenerateOptions): DemoStream {
  const world = buildWorld(options);
  return {
    project: world.project,
    groups: world.companies.map(toGroup),
    personCount: world.actors.filter((actor) => !actor.personless).length,
    expectedEvents: world.expectedEvents,
    *persons() {
      for (const actor of world.actors) if (!actor.personless) yield toPerson(actor, world.options.end);
    },
    days: () => dayBatches(world),
    *events() {
      for (const batch of dayBatches(world)) yield* batch.events;
    },
  };
}

function* dayBatches(world: DemoWorld): Generator<DemoDayBatch> {
  const { calendar, seed32 } = world;
  const byFirstDay: ActorPlan[][] = Array.from({ length: calendar.days }, () => []);
  for (const actor of world.actors) byFirstDay[actor.firstDay]?.push(actor);
  const rng = new Random();
  let active: ActorPlan[] = [];
  let pending: DemoEvent[] = [];
  for (let day = 0; day < calendar.days; day++) {
    const from = calendar.windowStart(day);
    const to = from + DAY;
    active = active.filter((actor) => actor.lastDay >= day);
    for (const actor of byFirstDay[day] as ActorPlan[]) active.push(actor);

    const generated: DemoEvent[] = [];
    for (const actor of active) generateActorDay(world, rng.reseed(seed32, actor.index, day), actor, day, generated);

    const batch: DemoEvent[] = [];
    const later: DemoEvent[] = [];
    for (const e of pending) (e.timestamp < to ? batch : later).push(e);
    for (const e of generated) {
      if (e.timestamp < from) throw new Error(`demo-data bug: ${e.event} at ${e.timestamp} generated on day ${day} starting ${from}`);
      if (e.timestamp < to) batch.push(e);
      else if (e.timestamp < calendar.end) later.push(e);
    }
    pending = later;
    sortEvents(batch);
    resolveUuidCollisions(batch, rng.reseed(seed32, COLLISION_SALT, day));
    yield { day, from, to, events: batch };
  }
}

function compareEvents(a: DemoEvent, b: DemoEvent): number {
  return a.timestamp - b.timestamp || (a.uuid < b.uuid ? -1 : a.uuid > b.uuid ? 1 : 0);
}

export function sortEvents(events: DemoEvent[]): void {
  events.sort(compareEvents);
}

/** Equal uuids imply equal timestamps (v7), so after sorting any duplicate sits next to its twin. */
function resolveUuidCollisions(batch: DemoEvent[], rng: Random): void {
  for (let collided = true; collided; ) {
    collided = false;
    for (let i = 1; i < batch.length; i++) {
      const e = batch[i] as DemoEvent;
      const previous = batch[i - 1] as DemoEvent;
      if (e.timestamp === previous.timestamp && e.uuid === previous.uuid) {
        e.uuid = uuidV7(e.timestamp, rng);
        collided = true;
      }
    }
    if (collided) sortEvents(batch);
  }
}
