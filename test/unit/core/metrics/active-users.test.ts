import { describe, expect, it } from 'vitest';
import { activeUsers } from '../../../../src/core/metrics/active-users';
import { active, inputFor, offsetCalendar, parisSpring2026, prepare, utcCalendar } from './fixtures';

describe('active_users', () => {
  it('buckets by the local day: 23:59 and 00:01 in +01:00 are two days, though the same UTC day', () => {
    const rows = [...active('late', '2026-03-10T23:59:00+01:00'), ...active('early', '2026-03-11T00:01:00+01:00')];
    const local = activeUsers(inputFor(prepare(rows, { calendar: offsetCalendar(60) }), '2026-03-10', '2026-03-11'));
    expect(local.dau).toEqual([1, 1]);
    const utc = activeUsers(inputFor(prepare(rows, { calendar: utcCalendar() }), '2026-03-10', '2026-03-11'));
    expect(utc.dau).toEqual([2, 0]);
  });

  it('buckets the 23-hour DST day by its local midnights', () => {
    const rows = [
      ...active('a', '2026-03-29T00:30:00+01:00'),
      ...active('b', '2026-03-29T23:30:00+02:00'),
      ...active('c', '2026-03-30T00:30:00+02:00'),
      ...active('d', '2026-03-28T23:30:00+01:00'),
    ];
    const tile = activeUsers(inputFor(prepare(rows, { calendar: parisSpring2026() }), '2026-03-28', '2026-03-30'));
    expect(tile.dates).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    expect(tile.dau).toEqual([1, 2, 1]);
    expect(tile.wau).toEqual([1, 3, 4]);
  });

  it('counts an actor once per day, per 7 days and per 30 days however many events it has', () => {
    const rows = active('a', '2026-03-02T08:00:00Z', '2026-03-02T09:00:00Z', '2026-03-03T08:00:00Z', '2026-03-03T08:00:01Z');
    const tile = activeUsers(inputFor(prepare(rows), '2026-03-02', '2026-03-04'));
    expect(tile).toEqual({
      dates: ['2026-03-02', '2026-03-03', '2026-03-04'],
      dau: [1, 1, 0],
      wau: [1, 1, 1],
      mau: [1, 1, 1],
    });
  });

  it('reaches before the range: WAU covers d−6..d and MAU d−29..d from the stored events there', () => {
    const rows = [
      ...active('six-before', '2026-03-04T12:00:00Z'), // d−6 of 03-10
      ...active('seven-before', '2026-03-03T12:00:00Z'), // d−7 of 03-10
      ...active('29-before', '2026-02-09T12:00:00Z'), // d−29 of 03-10
      ...active('30-before', '2026-02-08T12:00:00Z'), // d−30 of 03-10
    ];
    const tile = activeUsers(inputFor(prepare(rows), '2026-03-10', '2026-03-11'));
    expect(tile.dau).toEqual([0, 0]);
    expect(tile.wau).toEqual([1, 0]);
    expect(tile.mau).toEqual([3, 2]);
  });

  it('ignores activity after `to` and events of other roles', () => {
    const rows = [
      ...active('a', '2026-03-05T00:00:00Z'),
      { at: '2026-03-04T10:00:00Z', actor: 'b', roles: ['signup' as const] },
    ];
    const tile = activeUsers(inputFor(prepare(rows), '2026-03-03', '2026-03-04'));
    expect(tile).toMatchObject({ dau: [0, 0], wau: [0, 0], mau: [0, 0] });
  });

  it('gives zeros for a range with no data', () => {
    const tile = activeUsers(inputFor(prepare([]), '2026-03-03', '2026-03-04'));
    expect(tile).toEqual({ dates: ['2026-03-03', '2026-03-04'], dau: [0, 0], wau: [0, 0], mau: [0, 0] });
  });
});
