import { describe, expect, it } from 'vitest';
import { buildCustomerProfile } from '../../../../src/core/profile/build-customer-profile';
import { buildFixture, ms, type EventRow } from './fixtures';

const active = (at: string, person = 'p1'): EventRow => ({ at, event: '$pageview', person, roles: ['activity'] });
const NOW = '2026-03-31T00:00:00.000Z';

// Windows end at NOW: 7 days = (03-24, 03-31], previous (03-17, 03-24]; 30 days = (03-01, 03-31], previous
// (01-30, 03-01]; 90 days = (2025-12-31, 03-31], previous (2025-10-02, 2025-12-31].
const rows: EventRow[] = [
  active(NOW), // the end is inside
  active('2026-03-30T10:00:00Z'),
  active('2026-03-24T00:00:00Z'), // exactly 7 days before: the previous week
  active('2026-03-20T10:00:00Z'),
  active('2026-03-17T00:00:00Z'), // exactly 14 days before: outside both weeks
  active('2026-02-15T10:00:00Z'),
  active('2026-04-01T00:00:00Z'), // after now: ignored
  { at: '2026-03-30T11:00:00Z', event: 'api_call', person: 'p1' }, // not activity
  active('2026-03-30T12:00:00Z', 'p2'),
];

describe('usage windows', () => {
  it('counts activity events in the last 7/30/90 days against the window before, with the change', () => {
    const profile = buildCustomerProfile({ ...buildFixture(rows), actorId: 'p1', now: ms(NOW) })!;
    expect(profile.usage).toEqual({
      as_of: NOW,
      windows: [
        { days: 7, value: 2, previous: 2, change_percent: 0 },
        { days: 30, value: 5, previous: 1, change_percent: 400 },
        { days: 90, value: 6, previous: 0, change_percent: null },
      ],
    });
  });

  it('ends at the last stored event (of anyone) by default, and is null without an activity role', () => {
    const fixture = buildFixture([...rows, { at: '2026-04-07T00:00:00Z', event: 'x', person: 'p3' }]);
    const usage = buildCustomerProfile({ ...fixture, actorId: 'p1' })!.usage!;
    expect(usage.as_of).toBe('2026-04-07T00:00:00.000Z');
    // Last 7 days = (03-31, 04-07]: only 04-01; previous (03-24, 03-31]: NOW and 03-30.
    expect(usage.windows[0]).toEqual({ days: 7, value: 1, previous: 2, change_percent: -50 });
    expect(buildCustomerProfile({ ...buildFixture(rows, { unconfigured: ['activity'] }), actorId: 'p1' })!.usage).toBeNull();
  });
});
