// The live preview of a role's matchers (saved or draft) over the last 30 days, from the stored events: the
// window's events are read once per stored-data version (with the raw properties only when a filter needs them)
// and matched by the engine's own code with the saved config's timezone, actor and test-account filter.
import { filtersTestAccounts, previewRole, previewStartMs, type RolePreview } from '../core/catalog/role-preview';
import type { Matcher, RoleConfig } from '../core/config/role-config';
import { resolveActors } from '../core/engine/actors';
import { actorModeOf } from '../core/engine/prepare';
import { ROLE_NAMES, type RoleName } from '../core/engine/prepared-data';
import { rawPropertiesNeeded } from '../core/engine/raw-properties-needed';
import type { EventTable } from '../core/events/event-table';
import { createPeopleLookup } from '../core/roles/people-lookup';
import { testAccountMask } from '../core/roles/test-accounts';
import { createCalendar } from '../core/time/calendar';
import { catalogSource } from './catalog-source';
import type { Database } from './database';
import { readEvents } from './event-reader';
import { loadRoleConfig } from './role-config-store';

interface WindowTable {
  key: string;
  table: Promise<EventTable>;
}

const windows = new WeakMap<Database, WindowTable>();

/** The config with these matchers as its only role: what rawPropertiesNeeded looks at. */
function withOnlyRole(config: RoleConfig, matchers: Matcher[]): RoleConfig {
  const roles = Object.fromEntries(ROLE_NAMES.map((role) => [role, [] as Matcher[]])) as Record<RoleName, Matcher[]>;
  return { ...config, roles: { ...roles, activity: matchers } };
}

/** Events from `fromMs` on with every kept column, and their texts when asked; cached for the latest window only. */
async function windowTable(db: Database, version: string, fromMs: number, withTexts: boolean): Promise<EventTable> {
  const key = `${version}|${fromMs}|${withTexts}`;
  const hit = windows.get(db);
  // A window read with the texts answers a question without them too.
  if (hit && (hit.key === key || (!withTexts && hit.key === `${version}|${fromMs}|true`))) return hit.table;
  const table = withTexts
    ? readEvents(db, { kept: 'all', properties: true, fromMs })
    : readEvents(db, { kept: 'all', fromMs }).then((events): EventTable => ({ ...events, properties: [], elementsChain: [] }));
  windows.set(db, { key, table });
  table.catch(() => {
    if (windows.get(db)?.table === table) windows.delete(db);
  });
  return table;
}

export async function previewRoleMatchers(db: Database, matchers: Matcher[], nowMs: number): Promise<RolePreview> {
  const [source, { config }] = await Promise.all([catalogSource(db), loadRoleConfig(db)]);
  const calendar = createCalendar(config.timezone, config.weekStart);
  const fromMs = previewStartMs(calendar, nowMs);
  const table = await windowTable(db, source.version, fromMs, rawPropertiesNeeded(withOnlyRole(config, matchers)));
  const people = createPeopleLookup(table, source.persons);
  const actors = resolveActors(table, actorModeOf(config), source.persons, source.groups);
  const passes = filtersTestAccounts(config) ? testAccountMask(table, config.testAccountFilters, people) : null;
  return previewRole({ table, people, actor: actors.actor, passes, calendar, matchers, nowMs });
}
