import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyBatch } from '../../../src/core/events/event-batch';
import { KEPT_PROPERTIES, keptText } from '../../../src/core/events/kept-properties';
import { decodeEventRows, EVENT_COLUMNS, keptValue } from '../../../src/sources/posthog/event-rows';
import { eventPageSql, fetchEventPage, initialPagerState } from '../../../src/sources/posthog/event-pager';
import { addEventRecord } from '../../../src/sources/file-import/event-record';
import { PostHogError } from '../../../src/sources/posthog/errors';
import { retryDelayMs, DEFAULT_RETRY_POLICY } from '../../../src/sources/posthog/retry';
import { parseTimestamp } from '../../../src/core/events/timestamps';
import { generateDemoData } from '../../demo-data/generate';
import type { DemoDataset } from '../../demo-data/types';
import { DEMO_KEY } from '../../emulator/keys';
import { startEmulator, type Emulator } from '../../emulator/server';

/** A row of our query: the event's own 13 columns, then the kept properties (null unless given). */
const row = (uuid: string, ts: string, extra: Partial<Record<string, unknown>> = {}) => [
  uuid, extra.event ?? '$pageview', ts, 'd1', extra.person ?? 'P1', extra.session ?? 's1', 'acme', '', null, '', '', '', extra.properties ?? '{"$pathname":"/a"}',
  ...KEPT_PROPERTIES.map((key) => (extra.kept as Record<string, unknown> | undefined)?.[key] ?? null),
];

/** The regular expression parseTimestamp replaced, as the reference it must agree with. */
function referenceTimestamp(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (!m) return NaN;
  const fraction = m[7] ?? '';
  const ms = fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0;
  let time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), ms);
  const zone = m[8];
  if (zone && zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    time -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
  }
  return time;
}

describe('parseTimestamp', () => {
  it("reads PostHog's forms: offsets, Z, microseconds or none, truncating to the millisecond", () => {
    expect(parseTimestamp('2026-07-01T14:03:05.123456+02:00')).toBe(Date.UTC(2026, 6, 1, 12, 3, 5, 123));
    expect(parseTimestamp('2026-07-01T14:03:05Z')).toBe(Date.UTC(2026, 6, 1, 14, 3, 5));
    expect(parseTimestamp('2026-01-01T00:00:00.9-05:30')).toBe(Date.UTC(2026, 0, 1, 5, 30, 0, 900));
    expect(parseTimestamp('yesterday')).toBeNaN();
  });

  it('agrees with the regular expression it replaced, on good and broken texts alike', () => {
    const texts = [
      '2026-07-01T14:03:05.123456+02:00', '2026-07-01 14:03:05', '2026-07-01T14:03:05.1Z', '2026-07-01T14:03:05.12-0530',
      '2026-07-01T14:03:05.123456789Z', '2026-07-01T14:03:05.1234567890Z', '2026-07-01T14:03:05.Z', '2026-07-01T14:03:05+02',
      '2026-07-01T14:03:05+02:0', '2026-07-01T14:03:05z', '2026-07-01X14:03:05', '2026-7-01T14:03:05', '2026-13-45T25:61:61Z',
      '0099-01-01T00:00:00Z', '2026-07-01T14:03:05 ', ' 2026-07-01T14:03:05', '2026-07-01T14:03:05+02:00x', '２026-07-01T14:03:05',
      '2024-02-29T23:59:59.999+14:00', '2026-07-01T14:03:05-00:00', '',
    ];
    for (const text of texts) expect([text, parseTimestamp(text)]).toEqual([text, referenceTimestamp(text)]);
    // Days change under the cached day: consecutive texts on different dates.
    for (let day = 0; day < 400; day += 7) {
      const text = new Date(Date.UTC(2025, 0, 1) + day * 86_400_000 + day * 1234).toISOString();
      expect(parseTimestamp(text)).toBe(referenceTimestamp(text));
    }
  });
});

