// A chunk's times as stored and back, and the size of a dictionary (texts, then UUIDs).
import type { ChunkRecord, DictionaryColumn } from './schema';
import { UUID_BYTES } from './uuid-bytes';

const MAX_GAP = 2 ** 32 - 1;

/** The stored times of a chunk (ChunkRecord.timestamp and timestampHigh). */
export interface StoredTimes {
  timestamp: Float64Array | Uint32Array | Uint16Array;
  timestampHigh?: { rows: Uint16Array | Uint32Array; high: Uint16Array };
}

/**
 * The stored form of ascending times (epoch ms): the gaps between rows, their low 16 bits a row (half of a Uint32,
 * a quarter of a Float64) and the high 16 bits listed for the few rows whose gap is 65.5 s or more. When that list
 * would cost more than 2 bytes a row, 32-bit gaps; when a gap exceeds 32 bits (49 days), the times themselves.
 */
export function encodeTimestamps(times: Float64Array): StoredTimes {
  const n = times.length;
  let large = 0;
  for (let i = 1; i < n; i++) {
    const gap = (times[i] as number) - (times[i - 1] as number);
    if (!(gap >= 0 && gap <= MAX_GAP && Number.isInteger(gap))) return { timestamp: times };
    if (gap > 0xffff) large++;
  }
  if (large * 4 > n * 2) {
    const gaps = new Uint32Array(n);
    for (let i = 1; i < n; i++) gaps[i] = (times[i] as number) - (times[i - 1] as number);
    return { timestamp: gaps };
  }
  const low = new Uint16Array(n);
  const rows = n <= 65_536 ? new Uint16Array(large) : new Uint32Array(large);
  const high = new Uint16Array(large);
  for (let i = 1, j = 0; i < n; i++) {
    const gap = (times[i] as number) - (times[i - 1] as number);
    low[i] = gap & 0xffff;
    if (gap > 0xffff) {
      rows[j] = i;
      high[j++] = gap >>> 16;
    }
  }
  return large > 0 ? { timestamp: low, timestampHigh: { rows, high } } : { timestamp: low };
}

/** Row times (epoch ms) of a chunk, written into `out` at `at` (a new array by default). */
export function chunkTimestamps(chunk: Pick<ChunkRecord, 'count' | 'minTs' | 'timestamp' | 'timestampHigh'>, out = new Float64Array(chunk.count), at = 0): Float64Array {
  const stored = chunk.timestamp;
  if (stored instanceof Float64Array) {
    out.set(stored, at);
    return out;
  }
  let time = chunk.minTs;
  if (stored instanceof Uint32Array) {
    for (let i = 0; i < chunk.count; i++) {
      time += stored[i] as number;
      out[at + i] = time;
    }
    return out;
  }
  const rows = chunk.timestampHigh?.rows;
  const high = chunk.timestampHigh?.high;
  let j = 0;
  let next = rows && rows.length > 0 ? (rows[0] as number) : -1;
  for (let i = 0; i < chunk.count; i++) {
    time += stored[i] as number;
    if (i === next) {
      time += (high![j] as number) * 65_536;
      next = ++j < rows!.length ? (rows![j] as number) : -1;
    }
    out[at + i] = time;
  }
  return out;
}

/** Entries of a chunk's dictionary: its texts ('' at 0 included), then its UUIDs. */
export function dictionarySize(column: Pick<DictionaryColumn, 'values' | 'uuids'>): number {
  return column.values.length + (column.uuids ? column.uuids.length / UUID_BYTES : 0);
}
