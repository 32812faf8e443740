// Result rows written out on demand: ClickHouse's JSONCompact rows are kept as parsed, and each row's datetimes
// are rewritten when the response is serialised, so a 50,000-row page never exists twice in memory.
// Datetimes: ClickHouse writes them in UTC ISO 8601 (the session's date_time_output_format), the answer gives
// them in the column's timezone as PostHog does (ISO 8601, microseconds, `Z` for UTC, else `+02:00`).
import { UTC, timezone, type Timezone } from '../timezone.ts';

type Value = unknown;

const DATETIME_TYPE = /^(?:Nullable\()?DateTime(?:64)?\((?:\d+)?(?:,\s*)?(?:'([^']+)')?\)\)?$|^(?:Nullable\()?DateTime(?:64)?\)?$/;

/** How a value of a ClickHouse type goes out, or undefined when it goes out as it is. */
export function formatterFor(type: string): ((value: Value) => Value) | undefined {
  const match = DATETIME_TYPE.exec(type);
  if (!match) return undefined;
  const zone: Timezone = timezone(match[1] ?? 'UTC');
  return (value) => {
    if (typeof value !== 'string') return value;
    const micros = UTC.parseMicros(value);
    return micros === null ? value : zone.formatMicros(micros);
  };
}

export class ResultRows {
  private readonly formats: (((value: Value) => Value) | undefined)[];

  constructor(
    private readonly rows: readonly Value[][],
    types: readonly string[],
  ) {
    this.formats = types.map(formatterFor);
  }

  get length(): number {
    return this.rows.length;
  }

  row(index: number): Value[] {
    const source = this.rows[index] as Value[];
    if (!this.formats.some(Boolean)) return source;
    return source.map((value, i) => {
      const format = this.formats[i];
      return format ? format(value) : value;
    });
  }

  toArray(): Value[][] {
    return this.rows.map((_, i) => this.row(i));
  }

  /** Serialised as a plain array when something calls JSON.stringify on it. */
  toJSON(): Value[][] {
    return this.toArray();
  }
}
