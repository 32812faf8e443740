import { describe, expect, it } from 'vitest';
import { computeDashboard } from '../../../../src/core/dashboard/compute-dashboard';
import { TILE_ROLES } from '../../../../src/core/dashboard/tile-roles';
import type { TileId } from '../../../../src/core/dashboard/dashboard-output';
import { UserError } from '../../../../src/core/user-error';
import { active, offsetCalendar, prepare, type Row } from '../metrics/fixtures';

const rows: Row[] = [
  ...active('a', '2026-03-02T10:00:00Z', '2026-03-03T10:00:00Z'),
  { at: '2026-03-02T09:00:00Z', actor: 'a', roles: ['signup_pageview'], session: 's1' },
  { at: '2026-03-02T09:30:00Z', actor: 'a', roles: ['signup'], session: 's1' },
  { at: '2026-03-04T09:30:00Z', actor: 'a', roles: ['subscription', 'payment'] },
];

describe('computeDashboard', () => {
  it('returns every tile of DESIGN §5 in its JSON shape, with the range and the actor kind', () => {
    const data = prepare(rows, { calendar: offsetCalendar(0, { timezone: 'Europe/London' }) });
    const output = computeDashboard(data, { from: '2026-03-01', to: '2026-03-07', actor: 'group:0' });
    expect(output.range).toEqual({ from: '2026-03-01', to: '2026-03-07', timezone: 'Europe/London' });
    expect(output.actor).toBe('group:0');
    expect(Object.keys(output.tiles)).toEqual([
      'active_users', 'weekly_active', 'monthly_active', 'power_users', 'retention_daily', 'retention_weekly', 'signups',
      'paying_customers', 'signups_and_subscriptions', 'new_signups', 'cumulative_signups', 'signup_conversion',
      'free_to_paid', 'lifecycle', 'sessions',
    ]);
    expect(output.missing_roles).toEqual({});
    expect(output.tiles.active_users.dau).toEqual([0, 1, 1, 0, 0, 0, 0]);
    expect(output.tiles.signup_conversion).toMatchObject({ entered: 1, converted: 1, rate: 1, avg_conversion_seconds: 1800 });
    expect(output.tiles.free_to_paid).toMatchObject({ entered: 1, converted: 1, avg_conversion_seconds: 2 * 86_400 });
    expect(output.tiles.sessions).toEqual({ unique_sessions: 1, unique_users: 1, avg_session_seconds: 1800 });
    expect(output.tiles.power_users).toEqual([{ actor: 'a', name: 'a', count: 2, last_seen: '2026-03-03T10:00:00.000Z' }]);
    // Plain JSON: no typed arrays, NaN or undefined anywhere.
    expect(JSON.parse(JSON.stringify(output))).toEqual(output);
  });

  it('gives null tiles and names the unconfigured roles of each', () => {
    const data = prepare(rows, { unconfigured: ['signup', 'payment'] });
    const output = computeDashboard(data, { from: '2026-03-01', to: '2026-03-07', actor: 'person' });
    expect(output.missing_roles).toEqual({
      signups: ['signup'],
      paying_customers: ['payment'],
      signups_and_subscriptions: ['signup'],
      new_signups: ['signup'],
      cumulative_signups: ['signup'],
      signup_conversion: ['signup'],
      free_to_paid: ['signup', 'payment'],
    });
    for (const tile of Object.keys(TILE_ROLES) as TileId[]) {
      expect(output.tiles[tile] === null, tile).toBe(tile in output.missing_roles);
    }
    expect(computeDashboard(prepare(rows, { unconfigured: ['signup_pageview', 'subscription'] }), {
      from: '2026-03-01', to: '2026-03-07', actor: 'person',
    }).missing_roles).toEqual({ signups_and_subscriptions: ['subscription'], signup_conversion: ['signup_pageview'] });
  });

  it('gives zeros and nulls, not errors, for a range without events', () => {
    const output = computeDashboard(prepare([]), { from: '2026-03-01', to: '2026-03-02', actor: 'person' });
    const noFunnel = { entered: 0, converted: 0, rate: null, avg_conversion_seconds: null };
    expect(output.tiles).toMatchObject({
      active_users: { dau: [0, 0], wau: [0, 0], mau: [0, 0] },
      weekly_active: { value: 0, previous: 0 },
      power_users: [],
      signups: { value: 0, previous: 0 },
      signup_conversion: { ...noFunnel, previous: noFunnel },
      free_to_paid: { ...noFunnel, previous: noFunnel },
      sessions: { unique_sessions: 0, unique_users: 0, avg_session_seconds: null },
    });
    expect(output.tiles.retention_daily.every((cohort) => cohort.size === 0)).toBe(true);
  });

  it('rejects a range whose start is after its end, and dates it cannot read', () => {
    const data = prepare(rows);
    const call = (from: string, to: string) => () => computeDashboard(data, { from, to, actor: 'person' });
    expect(call('2026-03-08', '2026-03-07')).toThrow(UserError);
    expect(call('2026-03-08', '2026-03-07')).toThrow(expect.objectContaining({ code: 'bad_range' }));
    expect(call('03/01/2026', '2026-03-07')).toThrow(expect.objectContaining({ code: 'bad_date' }));
  });
});