describe('keptText', () => {
  it('keeps a string as itself, other JSON as its text, missing and null as null', () => {
    expect([keptText('a'), keptText(''), keptText(12.5), keptText(true), keptText(['TypeError']), keptText({ a: 1 }), keptText(null), keptText(undefined)]).toEqual([
      'a', '', '12.5', 'true', '["TypeError"]', '{"a":1}', null, null,
    ]);
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

  it('fills the kept properties from their JSONExtractRaw columns, decoded as text or null, without parsing the properties', () => {
    // ClickHouse's JSONExtractRaw: a string with its quotes and escapes, a number or array as its JSON text,
    // '' for a missing key, 'null' for JSON null.
    const page = decodeEventRows([...EVENT_COLUMNS], [
      row('0190ab00-0000-7000-8000-000000000001', '2026-07-01T12:00:00Z', { kept: { $pathname: '"/a"', status: '"open"', amount: '"12.5"', subject: '""', plan: 'null' }, properties: '{"not":"read"}' }),
      row('0190ab00-0000-7000-8000-000000000002', '2026-07-01T12:00:01Z', { kept: { amount: '7', $exception_types: '["TypeError"]', $exception_values: '', subject: '"Say \\"hi\\"\\n\\\\ \\u00e9"' } }),
    ]);
    expect(page.batch.kept.$pathname).toEqual(['/a', null]);
    expect(page.batch.kept.status).toEqual(['open', null]);
    expect(page.batch.kept.subject).toEqual(['', 'Say "hi"\n\\ é']);
    expect(page.batch.kept.amount).toEqual(['12.5', '7']);
    expect(page.batch.kept.plan).toEqual([null, null]);
    expect(page.batch.kept.$exception_types).toEqual([null, '["TypeError"]']);
    expect(page.batch.kept.$exception_values).toEqual([null, null]);
    expect(Object.keys(page.batch.kept)).toEqual([...KEPT_PROPERTIES]);
  });

  it('keeps the same text whatever form a kept value arrives in: JSON text or an already decoded string', () => {
    expect([keptValue('"a\\"b"'), keptValue('12.5'), keptValue('true'), keptValue('{"a":1}'), keptValue(''), keptValue('null'), keptValue(null)]).toEqual([
      'a"b', '12.5', 'true', '{"a":1}', null, null, null,
    ]);
    // An answer that is not JSON text stays as it came; a non-string JSON value becomes its text.
    expect([keptValue('plain'), keptValue(7), keptValue('"unterminated')]).toEqual(['plain', '7', '"unterminated']);
  });

  it('asks PostHog for every kept property as JSONExtractRaw of the whole properties column, named by its key', () => {
    expect(EVENT_COLUMNS.slice(13)).toEqual([...KEPT_PROPERTIES]);
    const sql = eventPageSql(true, 500);
    expect(sql).toMatch(/^SELECT uuid, event, timestamp, distinct_id, person_id, `\$session_id`, `\$group_0`, .*, elements_chain, properties, /);
    for (const key of KEPT_PROPERTIES) expect(sql).toContain(`JSONExtractRaw(properties, '${key}') AS \`${key}\``);
    expect(sql).not.toContain("properties['");
    expect(sql).toContain('ORDER BY timestamp ASC, uuid ASC LIMIT 500');
    expect(sql).not.toContain('created_at');
    expect(eventPageSql(false, 500, true)).toContain('AND created_at >= toDateTime({ingested_since}) ORDER BY');
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
    expect(() => decodeEventRows(EVENT_COLUMNS.slice(0, 13), [])).toThrow(/expected uuid,event,timestamp/);
  });
});

describe('the event query against the PostHog emulator', () => {
  const END = Date.UTC(2026, 9, 15, 12);
  let dataset: DemoDataset;
  let emulator: Emulator;
  beforeAll(async () => {
    dataset = generateDemoData({ seed: 5, events: 3000, days: 30, end: END });
    emulator = await startEmulator({ dataset, silent: true, rateLimit: false });
  });
  afterAll(() => emulator.close());

  it('returns the kept properties as the extension keeps them: each event has what its properties hold', async () => {
    const connection = { origin: emulator.url, apiKey: DEMO_KEY, fetch: (url: string, init?: RequestInit) => fetch(url, init) };
    const fromMs = END - 30 * 86_400_000;
    const options = { projectId: dataset.project.id, fromMs, toMs: END, pageSize: 50_000, minWindowMs: 60_000, policy: DEFAULT_RETRY_POLICY };
    let state = initialPagerState(fromMs);
    const kept = new Map<string, number>();
    let events = 0;
    for (let done = false; !done; ) {
      const outcome = await fetchEventPage(connection, { ...state, windowSizeMs: 60 * 86_400_000 }, options);
      const { batch } = outcome.page;
      for (let i = 0; i < batch.length; i++) {
        const properties = JSON.parse(batch.properties[i]!) as Record<string, unknown>;
        for (const key of KEPT_PROPERTIES) {
          expect(batch.kept[key]![i]).toBe(keptText(properties[key]));
          if (batch.kept[key]![i] !== null) kept.set(key, (kept.get(key) ?? 0) + 1);
        }
      }
      events += batch.length;
      state = outcome.next;
      done = outcome.done;
    }
    expect(events).toBeGreaterThan(1000);
    // The demo data has URLs, errors in both formats, tickets and payments.
    for (const key of ['$current_url', '$pathname', '$host', '$exception_fingerprint', '$exception_type', 'ticket_id', 'subject', 'status', 'amount']) {
      expect([key, (kept.get(key) ?? 0) > 0]).toEqual([key, true]);
    }
  });
});

describe('file import', () => {
  it('fills the kept properties from the parsed properties, as HogQL would give them', () => {
    const batch = emptyBatch();
    const event = (n: number, properties: unknown) => ({ uuid: `0190ab00-0000-7000-8000-00000000000${n}`, event: 'x', timestamp: '2026-07-01T12:00:00Z', distinct_id: 'd', properties });
    expect(addEventRecord(batch, event(1, { $pathname: '/a', amount: 12, $exception_types: ['E'], status: null, subject: '' }))).toBeNull();
    expect(addEventRecord(batch, event(2, '{"$host":"h","ticket_id":"t1"}'))).toBeNull();
    expect(addEventRecord(batch, event(3, 'not json'))).not.toBeNull();
    expect(addEventRecord(batch, event(4, { constructor: 'c', plan: { tier: 'pro' } }))).toBeNull();
    expect(batch.length).toBe(3);
    expect(batch.kept.$pathname).toEqual(['/a', null, null]);
    expect(batch.kept.amount).toEqual(['12', null, null]);
    expect(batch.kept.$exception_types).toEqual(['["E"]', null, null]);
    expect(batch.kept.status).toEqual([null, null, null]);
    expect(batch.kept.subject).toEqual(['', null, null]);
    expect(batch.kept.$host).toEqual([null, 'h', null]);
    expect(batch.kept.ticket_id).toEqual([null, 't1', null]);
    expect(batch.kept.plan).toEqual([null, null, '{"tier":"pro"}']);
    for (const key of KEPT_PROPERTIES) expect(batch.kept[key]).toHaveLength(3);
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
