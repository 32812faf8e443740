import { describe, expect, it } from 'vitest';
import { decodeEventRows, EVENT_COLUMNS } from '../../../src/sources/posthog/event-rows';
import { PostHogError } from '../../../src/sources/posthog/errors';
import { retryDelayMs, DEFAULT_RETRY_POLICY } from '../../../src/sources/posthog/retry';
import { parseTimestamp } from '../../../src/core/events/timestamps';

const row = (uuid: string, ts: string, extra: Partial<Record<string, unknown>> = {}) => [
  uuid, extra.event ?? '$pageview', ts, 'd1', extra.person ?? 'P1', extra.session ?? 's1', 'acme', '', null, '', '', '', extra.properties ?? '{"$pathname":"/a"}',
];

describe('parseTimestamp', () => {
  it("reads PostHog's forms: offsets, Z, microseconds or none, truncating to the millisecond", () => {
    expect(parseTimestamp('2026-07-01T14:03:05.123456+02:00')).toBe(Date.UTC(2026, 6, 1, 12, 3, 5, 123));
    expect(parseTimestamp('2026-07-01T14:03:05Z')).toBe(Date.UTC(2026, 6, 1, 14, 3, 5));
    expect(parseTimestamp('2026-01-01T00:00:00.9-05:30')).toBe(Date.UTC(2026, 0, 1, 5, 30, 0, 900));
    expect(parseTimestamp('yesterday')).toBeNaN();
  });
});

describe('decodeEventRows', () => {
  it('fills every column and keeps properties as the text received', () => {
    const page = decodeEventRows([...EVENT_COLUMNS], [row('0190AB00-0000-7000-8000-000000000001', '2026-07-01T14:03:05.123000+02:00'), row('0190ab00-0000-7000-8000-000000000002', '2026-07-01T12:03:06Z', { session: '', properties: { a: 1 } })]);
    expect(page.batch.length).toBe(2);
    expect(page.batch.uuid).toEqual(['0190ab00-0000-7000-8000-000000000001', '0190ab00-0000-7000-8000-000000000002']);
    expect(page.batch.sessionId).toEqual(['s1', null]);
    expect(page.batch.groups[0]).toEqual(['acme', 'acme']);
    expect(page.batch.groups[1]).toEqual([null, null]);
    expect(page.batch.properties).toEqual(['{"$pathname":"/a"}', '{"a":1}']);
    expect(page.cursor).toEqual({ ts: '2026-07-01T12:03:06Z', uuid: '0190ab00-0000-7000-8000-000000000002' });
  });

  it('counts and describes unreadable rows without stopping, and pages on past them', () => {
    const page = decodeEventRows([...EVENT_COLUMNS], [row('not-a-uuid', '2026-07-01T12:00:00Z'), row('0190ab00-0000-7000-8000-000000000003', 'soon'), row('0190ab00-0000-7000-8000-000000000004', '2026-07-01T12:00:00Z')]);
    expect(page.batch.length).toBe(1);
    expect(page.malformed.count).toBe(2);
    expect(page.malformed.example).toContain('not-a-uuid');
    expect(page.cursor?.uuid).toBe('0190ab00-0000-7000-8000-000000000004');
  });

  it('refuses an answer with other columns', () => {
    expect(() => decodeEventRows(['uuid', 'event'], [])).toThrow(/expected uuid,event,timestamp/);
  });
});

describe('retryDelayMs', () => {
  const policy = { ...DEFAULT_RETRY_POLICY, random: () => 0.5 };
  it('honours Retry-After, never retries what cannot succeed, and hands 504s back', () => {
    expect(retryDelayMs(new PostHogError('rate_limited', 'x', 429, 30), 0, policy)).toBeGreaterThanOrEqual(30_000);
    expect(retryDelayMs(new PostHogError('rate_limited', 'Too many queries are running right now', 429, null), 0, policy)).toBeGreaterThanOrEqual(3000);
    for (const kind of ['unauthorized', 'forbidden', 'not_found', 'bad_request', 'timeout'] as const) {
      expect(retryDelayMs(new PostHogError(kind, 'x', 400), 0, policy)).toBeNull();
    }
  });
  it('backs off exponentially, capped', () => {
    const error = new PostHogError('server', 'x', 500);
    expect(retryDelayMs(error, 0, policy)).toBe(500);
    expect(retryDelayMs(error, 3, policy)).toBe(4000);
    expect(retryDelayMs(error, 20, policy)).toBe(30_000);
  });
});
