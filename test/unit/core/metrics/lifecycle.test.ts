import { describe, expect, it } from 'vitest';
import { lifecycle } from '../../../../src/core/metrics/lifecycle';
import { active, inputFor, parisSpring2026, prepare, utcCalendar, type Row } from './fixtures';

// Range Wednesday 03-11 .. Wednesday 03-25.
const rows: Row[] = [
  ...active('ret', '2026-03-02T10:00:00Z', '2026-03-09T10:00:00Z', '2026-03-16T10:00:00Z'),
  ...active('gone', '2026-03-04T10:00:00Z'),
  ...active('new', '2026-03-16T10:00:00Z', '2026-03-23T10:00:00Z'),
  // First seen from created_at, long before the first event: resurrecting, not new.
  ...active('res', '2026-03-17T10:00:00Z'),
  // Created on Sunday 03-15, first active on 03-20.
  ...active('newc', '2026-03-20T10:00:00Z'),
  // First seen from its first event of any kind, a signup.
  { at: '2026-03-03T10:00:00Z', actor: 'sig', roles: ['signup'] },
  ...active('sig', '2026-03-18T10:00:00Z'),
  ...active('after', '2026-03-26T10:00:00Z'),
];
const createdAt = { res: '2026-02-01T00:00:00Z', newc: '2026-03-15T00:00:00Z' };

describe('lifecycle', () => {
  it('sorts each week\'s active actors into new, returning and resurrecting, and counts dormant (Sunday weeks)', () => {
    const tile = lifecycle(inputFor(prepare(rows, { createdAt, calendar: utcCalendar('sunday') }), '2026-03-11', '2026-03-25'));
    expect(tile).toEqual({
      weeks: ['2026-03-08', '2026-03-15', '2026-03-22'],
      new: [0, 2, 0],
      returning: [1, 1, 1],
      resurrecting: [0, 2, 0],
      dormant: [-1, 0, -4],
    });
  });

  it('moves with the week start (Monday weeks)', () => {
    // Sunday 03-15 now belongs to the week before newc's first activity: newc is resurrecting.
    const tile = lifecycle(inputFor(prepare(rows, { createdAt, calendar: utcCalendar('monday') }), '2026-03-11', '2026-03-25'));
    expect(tile).toEqual({
      weeks: ['2026-03-09', '2026-03-16', '2026-03-23'],
      new: [0, 1, 0],
      returning: [1, 1, 1],
      resurrecting: [0, 3, 0],
      dormant: [-1, 0, -4],
    });
  });

  it('finds the week of first seen in local time across a DST change', () => {
    // Monday weeks in Paris; clocks moved to +02:00 on Sunday 03-29.
    const dst: Row[] = [...active('local-monday', '2026-03-31T10:00:00Z'), ...active('local-sunday', '2026-03-31T10:00:00Z')];
    const data = prepare(dst, {
      calendar: parisSpring2026('monday'),
      createdAt: { 'local-monday': '2026-03-29T22:30:00Z', 'local-sunday': '2026-03-29T21:59:00Z' },
    });
    const tile = lifecycle(inputFor(data, '2026-03-30', '2026-04-05'));
    expect(tile).toEqual({ weeks: ['2026-03-30'], new: [1], returning: [0], resurrecting: [1], dormant: [0] });
  });

  it('gives zero weeks for a range without activity', () => {
    const tile = lifecycle(inputFor(prepare([]), '2026-03-11', '2026-03-11'));
    expect(tile).toEqual({ weeks: ['2026-03-08'], new: [0], returning: [0], resurrecting: [0], dormant: [0] });
  });
});
