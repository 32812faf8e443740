import { describe, expect, it } from 'vitest';
import { DEFAULT_DAYS, DEFAULT_END } from '../../demo-data/generate.ts';
import { eventToJsonLine, iso, parseEventLine } from '../../demo-data/jsonl.ts';
import { UUID_PATTERN } from '../../demo-data/uuid.ts';
import { personlessPersonId } from '../../demo-data/personless.ts';
import { PROJECT_ID } from '../../demo-data/project.ts';

/** A personless event's person_id: a version-5 UUID (PostHog derives it from the team and distinct id). */
const PERSONLESS_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
import { DAY, dataset } from './fixtures.ts';

describe('demo data event stream shape', () => {
  it.each([10_000, 100_000])('produces within a few percent of %i requested events', (events) => {
    const data = dataset({ seed: 42, events });
    expect(Math.abs(data.events.length / events - 1)).toBeLessThan(0.05);
  });

  const data = dataset({ seed: 42, events: 100_000 });
  const start = DEFAULT_END - DEFAULT_DAYS * DAY;

  // Checks below collect violations in plain loops: an `expect` per event would dominate the run time.
  it('is sorted by (timestamp, uuid) with unique, well-formed uuids', () => {
    const outOfOrder: number[] = [];
    for (let i = 1; i < data.events.length; i++) {
      const a = data.events[i - 1]!;
      const b = data.events[i]!;
      if (!(a.timestamp < b.timestamp || (a.timestamp === b.timestamp && a.uuid < b.uuid))) outOfOrder.push(i);
    }
    expect(outOfOrder).toEqual([]);
    expect(new Set(data.events.map((e) => e.uuid)).size).toBe(data.events.length);
    expect(data.events.filter((e) => !UUID_PATTERN.test(e.uuid))).toEqual([]);
    expect(data.persons.filter((p) => !UUID_PATTERN.test(p.id))).toEqual([]);
  });

  it('keeps every event inside [end − days, end) with integer millisecond timestamps', () => {
    expect(data.events[0]!.timestamp).toBeGreaterThanOrEqual(start);
    expect(data.events[data.events.length - 1]!.timestamp).toBeLessThan(DEFAULT_END);
    expect(data.events.every((e) => Number.isInteger(e.timestamp))).toBe(true);
  });

  it('fills the PostHog columns consistently with the properties', () => {
    const bad = data.events.filter((e) => {
      const groups = e.properties.$groups as { company?: string } | undefined;
      return (
        e.$session_id !== ((e.properties.$session_id as string | undefined) ?? '') ||
        e.$group_0 !== (groups?.company ?? '') ||
        e.$group_1 + e.$group_2 + e.$group_3 + e.$group_4 !== '' ||
        !(UUID_PATTERN.test(e.person_id ?? '') || PERSONLESS_PATTERN.test(e.person_id ?? '')) ||
        typeof e.elements_chain !== 'string'
      );
    });
    expect(bad).toEqual([]);
  });

  it('starts a new session after 30 idle minutes, never inside one', () => {
    const lastSeen = new Map<string, number>();
    const longGaps: string[] = [];
    for (const e of data.events) {
      if (!e.$session_id) continue;
      const last = lastSeen.get(e.$session_id);
      if (last !== undefined && e.timestamp - last >= 30 * 60_000) longGaps.push(e.uuid);
      lastSeen.set(e.$session_id, e.timestamp);
    }
    expect(longGaps).toEqual([]);
    expect(lastSeen.size).toBeGreaterThan(1000);
  });

  it('serialises events as PostHog JSON lines with ISO UTC millisecond timestamps', () => {
    for (const e of data.events.slice(0, 500)) {
      const line = eventToJsonLine(e);
      const parsed = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(parsed)).toEqual([
        'uuid', 'event', 'timestamp', 'distinct_id', 'person_id', 'properties', 'elements_chain',
        '$session_id', '$group_0', '$group_1', '$group_2', '$group_3', '$group_4',
      ]);
      expect(parsed.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(parseEventLine(line)).toEqual(e);
    }
    for (const t of [0, 999, 59_999, Date.UTC(2026, 2, 29, 1, 0, 0, 7), DEFAULT_END - 1]) {
      expect(iso(t)).toBe(new Date(t).toISOString());
    }
  });

  it("gives personless visitors' events PostHog's v5 person id of (team, distinct id), which no persons row has", () => {
    const personIds = new Set(data.persons.map((p) => p.id));
    const personless = data.events.filter((e) => PERSONLESS_PATTERN.test(e.person_id ?? ''));
    expect(personless.length).toBeGreaterThan(100);
    expect(personless.filter((e) => personIds.has(e.person_id!) || e.person_id !== personlessPersonId(PROJECT_ID, e.distinct_id))).toEqual([]);
    // Python's uuid.uuid5(UUID('932979b4-65c3-4424-8467-0b66ec27bc22'), '2:anon-1'), as PostHog computes it.
    expect(personlessPersonId(2, 'anon-1')).toBe('21085864-97d0-5278-8829-a8b3a9377c9f');
  });
});
