// Whether matching a config needs the events' raw properties, or the kept property columns answer everything.
// Reading the raw texts costs seconds per million events; the kept columns a fraction of that.
import type { Matcher, PropertyFilter, RoleConfig } from '../config/role-config';
import { KEPT_PROPERTIES } from '../events/kept-properties';

const KEPT = new Set<string>(KEPT_PROPERTIES);

const eventFilterNeedsRaw = (filters: readonly PropertyFilter[]) => filters.some((f) => (f.type ?? 'event') === 'event' && !KEPT.has(f.key));

function matcherNeedsRaw(matcher: Matcher): boolean {
  if (matcher.kind === 'EventsNode') return eventFilterNeedsRaw(matcher.properties);
  if (eventFilterNeedsRaw(matcher.properties ?? [])) return true;
  // A step's url reads $current_url (kept); its text, href and tag read the elements chain, stored with the texts.
  return matcher.steps.some((step) => eventFilterNeedsRaw(step.properties) || Boolean(step.text || step.href || step.tag_name));
}

export function rawPropertiesNeeded(config: RoleConfig): boolean {
  const roles = Object.values(config.roles).some((matchers) => matchers.some(matcherNeedsRaw));
  return roles || (config.filterTestAccounts && eventFilterNeedsRaw(config.testAccountFilters));
}

/**
 * The kept property columns matching a config reads: the event-filter keys of its roles and of its test-account
 * filters that are kept, and `$current_url` for an action step with a URL. Reading only these (not all 14) is
 * what a cold side panel waits for. Any other event-filter key makes rawPropertiesNeeded true, and is then read
 * from the raw texts.
 */
export function keptPropertiesNeeded(config: RoleConfig): string[] {
  const keys = new Set<string>();
  const add = (filters: readonly PropertyFilter[]) => {
    for (const f of filters) if ((f.type ?? 'event') === 'event' && KEPT.has(f.key)) keys.add(f.key);
  };
  for (const matchers of Object.values(config.roles)) {
    for (const matcher of matchers) {
      add(matcher.properties ?? []);
      if (matcher.kind === 'ActionsNode') {
        for (const step of matcher.steps) {
          add(step.properties);
          if (step.url) keys.add('$current_url');
        }
      }
    }
  }
  if (config.filterTestAccounts) add(config.testAccountFilters);
  return [...keys].sort();
}
