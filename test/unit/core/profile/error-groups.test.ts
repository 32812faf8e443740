import { describe, expect, it } from 'vitest';
import { buildCustomerProfile } from '../../../../src/core/profile/build-customer-profile';
import { buildFixture, type EventRow } from './fixtures';

const exception = (at: string, properties: Record<string, unknown>, extra: Partial<EventRow> = {}): EventRow => ({
  at: `2026-03-10T${at}Z`, event: '$exception', person: 'p1', properties, ...extra,
});
const list = (type: string, value: string, handled?: boolean) => [
  { type, value, ...(handled === undefined ? {} : { mechanism: { handled, synthetic: false, type: 'onerror' } }), stacktrace: { type: 'raw', frames: [] } },
  { type: 'Cause', value: 'chained cause, not the error thrown', mechanism: { type: 'chained', parent_id: 0 } },
];
const HOSTILE = '<img src=x onerror=alert(1)>';

const rows: EventRow[] = [
  // One fingerprint across messages, sessions and handled flags (unhandled once: the group is unhandled).
  exception('08:00:00', { $exception_fingerprint: 'fp-1', $exception_list: list('TypeError', 'a is null', true) }, { session: 'S1' }),
  exception('09:00:00', { $exception_fingerprint: 'fp-1', $exception_list: list('TypeError', 'b is null', false) }, { session: 'S2' }),
  exception('10:00:00', { $exception_fingerprint: 'fp-1', $exception_types: ['TypeError'], $exception_values: ['c is null'], $exception_handled: [true] }, { session: 'S2' }),
  // No fingerprint: the same type + message in the flat, list and ingestion-array formats is one error.
  exception('08:30:00', { $exception_type: 'RangeError', $exception_message: 'bad length', $exception_source: 'app.js' }),
  exception('09:30:00', { $exception_list: list('RangeError', 'bad length', true), $exception_level: 'error' }),
  exception('11:00:00', { $exception_types: ['RangeError'], $exception_values: ['bad length'], $exception_handled: [true] }),
  // Same type, other message: another error.
  exception('09:45:00', { $exception_type: 'RangeError', $exception_message: 'other' }),
  // Nothing to go by.
  exception('07:00:00', {}),
  // Lists sent as JSON text, and a hostile message returned verbatim.
  exception('12:00:00', { $exception_types: '["SyntaxError"]', $exception_values: JSON.stringify([HOSTILE]), $exception_handled: false }),
  // Not this customer's, or not an $exception event.
  exception('13:00:00', { $exception_fingerprint: 'fp-1' }, { person: 'p2' }),
  { at: '2026-03-10T13:30:00Z', event: 'error_shown', person: 'p1', properties: { $exception_type: 'RangeError', $exception_message: 'bad length' } },
];

describe('errors', () => {
  it('groups $exception events by fingerprint, else type + message, across formats, most recent first', () => {
    const profile = buildCustomerProfile({ ...buildFixture(rows), actorId: 'p1' })!;
    const summary = profile.errors.map((g) => [g.key, g.type, g.message, g.count, g.sessions, g.first_seen.slice(11, 19), g.last_seen.slice(11, 19), g.handled]);
    expect(summary).toEqual([
      ['type:["SyntaxError","<img src=x onerror=alert(1)>"]', 'SyntaxError', HOSTILE, 1, 0, '12:00:00', '12:00:00', false],
      ['type:["RangeError","bad length"]', 'RangeError', 'bad length', 3, 0, '08:30:00', '11:00:00', true],
      ['fingerprint:fp-1', 'TypeError', 'c is null', 3, 2, '08:00:00', '10:00:00', false],
      ['type:["RangeError","other"]', 'RangeError', 'other', 1, 0, '09:45:00', '09:45:00', null],
      ['type:[null,null]', null, null, 1, 0, '07:00:00', '07:00:00', null],
    ]);
    const rangeError = profile.errors[1]!;
    expect(rangeError.fingerprint).toBeNull();
    expect(rangeError.level).toBe('error');
    expect(profile.errors[2]!.fingerprint).toBe('fp-1');
    // The latest occurrence's uuid points into the history.
    const historyUuids = profile.history.sessions.flatMap((s) => s.events.filter((e) => e.timestamp.endsWith('T11:00:00.000Z')).map((e) => e.uuid));
    expect(rangeError.last_event_uuid).toBe(historyUuids[0]);
  });

  it('is empty when the customer has no $exception event', () => {
    const fixture = buildFixture([exception('08:00:00', { $exception_type: 'E' }, { person: 'p2' }), { at: '2026-03-10T08:00:00Z', event: 'x', person: 'p1' }]);
    expect(buildCustomerProfile({ ...fixture, actorId: 'p1' })!.errors).toEqual([]);
  });
});
