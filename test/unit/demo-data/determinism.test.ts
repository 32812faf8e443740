import { describe, expect, it } from 'vitest';
import { generateDemoData, generateDemoStream } from '../../demo-data/generate.ts';
import { eventToJsonLine, groupToJsonLine, personToJsonLine, projectToJson } from '../../demo-data/jsonl.ts';
import type { DemoDataset } from '../../demo-data/types.ts';

/** The dataset exactly as the CLI writes it, so "identical" means byte-identical files. */
function serialise(data: DemoDataset): string {
  return [
    projectToJson(data.project),
    ...data.groups.map(groupToJsonLine),
    ...data.persons.map(personToJsonLine),
    ...data.events.map(eventToJsonLine),
  ].join('\n');
}

describe('demo data determinism', () => {
  const options = { seed: 7, events: 15_000, days: 60 };

  it('gives byte-identical output for the same options', () => {
    expect(serialise(generateDemoData(options))).toBe(serialise(generateDemoData(options)));
  });

  it('gives different output for a different seed', () => {
    const a = generateDemoData(options);
    const b = generateDemoData({ ...options, seed: 8 });
    expect(a.events[0]?.uuid).not.toBe(b.events[0]?.uuid);
    expect(a.persons.map((p) => p.id)).not.toEqual(b.persons.map((p) => p.id));
    expect(a.project.api_token).not.toBe(b.project.api_token);
  });

  it('streams exactly the in-memory dataset, in day batches that tile the period', () => {
    const data = generateDemoData(options);
    const stream = generateDemoStream(options);
    const streamed = [];
    let previousTo = Number.NEGATIVE_INFINITY;
    for (const batch of stream.days()) {
      expect(batch.from).toBeGreaterThanOrEqual(previousTo);
      for (const e of batch.events) {
        expect(e.timestamp).toBeGreaterThanOrEqual(batch.from);
        expect(e.timestamp).toBeLessThan(batch.to);
      }
      previousTo = batch.to;
      streamed.push(...batch.events);
    }
    expect(streamed).toEqual(data.events);
    expect([...stream.persons()]).toEqual(data.persons);
    expect(stream.groups).toEqual(data.groups);
    expect(stream.project).toEqual(data.project);
    expect(stream.personCount).toBe(data.persons.length);
    // A second pass restarts from day 0 and yields the same events.
    let count = 0;
    for (const e of stream.events()) {
      expect(e.uuid).toBe(data.events[count]?.uuid);
      count++;
    }
    expect(count).toBe(data.events.length);
  });

  it('honours end and days, and rejects bad options', () => {
    const end = Date.UTC(2025, 0, 15, 13, 30);
    const data = generateDemoData({ seed: 1, events: 3_000, days: 30, end });
    expect(data.events.length).toBeGreaterThan(0);
    expect(data.events[0]!.timestamp).toBeGreaterThanOrEqual(end - 30 * 86_400_000);
    expect(data.events[data.events.length - 1]!.timestamp).toBeLessThan(end);
    expect(() => generateDemoData({ seed: 1, events: -5 })).toThrow(/events/);
    expect(() => generateDemoData({ seed: 1, events: 10, days: 0 })).toThrow(/days/);
    expect(() => generateDemoData({ seed: Number.NaN, events: 10 })).toThrow(/seed/);
  });
});
