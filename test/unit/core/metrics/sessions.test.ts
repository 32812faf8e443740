import { describe, expect, it } from 'vitest';
import { sessions } from '../../../../src/core/metrics/sessions';
import { inputFor, offsetCalendar, prepare, type Row } from './fixtures';

describe('sessions', () => {
  // Range 03-02..03-03.
  const rows: Row[] = [
    // Starts before the range: only its in-range part counts (10 min).
    { at: '2026-03-01T23:50:00Z', actor: 'a', session: 's1', roles: ['activity'] },
    { at: '2026-03-02T00:05:00Z', actor: 'a', session: 's1' },
    { at: '2026-03-02T00:15:00Z', actor: 'a', session: 's1', roles: ['activity'] },
    // Runs past the range: 23:00..23:59 counts (59 min), 00:30 the next day does not.
    { at: '2026-03-03T23:00:00Z', actor: 'b', session: 's2', roles: ['signup'] },
    { at: '2026-03-03T23:59:00Z', actor: 'b', session: 's2' },
    { at: '2026-03-04T00:30:00Z', actor: 'b', session: 's2' },
    // One event: 0 s.
    { at: '2026-03-03T12:00:00Z', actor: 'c', session: 's3' },
    // No session: counts as a user, not as a session.
    { at: '2026-03-03T13:00:00Z', actor: 'd' },
    // Outside the range entirely.
    { at: '2026-03-05T13:00:00Z', actor: 'e', session: 's4' },
  ];

  it('counts distinct non-empty sessions and actors over all events in the range, and the mean in-range length', () => {
    expect(sessions(inputFor(prepare(rows), '2026-03-02', '2026-03-03'))).toEqual({
      unique_sessions: 3,
      unique_users: 4,
      avg_session_seconds: (10 * 60 + 59 * 60 + 0) / 3,
    });
  });

  it('cuts the range at local midnight', () => {
    // At +01:00 the range is 03-01T23:00Z up to 03-03T23:00Z: s1 counts from 23:50 (25 min); s2 (and b) start at
    // 03-04 00:00 local, after the range.
    expect(sessions(inputFor(prepare(rows, { calendar: offsetCalendar(60) }), '2026-03-02', '2026-03-03'))).toEqual({
      unique_sessions: 2,
      unique_users: 3,
      avg_session_seconds: (25 * 60 + 0) / 2,
    });
  });

  it('has no mean when the range holds no session', () => {
    expect(sessions(inputFor(prepare(rows), '2026-03-10', '2026-03-11'))).toEqual({
      unique_sessions: 0,
      unique_users: 0,
      avg_session_seconds: null,
    });
    const noSessionIds = prepare([{ at: '2026-03-10T10:00:00Z', actor: 'x' }]);
    expect(sessions(inputFor(noSessionIds, '2026-03-10', '2026-03-11')).avg_session_seconds).toBeNull();
  });
});
