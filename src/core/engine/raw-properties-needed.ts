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
