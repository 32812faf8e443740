// Result rows made on demand: a query keeps only the matched rows and its compiled SELECT list, and each
// output row is projected and formatted when the response is written. A 50,000-row page of events then never
// exists as one big array of strings, which keeps memory and garbage collection low on million-event data.
import type { Compiled } from './compiled.ts';
import { timezone } from '../timezone.ts';
import type { HogType, Value } from './types.ts';

export class ResultRows {
  /** Per column: how to write a value out, or undefined when it goes out as it is. */
  private readonly formats: (((value: Value) => Value) | undefined)[];

  /** @param sources rows (plain queries) or groups of rows (aggregations), as the SELECT list reads them. */
  constructor(
    private readonly sources: readonly unknown[],
    private readonly selects: readonly Compiled[],
  ) {
    this.formats = selects.map((select) => formatterFor(select.type));
  }

  get length(): number {
    return this.sources.length;
  }

  row(index: number): Value[] {
    const source = this.sources[index];
    const count = this.selects.length;
    const row: Value[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const value = (this.selects[i] as Compiled).evaluate(source);
      const format = this.formats[i];
      row[i] = format ? format(value) : value;
    }
    return row;
  }

  toArray(): Value[][] {
    return this.sources.map((_, i) => this.row(i));
  }

  /** Serialised as a plain array when something calls JSON.stringify on it. */
  toJSON(): Value[][] {
    return this.toArray();
  }
}

/** Values as the JSON response carries them: datetimes as ISO strings in their zone, conditions as 0/1. */
function formatterFor(type: HogType): ((value: Value) => Value) | undefined {
  if (type.kind === 'datetime') {
    const zone = timezone(type.zone ?? 'UTC');
    return (value) => (typeof value === 'number' ? zone.formatMicros(value) : value);
  }
  if (type.kind === 'integer') return (value) => (typeof value === 'boolean' ? (value ? 1 : 0) : value);
  return undefined;
}
