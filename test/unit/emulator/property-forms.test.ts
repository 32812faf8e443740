// Each property form (EmulatorOptions.propertyForms) prints `properties['k']` as PostHog does for it and gives
// PostHog's form-specific value, while JSONExtractRaw(properties, 'k') reads the JSON column the same in all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PropertyForm } from '../../emulator/clickhouse/property-forms.ts';
import { startEmulator, type Emulator } from '../../emulator/server.ts';
import { DST_DAY_START, makeDataset, makeEvent, queryRows, uuidFor } from './fixtures.ts';

const TRICKY = 'say "hi"\\ok\nnext';
const FORMS: Record<string, PropertyForm> = { j: 'json', m: 'materialized', g: 'group', n: 'numeric', b: 'boolean', d: 'datetime' };

describe('property forms', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    const dataset = makeDataset(0);
    dataset.events = [
      makeEvent({ uuid: uuidFor(1), timestamp: DST_DAY_START, properties: { j: TRICKY, m: TRICKY, g: TRICKY, n: '12.5', b: true, d: '2026-03-29T10:00:00Z' } }),
      makeEvent({ uuid: uuidFor(2), timestamp: DST_DAY_START + 1000, properties: { j: 7, m: 7, g: 7, n: 'x', b: 'false' } }),
    ];
    emulator = await startEmulator({ dataset, silent: true, propertyForms: { keys: FORMS } });
  });
  afterAll(() => emulator.close());

  const select = async (expr: (key: string) => string) => {
    const keys = Object.keys(FORMS);
    const body = await queryRows(emulator, `SELECT ${keys.map(expr).join(', ')} FROM events ORDER BY timestamp`);
    return { rows: body.results, clickhouse: body.clickhouse as string, types: body.types.map((pair) => pair[1]) };
  };

  it('reads the JSON column alike whatever the form', async () => {
    const raw = await select((key) => `JSONExtractRaw(properties, '${key}')`);
    expect(raw.rows[0]!.slice(0, 3)).toEqual(Array(3).fill(JSON.stringify(TRICKY)));
    expect(raw.rows[1]!.slice(0, 3)).toEqual(['7', '7', '7']);
    expect(raw.rows[0]!.slice(3)).toEqual(['"12.5"', 'true', '"2026-03-29T10:00:00Z"']);
  });

  it("prints and answers properties['k'] per form, as PostHog does", async () => {
    const read = await select((key) => `properties['${key}']`);
    expect(read.clickhouse).toContain(`replaceRegexpAll(nullIf(nullIf(JSONExtractRaw(events.properties, 'j'), ''), 'null'), '^"|"$', '')`);
    expect(read.clickhouse).toContain('events.mat_m,');
    expect(read.clickhouse).toContain(`has(events.properties_group_custom, 'g') ? events.properties_group_custom['g'] : null`);
    expect(read.clickhouse).toContain(`accurateCastOrNull(replaceRegexpAll(nullIf(nullIf(JSONExtractRaw(events.properties, 'n')`);
    expect(read.clickhouse).toContain(`toBool(transform(toString(replaceRegexpAll(nullIf(nullIf(JSONExtractRaw(events.properties, 'b')`);
    expect(read.clickhouse).toContain(`parseDateTime64BestEffortOrNull(replaceRegexpAll(nullIf(nullIf(JSONExtractRaw(events.properties, 'd'), ''), 'null'), '^"|"$', ''), 6, 'Europe/Berlin')`);
    // JSON keeps the string's JSON escapes; the materialized column and the group map hold it decoded.
    expect(read.rows[0]).toEqual(['say \\"hi\\"\\\\ok\\nnext', TRICKY, TRICKY, 12.5, true, '2026-03-29T12:00:00+02:00']);
    expect(read.rows[1]).toEqual(['7', '7', '7', null, false, null]);
    expect(read.types).toEqual(['Nullable(String)', 'Nullable(String)', 'Nullable(String)', 'Nullable(Float64)', 'Nullable(Bool)', "Nullable(DateTime64(6, 'Europe/Berlin'))"]);
  });

  it('compares group-form properties through the map, as PostHog does for its skip indexes', async () => {
    const body = await queryRows(emulator, "SELECT count() FROM events WHERE properties.g = '7' AND properties.g IS NOT NULL");
    expect(body.results).toEqual([[1]]);
    expect(body.clickhouse).toContain(`equals(events.properties_group_custom['g'], '7'), has(events.properties_group_custom, 'g')`);
  });
});
