import { describe, expect, it } from 'vitest';
import { eventStats } from '../../../../src/core/catalog/event-stats';
import { buildTable } from '../roles/event-table-fixture';

const DAY = 86_400_000;

describe('eventStats', () => {
  const table = buildTable([
    { event: 'signed up', timestamp: 1 * DAY },
    { event: '$pageview', timestamp: 2 * DAY },
    { event: 'signed up', timestamp: 10 * DAY },
    { event: '$pageview', timestamp: 11 * DAY },
    { event: '$pageview', timestamp: 12 * DAY },
    { event: 'old event', timestamp: 3 * DAY },
  ].sort((a, b) => a.timestamp - b.timestamp));
  // Actors by row (time order): 0 → a0, 1 → a1, 2 (old event) → a0, 3 → a0, 4 → a1, 5 → a1.
  const actor = Int32Array.from([0, 1, 0, 0, 1, 1]);

  it('counts volume and distinct actors from the window start and last seen over everything, busiest first', () => {
    expect(eventStats(table, actor, 5 * DAY)).toEqual([
      { event: '$pageview', volume: 2, actors: 1, lastSeenMs: 12 * DAY },
      { event: 'signed up', volume: 1, actors: 1, lastSeenMs: 10 * DAY },
      { event: 'old event', volume: 0, actors: 0, lastSeenMs: 3 * DAY },
    ]);
  });

  it('leaves events without an actor out of the actor count but not the volume', () => {
    const none = Int32Array.from([-1, -1, -1, -1, -1, -1]);
    expect(eventStats(table, none, 0).find((s) => s.event === '$pageview')).toEqual({ event: '$pageview', volume: 3, actors: 0, lastSeenMs: 12 * DAY });
  });

  it('is empty for no events', () => {
    expect(eventStats(buildTable([]), new Int32Array(0), 0)).toEqual([]);
  });
});
