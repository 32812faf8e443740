import { describe, expect, it } from 'vitest';
import { resolveActors } from '../../../../src/core/engine/actors';
import { buildEventTable } from '../../../../src/core/engine/event-table-builder';
import { profileEvents, type EventProfile } from '../../../../src/core/suggestions/event-profile';
import { roleWarnings, suggestRoles } from '../../../../src/core/suggestions/suggest-roles';
import { parseJsonLines } from '../../../../src/sources/file-import/parse-import';
import { generateDemoData } from '../../../demo-data/generate';
import { eventToJsonLine } from '../../../demo-data/jsonl';

function demo() {
  const dataset = generateDemoData({ seed: 8, events: 30_000, days: 90 });
  const { batch } = parseJsonLines(dataset.events.map(eventToJsonLine), 1, 'demo');
  const { table } = buildEventTable([batch]);
  const actors = resolveActors(table, { kind: 'person' }, dataset.persons, []);
  const profiles = profileEvents(table, actors.actor, actors.ids.length);
  const paths = new Map<string, number>();
  const pathname = table.kept!.$pathname!;
  for (let i = 0; i < table.count; i++) {
    if (table.eventNames[table.event[i]!] !== '$pageview' || pathname.index[i] === 0) continue;
    const path = pathname.values[pathname.index[i]!]!;
    paths.set(path, (paths.get(path) ?? 0) + 1);
  }
  const pathnames = [...paths].map(([path, count]) => ({ path, count })).sort((a, b) => b.count - a.count);
  return { profiles, pathnames, actorCount: actors.ids.length };
}

const top = (suggestions: { matcher: { kind: string } }[]) => {
  const first = suggestions[0]?.matcher as { event?: string | null; properties?: { value?: unknown }[] } | undefined;
  return first ? [first.event, first.properties?.[0]?.value] : null;
};

describe('suggestRoles on the demo project', () => {
  const { profiles, pathnames, actorCount } = demo();
  const suggestions = suggestRoles(profiles, pathnames, actorCount);

  it("puts each role's real event first, with reasons", () => {
    expect(top(suggestions.signup)).toEqual(['user signed up', undefined]);
    expect(top(suggestions.payment)).toEqual(['payment succeeded', undefined]);
    expect(top(suggestions.subscription)).toEqual(['subscription started', undefined]);
    expect(top(suggestions.support_ticket)![0]).toMatch(/^support ticket/);
    expect(top(suggestions.signup_pageview)).toEqual(['$pageview', '/signup']);
    expect(suggestions.signup[0]!.reasons).toContain('its name sounds like a signup');
    expect(suggestions.payment[0]!.reasons.some((r) => /carry an amount/.test(r))).toBe(true);
    // A feature people come back to, not a $-event everyone fires.
    expect(suggestions.activity[0]!.matcher).toMatchObject({ kind: 'EventsNode' });
    expect((suggestions.activity[0]!.matcher as { event: string }).event.startsWith('$')).toBe(false);
  });

  it('warns when the data contradicts the role', () => {
    const profile = (event: string) => profiles.find((p) => p.event === event)!;
    expect(roleWarnings('signup', profile('user signed up'), actorCount)).toEqual([]);
    expect(roleWarnings('signup', profile('dashboard viewed'), actorCount)[0]).toMatch(/more than once: is it a sign-in\?/);
    expect(roleWarnings('payment', profile('dashboard viewed'), actorCount)).toEqual(['"dashboard viewed" carries no amount property.']);
    const everyone: EventProfile = { event: '$pageview', count: 900, actors: 95, repeatShare: 0.9, earlyShare: 1, amountShare: 0, lastSeenMs: 0 };
    expect(roleWarnings('activity', everyone, 100)[0]).toMatch(/Nearly every visitor does "\$pageview" \(95%\)/);
  });
});
