import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/server.ts';
import { timezone } from '../../emulator/timezone.ts';
import { DST_DAY_START, makeEvent, postQuery, queryRows, startTestEmulator, uuidFor } from './fixtures.ts';

const HOUR = 3_600_000;

describe('emulator /query/: timestamps in a DST timezone (Europe/Berlin)', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.close());

  const count = async (where: string, values?: Record<string, unknown>) =>
    (await queryRows(emulator, `SELECT count() FROM events WHERE ${where}`, values)).results[0]?.[0];

  it('reads a naive string in the project timezone, and toDateTime() of a string with Z or an offset as absolute', async () => {
    // Ten slots of three events, 20 min apart from 00:00:00.123 local (+01:00); clocks jump 02:00 → 03:00.
    // Naive '03:00' local is 01:00Z: the six slots 00:00–01:40 local come before it.
    expect(await count("timestamp < '2026-03-29 03:00:00'")).toBe(6 * 3);
    expect(await count('timestamp < {t}', { t: '2026-03-29 03:00:00' })).toBe(6 * 3);
    // ClickHouse converts a bare string to the column's DateTime64 with its plain parser, which refuses an
    // offset; toDateTime() (parseDateTime64BestEffort) reads one.
    expect(await count("timestamp < toDateTime('2026-03-29T03:00:00+02:00')")).toBe(6 * 3);
    // '03:00Z' is 05:00 local: after every slot.
    expect(await count("timestamp < toDateTime('2026-03-29T03:00:00Z')")).toBe(10 * 3);
    expect((await postQuery(emulator, "SELECT count() FROM events WHERE timestamp < '2026-03-29T03:00:00Z'")).status).toBe(400);
  });

  it('compares at microsecond precision, so a returned timestamp equals its event', async () => {
    expect(await count("timestamp = '2026-03-29 00:00:00.123'")).toBe(3);
    expect(await count("timestamp = '2026-03-29 00:00:00.123000'")).toBe(3);
    expect(await count("timestamp = '2026-03-29 00:00:00.123001'")).toBe(0);
    expect(await count("timestamp > '2026-03-29 00:00:00.122999' AND timestamp < toDateTime('2026-03-29T00:00:00.123001+01:00')")).toBe(3);
  });

  it('supports toDateTime() and now() - INTERVAL', async () => {
    expect(await count("timestamp >= toDateTime('2026-03-29 04:00:00')")).toBe(3);
    expect(await count("timestamp >= toDateTime('2026-03-29 02:00:00', 'UTC')")).toBe(3);
    const recent = { uuid: uuidFor(999), timestamp: Date.now() - 2 * HOUR };
    emulator.appendEvents([makeEvent(recent)]);
    expect(await count('timestamp > now() - INTERVAL 1 DAY')).toBe(1);
    expect(await count('timestamp > now() - INTERVAL 90 MINUTE')).toBe(0);
    expect(await count('timestamp <= now() - INTERVAL 2 HOUR')).toBe(1 + (Date.now() - 2 * HOUR > DST_DAY_START ? 30 : 0));
  });

  it('writes datetimes with microseconds, the zone offset, and Z for UTC', async () => {
    const body = await queryRows(emulator, "SELECT timestamp, toDateTime('2026-07-01 12:00:00.5', 'UTC') FROM events WHERE timestamp < '2026-04-01' ORDER BY timestamp DESC LIMIT 1");
    expect(body.results[0]).toEqual(['2026-03-29T04:00:00.123000+02:00', '2026-07-01T12:00:00.500000Z']);
    expect(body.types[1]).toEqual(["toDateTime('2026-07-01 12:00:00.5', 'UTC')", "DateTime64(6, 'UTC')"]);
  });

  it('rejects a datetime string it cannot read', async () => {
    const response = await fetch(`${emulator.url}/api/projects/1/query/`, {
      method: 'POST',
      headers: { Authorization: 'Bearer phx_demo_emulator_read_key_0000000000000000000' },
      body: JSON.stringify({ query: { kind: 'HogQLQuery', query: "SELECT count() FROM events WHERE timestamp > 'yesterday'" } }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ type: 'validation_error', code: 'hogql_query_error' });
  });
});

describe('Timezone', () => {
  const berlin = timezone('Europe/Berlin');

  it('formats as PostHog renders datetimes: fraction only when non-zero, Z for a zero offset', () => {
    expect(berlin.formatMillis(DST_DAY_START + 2 * HOUR)).toBe('2026-03-29T03:00:00+02:00');
    expect(berlin.formatMicros((DST_DAY_START + 2 * HOUR) * 1000 + 7)).toBe('2026-03-29T03:00:00.000007+02:00');
    expect(timezone('UTC').formatMillis(Date.UTC(2024, 4, 1, 9, 59, 58, 611))).toBe('2024-05-01T09:59:58.611000Z');
    expect(timezone('America/St_Johns').formatMillis(Date.UTC(2026, 0, 1))).toBe('2025-12-31T20:30:00-03:30');
  });

  it('parses naive strings as wall-clock time there, across the DST jump', () => {
    expect(berlin.parseMicros('2026-03-29 01:59:59')).toBe((DST_DAY_START + 2 * HOUR - 1000) * 1000);
    expect(berlin.parseMicros('2026-03-29 03:00:00')).toBe((DST_DAY_START + 2 * HOUR) * 1000);
    expect(berlin.parseMicros('2026-03-29T03:00:00.1234567Z')).toBe(Date.UTC(2026, 2, 29, 3) * 1000 + 123_456);
    expect(berlin.parseMicros('2026-03-29')).toBe(DST_DAY_START * 1000);
    expect(berlin.parseMicros('2026-02-30 00:00:00')).toBeNull();
    expect(berlin.parseMicros('not a date')).toBeNull();
  });
});
