// The local event catalogue for the role editor's picker: every stored event name with its 30-day volume,
// distinct actors and last seen, and the project's PostHog actions as ready matchers.
import { actionMatchers } from '../core/catalog/action-matchers';
import { eventStats, type EventStat } from '../core/catalog/event-stats';
import { previewStartMs } from '../core/catalog/role-preview';
import type { ActionsNode } from '../core/config/role-config';
import { resolveActors } from '../core/engine/actors';
import { actorModeOf } from '../core/engine/prepare';
import { createCalendar } from '../core/time/calendar';
import { catalogSource } from './catalog-source';
import { readCatalogMeta } from './catalog-meta';
import type { Database } from './database';
import { loadRoleConfig } from './role-config-store';

export interface EventCatalog {
  /** Most events in the window first. */
  events: EventStat[];
  actions: ActionsNode[];
  /** Actions that could not be read, in words. */
  problems: string[];
  /** 'YYYY-MM-DD' of the window's first day (project timezone); the window ends today. */
  fromDate: string;
}

export async function eventCatalog(db: Database, nowMs: number): Promise<EventCatalog> {
  const [source, loaded, meta] = await Promise.all([catalogSource(db), loadRoleConfig(db), readCatalogMeta(db)]);
  const { config } = loaded;
  const calendar = createCalendar(config.timezone, config.weekStart);
  const fromMs = previewStartMs(calendar, nowMs);
  const table = { ...source.events, properties: [], elementsChain: [] };
  const actors = resolveActors(table, actorModeOf(config), source.persons, source.groups);
  const { matchers, problems } = actionMatchers(meta?.actions ?? []);
  return { events: eventStats(table, actors.actor, fromMs), actions: matchers, problems, fromDate: calendar.label(calendar.dayOf(fromMs)) };
}
