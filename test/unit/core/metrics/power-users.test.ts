import { describe, expect, it } from 'vitest';
import { powerUsers } from '../../../../src/core/metrics/power-users';
import { active, inputFor, prepare, type Row } from './fixtures';

// `to` = 2026-03-31: the window is 03-02..03-31.
describe('power_users', () => {
  it('ranks by activity events in to−29..to, with the name and the last activity in the window', () => {
    const rows: Row[] = [
      ...active('u1', '2026-03-02T00:00:00Z', '2026-03-10T08:00:00Z', '2026-03-10T09:15:30.250Z'),
      ...active('u1', '2026-03-01T23:59:59Z', '2026-04-01T00:00:00Z'), // before and after the window
      ...active('u2', '2026-03-31T23:59:59.999Z', '2026-03-31T23:00:00Z', '2026-03-30T23:00:00Z', '2026-03-29T23:00:00Z'),
      { at: '2026-03-20T10:00:00Z', actor: 'u3', roles: ['signup'] }, // not activity
    ];
    const tile = powerUsers(inputFor(prepare(rows, { names: { u1: 'ada@example.com' } }), '2026-03-25', '2026-03-31'));
    expect(tile).toEqual([
      { actor: 'u2', name: 'u2', count: 4, last_seen: '2026-03-31T23:59:59.999Z' },
      { actor: 'u1', name: 'ada@example.com', count: 3, last_seen: '2026-03-10T09:15:30.250Z' },
    ]);
  });

  it('keeps the top 10 and breaks ties by actor id in code-unit order', () => {
    // Index order differs from id order; 'B' < 'a' < 'b' < 'é' in code units (not in locale order).
    const ids = ['é', 'b', 'a', 'B', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8'];
    const rows = ids.flatMap((id) => active(id, '2026-03-30T10:00:00Z'));
    rows.push(...active('k8', '2026-03-30T11:00:00Z'));
    const tile = powerUsers(inputFor(prepare(rows), '2026-03-31', '2026-03-31'));
    expect(tile.map((row) => row.actor)).toEqual(['k8', 'B', 'a', 'b', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6']);
    expect(tile[0]!.count).toBe(2);
  });

  it('is empty when nobody was active in the window', () => {
    expect(powerUsers(inputFor(prepare(active('old', '2026-01-01T00:00:00Z')), '2026-03-31', '2026-03-31'))).toEqual([]);
  });
});
