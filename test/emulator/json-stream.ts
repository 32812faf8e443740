// JSON written piece by piece, so that a 50,000-row answer goes out in small strings instead of one of 40 MB
// (big strings land in V8's old space and make every later garbage collection slow on a large data set).
import { ResultRows } from './clickhouse/result-rows.ts';

/** Rows per JSON.stringify call: big enough to keep the native serialiser busy, small enough to stay young. */
const ROWS_PER_CHUNK = 500;

export function* jsonChunks(value: unknown): Generator<string> {
  if (value instanceof ResultRows) {
    yield '[';
    for (let start = 0; start < value.length; start += ROWS_PER_CHUNK) {
      const batch = [];
      for (let i = start; i < Math.min(start + ROWS_PER_CHUNK, value.length); i++) batch.push(value.row(i));
      yield (start > 0 ? ',' : '') + JSON.stringify(batch).slice(1, -1);
    }
    yield ']';
    return;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    yield '{';
    let first = true;
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      yield `${first ? '' : ','}${JSON.stringify(key)}:`;
      first = false;
      yield* jsonChunks(item);
    }
    yield '}';
    return;
  }
  yield JSON.stringify(value) ?? 'null';
}
