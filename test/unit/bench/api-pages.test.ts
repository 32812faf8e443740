import { describe, expect, it } from 'vitest';
import { buildApiPages } from '../../bench/api-pages';
import { KEPT_PROPERTIES, keptText } from '../../../src/core/events/kept-properties';
import { decodeEventRows, EVENT_COLUMNS } from '../../../src/sources/posthog/event-rows';
import { generateDemoStream } from '../../demo-data/generate';

describe('bench API pages', () => {
  const pages = buildApiPages({ seed: 3, events: 3_000, days: 30, rowsPerPage: 1_000 });
  const parsed = pages.texts.map((text) => JSON.parse(text.toString('utf8')) as { columns: string[]; results: unknown[][] });

  it('splits the events into pages of the given size, in stream order', () => {
    expect(parsed.length).toBe(Math.ceil(pages.events / 1_000));
    expect(parsed.slice(0, -1).every((page) => page.results.length === 1_000)).toBe(true);
    expect(parsed.reduce((sum, page) => sum + page.results.length, 0)).toBe(pages.events);
    expect(pages.bytes).toBe(pages.texts.reduce((sum, text) => sum + text.length, 0));
  });

  it('writes rows as PostHog does: zone-offset timestamps with microseconds, properties as JSON text, empty strings', () => {
    const rows = parsed.flatMap((page) => page.results);
    for (const page of parsed) expect(page.columns).toEqual([...EVENT_COLUMNS]);
    const timestamps = rows.map((row) => row[2] as string);
    expect(timestamps.every((ts) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?[+-]0[12]:00$/.test(ts))).toBe(true);
    expect(timestamps.some((ts) => /\.\d{6}\+0[12]:00$/.test(ts))).toBe(true);
    expect(rows.every((row) => typeof row[12] === 'string' && typeof JSON.parse(row[12] as string) === 'object')).toBe(true);
    expect(rows.some((row) => row[5] === '')).toBe(true);
    expect(rows.every((row) => [5, 6, 7, 8, 9, 10].every((k) => typeof row[k] === 'string'))).toBe(true);
  });

  it('decodes back to the generated events', () => {
    const events = [...generateDemoStream({ seed: 3, events: 3_000, days: 30 }).events()];
    let at = 0;
    for (const page of parsed) {
      const { batch, malformed } = decodeEventRows(page.columns, page.results);
      expect(malformed.count).toBe(0);
      for (let i = 0; i < batch.length; i++, at++) {
        const event = events[at]!;
        expect(batch.uuid[i]).toBe(event.uuid);
        expect(batch.timestamp[i]).toBe(event.timestamp);
        expect(batch.sessionId[i]).toBe(event.$session_id || null);
        expect(JSON.parse(batch.properties[i]!)).toEqual(event.properties);
        for (const key of KEPT_PROPERTIES) expect(batch.kept[key]![i]).toBe(keptText(event.properties[key]));
      }
    }
    expect(at).toBe(events.length);
  });
});
