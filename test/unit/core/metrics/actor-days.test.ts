import { describe, expect, it } from 'vitest';
import { entryStart } from '../../../../src/core/metrics/actor-days';
import { monotonicDays } from '../../../../src/core/metrics/metric-input';
import { active, inputFor, prepare } from './fixtures';

describe('the per-role day index', () => {
  const data = prepare([
    ...active('b', '2026-03-01T08:00:00Z', '2026-03-01T09:00:00Z', '2026-03-03T10:00:00Z'),
    ...active('a', '2026-03-01T12:00:00Z', '2026-03-05T10:00:00Z'),
    { at: '2026-03-02T10:00:00Z', actor: 'c', roles: ['signup'] },
  ]);
  const input = inputFor(data, '2026-03-02', '2026-03-04');
  const index = input.actorDays('activity')!;
  const ids = (day: string) => {
    const d = data.calendar.parse(day);
    return [...index.actors.subarray(entryStart(index, d), entryStart(index, d + 1))].map((a) => data.actorIds[a]);
  };

  it('holds each actor once per day, from the first stored event up to `to`', () => {
    expect(ids('2026-03-01')).toEqual(['b', 'a']);
    expect(ids('2026-03-02')).toEqual([]);
    expect(ids('2026-03-03')).toEqual(['b']);
    expect(ids('2026-03-05')).toEqual([]); // after `to`: not read
    expect(ids('2026-02-01')).toEqual([]);
  });

  it('keeps the number of events and the last time of each actor-day, and each actor first day', () => {
    expect([...index.eventCounts]).toEqual([2, 1, 1]);
    expect(new Date(index.lastEventMs[0]!).toISOString()).toBe('2026-03-01T09:00:00.000Z');
    expect(index.firstDayOfActor[data.actorIds.indexOf('a')]).toBe(data.calendar.parse('2026-03-01'));
  });

  it('is null for an unconfigured role and built once for a configured one', () => {
    const partial = inputFor(prepare(active('a', '2026-03-01T08:00:00Z'), { unconfigured: ['payment'] }), '2026-03-01', '2026-03-01');
    expect(partial.actorDays('payment')).toBeNull();
    expect(input.actorDays('signup')).toBe(input.actorDays('signup'));
  });
});

describe('monotonicDays', () => {
  it('returns sorted days as they are', () => {
    const days = Int32Array.from([1, 1, 2, 5]);
    expect(monotonicDays(days, 4)).toBe(days);
  });

  it('moves the repeated minutes of a fall-back across midnight to the later day', () => {
    const days = Int32Array.from([1, 2, 1, 2, 3]);
    expect([...monotonicDays(days, 5)]).toEqual([1, 2, 2, 2, 3]);
    expect([...days]).toEqual([1, 2, 1, 2, 3]);
  });
});
