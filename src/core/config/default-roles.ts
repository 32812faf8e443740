// The activity role is never empty: PostHog seeds it with $pageview (backend/constants.py DEFAULT_ACTIVITY_EVENT),
// and shows a warning banner while it is a pageview without property filters, because every visit then counts as
// activity. isPlainPageview lets the UI show the same warning.
import type { Matcher } from './role-config';

export function defaultActivityRole(): Matcher[] {
  return [{ kind: 'EventsNode', event: '$pageview', name: '$pageview', properties: [] }];
}

/** True when the role is exactly $pageview with no property filters (PostHog's isPageviewWithoutFilters). */
export function isPlainPageview(role: readonly Matcher[]): boolean {
  const only = role.length === 1 ? role[0] : undefined;
  return only?.kind === 'EventsNode' && only.event === '$pageview' && only.properties.length === 0;
}
