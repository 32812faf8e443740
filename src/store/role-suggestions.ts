// Suggestions for every role from what this browser stores (issue 5): computed in the worker on request.
import { resolveActors } from '../core/engine/actors';
import type { EventTable } from '../core/events/event-table';
import { profileEvents } from '../core/suggestions/event-profile';
import { roleWarnings, suggestRoles, type Suggestion } from '../core/suggestions/suggest-roles';
import type { RoleName } from '../core/engine/prepared-data';
import type { RoleConfig } from '../core/config/role-config';
import type { Database } from './database';
import { readEvents } from './event-reader';
import { readPersons } from './persons';

export interface RoleSuggestions {
  suggestions: Record<RoleName, Suggestion[]>;
  /** For each role, what the data says against its current events. */
  warnings: Partial<Record<RoleName, string[]>>;
}

export async function roleSuggestions(db: Database, config: RoleConfig): Promise<RoleSuggestions> {
  const [events, persons] = await Promise.all([readEvents(db, { kept: ['$pathname', 'amount'] }), readPersons(db)]);
  const table: EventTable = { ...events, properties: [], elementsChain: [] };
  const actors = resolveActors(table, { kind: 'person' }, persons, []);
  const profiles = profileEvents(table, actors.actor, actors.ids.length);
  const paths = new Map<string, number>();
  const pathname = table.kept?.$pathname;
  const pageview = table.eventNames.indexOf('$pageview');
  if (pathname && pageview > 0) {
    for (let i = 0; i < table.count; i++) {
      if (table.event[i] !== pageview || pathname.index[i] === 0) continue;
      const path = pathname.values[pathname.index[i]!]!;
      paths.set(path, (paths.get(path) ?? 0) + 1);
    }
  }
  const pathnames = [...paths].map(([path, count]) => ({ path, count })).sort((a, b) => b.count - a.count);
  const warnings: Partial<Record<RoleName, string[]>> = {};
  const byEvent = new Map(profiles.map((p) => [p.event, p]));
  for (const [role, matchers] of Object.entries(config.roles) as [RoleName, RoleConfig['roles'][RoleName]][]) {
    const found = matchers.flatMap((m) => (m.kind === 'EventsNode' && m.event ? roleWarnings(role, byEvent.get(m.event) ?? { event: m.event, count: 0, actors: 0, repeatShare: 0, earlyShare: 0, amountShare: 0, lastSeenMs: 0 }, actors.ids.length) : []));
    if (found.length > 0) warnings[role] = found;
  }
  return { suggestions: suggestRoles(profiles, pathnames, actors.ids.length), warnings };
}
