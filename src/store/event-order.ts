// The one order of stored events: by timestamp, then by UUID bytes. Sorting a million rows with a comparator
// takes ~0.5 s, so rows already in time order (every sync page) only get their equal-timestamp runs fixed, and
// other rows get an LSD radix sort on the integer milliseconds first.
import { compareUuidRows } from './uuid-bytes';

const DIGIT_BITS = 16;
const DIGITS = 1 << DIGIT_BITS;
const SMALL = 64;
const TWO_32 = 2 ** 32;

/** Sorts `order` (row ids into `timestamp` and `uuid`) in place by (timestamp, uuid). */
export function sortRowsByTimeAndUuid(order: Uint32Array, timestamp: Float64Array, uuid: Uint8Array): void {
  const n = order.length;
  if (n < 2) return;
  const byTimeAndUuid = (a: number, b: number): number => (timestamp[a] as number) - (timestamp[b] as number) || compareUuidRows(uuid, a, b);
  if (!isInTimeOrder(order, timestamp)) {
    if (n <= SMALL || !radixSortByTime(order, timestamp)) {
      order.sort(byTimeAndUuid);
      return;
    }
  }
  // Rows in time order: sort each run of equal timestamps by UUID.
  for (let start = 0; start < n; ) {
    const ts = timestamp[order[start] as number] as number;
    let end = start + 1;
    while (end < n && timestamp[order[end] as number] === ts) end++;
    if (end - start > 1) order.subarray(start, end).sort(byTimeAndUuid);
    start = end;
  }
}

function isInTimeOrder(order: Uint32Array, timestamp: Float64Array): boolean {
  let previous = timestamp[order[0] as number] as number;
  for (let k = 1; k < order.length; k++) {
    const ts = timestamp[order[k] as number] as number;
    if (!(ts >= previous)) return false;
    previous = ts;
  }
  return true;
}

/** Stable sort of `order` by timestamp, 16 bits per pass; false (order untouched) unless all are integer ms. */
function radixSortByTime(order: Uint32Array, timestamp: Float64Array): boolean {
  const n = order.length;
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < n; k++) {
    const ts = timestamp[order[k] as number] as number;
    if (!Number.isInteger(ts)) return false;
    if (ts < min) min = ts;
    if (ts > max) max = ts;
  }
  // Keys relative to the minimum fit in 53 bits; split into low and high 32-bit words.
  let keyLo = new Uint32Array(n);
  let keyHi = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const key = (timestamp[order[k] as number] as number) - min;
    keyLo[k] = key >>> 0;
    keyHi[k] = Math.floor(key / TWO_32);
  }
  let rows = order.slice();
  let nextRows = new Uint32Array(n);
  let nextLo = new Uint32Array(n);
  let nextHi = new Uint32Array(n);
  const counts = new Uint32Array(DIGITS);
  const range = max - min;
  for (let pass = 0; pass < 4 && range >= 2 ** (DIGIT_BITS * pass); pass++) {
    const source = pass < 2 ? keyLo : keyHi;
    const shift = (pass % 2) * DIGIT_BITS;
    counts.fill(0);
    for (let k = 0; k < n; k++) {
      const digit = ((source[k] as number) >>> shift) & (DIGITS - 1);
      counts[digit] = (counts[digit] as number) + 1;
    }
    let sum = 0;
    for (let d = 0; d < DIGITS; d++) {
      const c = counts[d] as number;
      counts[d] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const digit = ((source[k] as number) >>> shift) & (DIGITS - 1);
      const to = counts[digit] as number;
      counts[digit] = to + 1;
      nextRows[to] = rows[k] as number;
      nextLo[to] = keyLo[k] as number;
      nextHi[to] = keyHi[k] as number;
    }
    [rows, nextRows] = [nextRows, rows];
    [keyLo, nextLo] = [nextLo, keyLo];
    [keyHi, nextHi] = [nextHi, keyHi];
  }
  order.set(rows);
  return true;
}

/** First row whose timestamp is ≥ ms (rows are in time order); count when there is none. */
export function firstRowAtOrAfter(timestamp: Float64Array, ms: number): number {
  let lo = 0;
  let hi = timestamp.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((timestamp[mid] as number) < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
