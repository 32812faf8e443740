// What the event picker lists for a search: "Any event", the stored event names (busiest first) and the
// project's PostHog actions, each filtered by the typed text (case-insensitive substring).
import type { EventStat } from '../../../core/catalog/event-stats';
import type { ActionsNode, Matcher } from '../../../core/config/role-config';

export interface EventOption {
  /** Unique within the list, for keys and aria-activedescendant. */
  id: string;
  kind: 'any' | 'event' | 'action';
  label: string;
  matcher: Matcher;
  stat?: EventStat;
}

export const MAX_EVENT_OPTIONS = 50;

export function eventOptions(query: string, events: readonly EventStat[], actions: readonly ActionsNode[]): EventOption[] {
  const needle = query.trim().toLowerCase();
  const hits = (text: string) => needle === '' || text.toLowerCase().includes(needle);
  const options: EventOption[] = [];
  if (hits('any event')) options.push({ id: 'any', kind: 'any', label: 'Any event', matcher: { kind: 'EventsNode', event: null, properties: [] } });
  for (const stat of events) {
    if (options.length >= MAX_EVENT_OPTIONS) break;
    if (hits(stat.event)) options.push({ id: `event-${options.length}`, kind: 'event', label: stat.event, matcher: { kind: 'EventsNode', event: stat.event, properties: [] }, stat });
  }
  for (const action of actions) {
    const label = action.name ?? `Action ${action.id}`;
    if (hits(label)) options.push({ id: `action-${action.id}`, kind: 'action', label, matcher: action });
  }
  return options;
}

/** "3 h ago", "2 days ago", "never": how long since an event was last seen. */
export function lastSeenWords(lastSeenMs: number, nowMs: number): string {
  if (!Number.isFinite(lastSeenMs)) return 'never';
  const minutes = Math.max(0, Math.floor((nowMs - lastSeenMs) / 60_000));
  if (minutes < 60) return minutes <= 1 ? 'just now' : `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.floor(hours / 24);
  return days === 1 ? '1 day ago' : `${days} days ago`;
}
