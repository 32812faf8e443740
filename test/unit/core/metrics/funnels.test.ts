import { describe, expect, it } from 'vitest';
import type { RoleName } from '../../../../src/core/engine/prepared-data';
import { freeToPaid } from '../../../../src/core/metrics/free-to-paid';
import { signupConversion } from '../../../../src/core/metrics/signup-conversion';
import { inputFor, offsetCalendar, prepare, type Row } from './fixtures';

const DAY_S = 86_400;
const as = (role: RoleName, actor: string, ...times: string[]): Row[] => times.map((at) => ({ at, actor, roles: [role] }));
const pageview = (actor: string, ...times: string[]) => as('signup_pageview', actor, ...times);
const signup = (actor: string, ...times: string[]) => as('signup', actor, ...times);

// Range 03-01..03-14, previous 02-15..02-28; W = 14 days.
describe('signup_conversion', () => {
  const rows: Row[] = [
    ...pageview('late', '2026-03-02T10:00:00Z'),
    ...signup('late', '2026-03-16T10:00:00.001Z'), // p + W + 1 ms: not converted
    ...pageview('exact', '2026-03-02T10:00:00Z'),
    ...signup('exact', '2026-03-16T10:00:00Z'), // exactly p + W, and after `to`: converted
    ...signup('before', '2026-03-03T09:00:00Z'), // before its pageview: not converted
    ...pageview('before', '2026-03-03T10:00:00Z'),
    // s* is 03-06 (03-04 09:00 precedes every pageview); p* is the latest pageview ≤ s*, 03-05: 1 day.
    ...pageview('multi', '2026-03-04T10:00:00Z', '2026-03-05T10:00:00Z', '2026-03-20T10:00:00Z'),
    ...signup('multi', '2026-03-04T09:00:00Z', '2026-03-06T10:00:00Z', '2026-03-07T10:00:00Z'),
    // The same millisecond, the signup stored first: p ≤ s holds, 0 s.
    ...signup('same-time', '2026-03-08T12:00:00Z'),
    ...pageview('same-time', '2026-03-08T12:00:00Z'),
    ...pageview('no-signup', '2026-03-10T00:00:00Z'),
    ...pageview('after-to', '2026-03-15T00:00:00Z'),
    ...signup('after-to', '2026-03-15T01:00:00Z'),
    // Entered the previous window; its signup falls in the current range.
    ...pageview('previous', '2026-02-28T23:00:00Z'),
    ...signup('previous', '2026-03-01T01:00:00Z'),
    ...as('activity', 'visitor', '2026-03-05T10:00:00Z'),
  ];

  it('counts entered, converted, rate and the mean of s* − p*', () => {
    const tile = signupConversion(inputFor(prepare(rows), '2026-03-01', '2026-03-14'));
    expect(tile).toEqual({
      entered: 6,
      converted: 3,
      rate: 0.5,
      avg_conversion_seconds: (14 * DAY_S + DAY_S + 0) / 3,
      previous: { entered: 1, converted: 1, rate: 1, avg_conversion_seconds: 2 * 3600 },
    });
  });

  it('decides "in range" by the local day of the pageview', () => {
    // 02-28 23:00Z is 03-01 00:00 at +01:00: `previous` now enters the current range instead.
    const tile = signupConversion(inputFor(prepare(rows, { calendar: offsetCalendar(60) }), '2026-03-01', '2026-03-14'));
    expect(tile).toMatchObject({ entered: 7, converted: 4, previous: { entered: 0, converted: 0, rate: null, avg_conversion_seconds: null } });
  });

  it('gives a rate of 0 and no time when nobody converted, and nulls when nobody entered', () => {
    const none = signupConversion(inputFor(prepare(pageview('x', '2026-03-02T00:00:00Z')), '2026-03-01', '2026-03-14'));
    expect(none).toEqual({
      entered: 1, converted: 0, rate: 0, avg_conversion_seconds: null,
      previous: { entered: 0, converted: 0, rate: null, avg_conversion_seconds: null },
    });
  });

  it('is null when a step role is unconfigured', () => {
    const data = prepare(rows, { unconfigured: ['signup_pageview'] });
    expect(signupConversion(inputFor(data, '2026-03-01', '2026-03-14'))).toBeNull();
  });
});

describe('free_to_paid', () => {
  const payment = (actor: string, ...times: string[]) => as('payment', actor, ...times);

  it('is the signup → payment funnel with a 42-day window', () => {
    const rows = [
      ...signup('exact', '2026-03-01T00:00:00Z'),
      ...payment('exact', '2026-04-12T00:00:00Z'), // 42 days later
      ...signup('late', '2026-03-01T00:00:00Z'),
      ...payment('late', '2026-04-12T00:00:00.001Z'),
      ...signup('quick', '2026-03-05T00:00:00Z', '2026-03-06T00:00:00Z'),
      ...payment('quick', '2026-03-06T06:00:00Z'),
      ...payment('paid-first', '2026-03-02T00:00:00Z'),
      ...signup('paid-first', '2026-03-03T00:00:00Z'),
    ];
    const tile = freeToPaid(inputFor(prepare(rows), '2026-03-01', '2026-03-07'));
    expect(tile).toEqual({
      entered: 4,
      converted: 2,
      rate: 0.5,
      avg_conversion_seconds: (42 * DAY_S + 6 * 3600) / 2,
      previous: { entered: 0, converted: 0, rate: null, avg_conversion_seconds: null },
    });
  });

  it('is null when payment is unconfigured', () => {
    expect(freeToPaid(inputFor(prepare([], { unconfigured: ['payment'] }), '2026-03-01', '2026-03-07'))).toBeNull();
  });
});
