import { describe, expect, it } from 'vitest';
import { cumulativeSignups } from '../../../../src/core/metrics/cumulative-signups';
import { newSignups } from '../../../../src/core/metrics/new-signups';
import { payingCustomers } from '../../../../src/core/metrics/paying-customers';
import { signups } from '../../../../src/core/metrics/signups';
import { signupsAndSubscriptions } from '../../../../src/core/metrics/signups-and-subscriptions';
import { inputFor, offsetCalendar, prepare, utcCalendar, type Row } from './fixtures';
import type { RoleName } from '../../../../src/core/engine/prepared-data';

const as = (role: RoleName, actor: string, ...times: string[]): Row[] => times.map((at) => ({ at, actor, roles: [role] }));

describe('signups and paying_customers', () => {
  // Range 03-08..03-14; previous 03-01..03-07.
  const rows = [
    ...as('signup', 'a', '2026-03-08T00:00:00Z', '2026-03-14T23:59:59Z'),
    ...as('signup', 'b', '2026-03-07T23:59:59Z', '2026-03-09T10:00:00Z'),
    ...as('signup', 'c', '2026-03-01T00:00:00Z'),
    ...as('signup', 'd', '2026-02-28T23:59:59Z', '2026-03-15T00:00:00Z'), // outside both windows
    ...as('payment', 'a', '2026-03-10T10:00:00Z', '2026-03-11T10:00:00Z'),
    ...as('payment', 'e', '2026-03-02T10:00:00Z'),
    ...as('activity', 'f', '2026-03-10T10:00:00Z'),
  ];
  const input = inputFor(prepare(rows), '2026-03-08', '2026-03-14');

  it('counts distinct actors with the event in the range and in the previous range', () => {
    expect(signups(input)).toEqual({ value: 2, previous: 2 });
    expect(payingCustomers(input)).toEqual({ value: 1, previous: 1 });
  });

  it('is null when the role is unconfigured', () => {
    const partial = inputFor(prepare(rows, { unconfigured: ['signup', 'payment'] }), '2026-03-08', '2026-03-14');
    expect(signups(partial)).toBeNull();
    expect(payingCustomers(partial)).toBeNull();
  });
});

describe('signups_and_subscriptions', () => {
  it('is the mean over d−6..d of each day distinct actors, reaching before the range', () => {
    const rows = [
      ...as('signup', 'a', '2026-03-03T10:00:00Z', '2026-03-03T11:00:00Z'), // once that day
      ...as('signup', 'b', '2026-03-03T12:00:00Z', '2026-03-09T12:00:00Z'),
      ...as('subscription', 'a', '2026-03-10T00:00:00Z'),
      ...as('subscription', 'z', '2026-03-11T00:00:00Z'), // after `to`
    ];
    const tile = signupsAndSubscriptions(inputFor(prepare(rows), '2026-03-09', '2026-03-10'));
    expect(tile).toEqual({ dates: ['2026-03-09', '2026-03-10'], signups: [3 / 7, 1 / 7], subscriptions: [0, 1 / 7] });
  });

  it('is null when either role is unconfigured', () => {
    const data = prepare([], { unconfigured: ['subscription'] });
    expect(signupsAndSubscriptions(inputFor(data, '2026-03-09', '2026-03-10'))).toBeNull();
  });
});

describe('new_signups', () => {
  // Range Wednesday 03-04..Tuesday 03-17.
  const rows = [
    ...as('signup', 'before', '2026-03-02T10:00:00Z'), // in the first week, before the range
    ...as('signup', 'a', '2026-03-04T10:00:00Z', '2026-03-06T10:00:00Z', '2026-03-09T10:00:00Z'),
    ...as('signup', 'b', '2026-03-08T10:00:00Z', '2026-03-17T23:00:00Z', '2026-03-18T10:00:00Z'),
  ];

  it('counts per week that meets the range the actors with a signup inside both week and range (Sunday weeks)', () => {
    const tile = newSignups(inputFor(prepare(rows, { calendar: utcCalendar('sunday') }), '2026-03-04', '2026-03-17'));
    expect(tile).toEqual({ weeks: ['2026-03-01', '2026-03-08', '2026-03-15'], signups: [1, 2, 1] });
  });

  it('moves with the week start (Monday weeks)', () => {
    const tile = newSignups(inputFor(prepare(rows, { calendar: utcCalendar('monday') }), '2026-03-04', '2026-03-17'));
    expect(tile).toEqual({ weeks: ['2026-03-02', '2026-03-09', '2026-03-16'], signups: [2, 1, 1] });
  });

  it('is null when signup is unconfigured', () => {
    expect(newSignups(inputFor(prepare([], { unconfigured: ['signup'] }), '2026-03-04', '2026-03-17'))).toBeNull();
  });
});

describe('cumulative_signups', () => {
  it('counts, for each day, the actors whose first signup in the range is on or before it', () => {
    const rows = [
      ...as('signup', 'before', '2026-03-01T10:00:00Z', '2026-03-04T10:00:00Z'), // counted from its in-range signup
      ...as('signup', 'a', '2026-03-03T10:00:00Z', '2026-03-04T10:00:00Z'), // twice: counted once
      ...as('signup', 'late', '2026-03-04T23:30:00Z'), // 03-05 at +01:00
    ];
    const utc = cumulativeSignups(inputFor(prepare(rows), '2026-03-02', '2026-03-05'));
    expect(utc).toEqual({ dates: ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'], signups: [0, 1, 3, 3] });
    const local = cumulativeSignups(inputFor(prepare(rows, { calendar: offsetCalendar(60) }), '2026-03-02', '2026-03-05'));
    expect(local?.signups).toEqual([0, 1, 2, 3]);
  });

  it('is null when signup is unconfigured', () => {
    expect(cumulativeSignups(inputFor(prepare([], { unconfigured: ['signup'] }), '2026-03-02', '2026-03-05'))).toBeNull();
  });
});
