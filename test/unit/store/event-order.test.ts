import { describe, expect, it } from 'vitest';
import { firstRowAtOrAfter, sortRowsByTimeAndUuid } from '../../../src/store/event-order';
import { compareUuidRows, formatUuid, UUID_BYTES, writeUuidBytes } from '../../../src/store/uuid-bytes';
import { UuidSet } from '../../../src/store/uuid-set';

// A small deterministic generator, so a failure can be replayed.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function randomUuids(count: number, next: () => number): Uint8Array {
  const bytes = new Uint8Array(count * UUID_BYTES);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(next() * 256);
  return bytes;
}

function referenceOrder(timestamp: Float64Array, uuid: Uint8Array): number[] {
  return Array.from(timestamp.keys()).sort((a, b) => (timestamp[a] as number) - (timestamp[b] as number) || compareUuidRows(uuid, a, b));
}

describe('uuid bytes', () => {
  it('parses canonical and undashed text in any case and formats it back', () => {
    const bytes = new Uint8Array(32);
    writeUuidBytes('0190A1B2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', bytes, 0);
    writeUuidBytes('0190a1b2c3d47e5f8a9b0c1d2e3f4a5b', bytes, 16);
    expect(formatUuid(bytes, 0)).toBe('0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b');
    expect(formatUuid(bytes, 16)).toBe('0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b');
  });

  it('refuses text that is not a UUID', () => {
    const bytes = new Uint8Array(16);
    for (const bad of ['', 'not-a-uuid', '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5g', '0190a1b2xc3d4-7e5f-8a9b-0c1d2e3f4a5b', '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5ب']) {
      expect(() => writeUuidBytes(bad, bytes, 0)).toThrow(TypeError);
    }
  });
});

describe('UuidSet', () => {
  it('answers membership exactly while growing far past its first capacity', () => {
    const next = random(7);
    const uuids = randomUuids(20_000, next);
    const set = new UuidSet(10);
    let added = 0;
    let found = 0;
    for (let row = 0; row < 10_000; row++) added += set.add(uuids, row) ? 1 : 0;
    for (let row = 0; row < 20_000; row++) found += set.has(uuids, row) ? 1 : 0;
    expect([added, set.size, found]).toEqual([10_000, 10_000, 10_000]);
    expect(set.has(uuids, 15_000)).toBe(false);
    expect(set.add(uuids, 5)).toBe(false);
  });

  it('tells apart UUIDs that differ in one byte, including the nil UUID', () => {
    const uuids = new Uint8Array(16 * 17);
    for (let b = 0; b < 16; b++) uuids[(b + 1) * 16 + b] = 1;
    const set = new UuidSet();
    set.addAll(uuids);
    expect(set.size).toBe(17);
  });
});

describe('sortRowsByTimeAndUuid', () => {
  it.each([
    ['random times (radix sort)', 50_000, (n: () => number) => Math.floor(n() * 180 * 86_400_000)],
    ['few distinct times (long equal runs)', 5_000, (n: () => number) => Math.floor(n() * 3)],
    ['small input (comparator sort)', 40, (n: () => number) => Math.floor(n() * 1000)],
    ['fractional ms (comparator fallback)', 2_000, (n: () => number) => n() * 1000],
  ])('matches a comparator sort: %s', (_name, count, time) => {
    const next = random(count);
    const timestamp = Float64Array.from({ length: count }, () => 1.7e12 + time(next));
    const uuid = randomUuids(count, next);
    const order = Uint32Array.from({ length: count }, (_, k) => k);
    sortRowsByTimeAndUuid(order, timestamp, uuid);
    expect(Array.from(order)).toEqual(referenceOrder(timestamp, uuid));
  });

  it('fixes only equal-time runs when rows come in time order', () => {
    const timestamp = Float64Array.from([1, 2, 2, 2, 3]);
    const uuid = new Uint8Array(5 * 16);
    [0, 9, 5, 7, 0].forEach((first, row) => (uuid[row * 16] = first));
    const order = Uint32Array.from([0, 1, 2, 3, 4]);
    sortRowsByTimeAndUuid(order, timestamp, uuid);
    expect(Array.from(order)).toEqual([0, 2, 3, 1, 4]);
  });

  it('finds the first row at or after a time', () => {
    const timestamp = Float64Array.from([1, 3, 3, 5]);
    expect([0, 1, 2, 3, 4, 5, 6].map((ms) => firstRowAtOrAfter(timestamp, ms))).toEqual([0, 0, 1, 1, 3, 3, 4]);
  });
});
