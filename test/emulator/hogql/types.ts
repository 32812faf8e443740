// Values and their static types. Every compiled expression knows its ClickHouse type, which the response
// reports in `types` and which decides how a value is compared and written out.
//
// At run time a DateTime is a plain number (epoch microseconds); its type tells it apart from a number.

export type Value = string | number | boolean | null | Value[];

export type TypeKind = 'string' | 'uuid' | 'datetime' | 'integer' | 'float' | 'bool' | 'nothing' | 'interval' | 'tuple';

export interface HogType {
  kind: TypeKind;
  nullable: boolean;
  /** As ClickHouse names it, e.g. `DateTime64(6, 'Europe/Berlin')`, `Nullable(String)`, `UInt64`. */
  clickhouse: string;
  /** For datetimes: the timezone values are written in. */
  zone?: string;
}

function type(kind: TypeKind, clickhouse: string, nullable = false): HogType {
  return { kind, nullable, clickhouse: nullable ? `Nullable(${clickhouse})` : clickhouse };
}

export const STRING = type('string', 'String');
/** What `properties.$foo` is: JSON extraction gives null when the key is missing. */
export const NULLABLE_STRING = type('string', 'String', true);
export const UUID = type('uuid', 'UUID');
export const UINT8 = type('integer', 'UInt8');
export const INT8 = type('integer', 'Int8');
export const UINT64 = type('integer', 'UInt64');
export const INT64 = type('integer', 'Int64');
export const FLOAT64 = type('float', 'Float64');
export const BOOL = type('bool', 'Bool');
export const NOTHING = type('nothing', 'Nothing', true);
export const INTERVAL = type('interval', 'IntervalSecond');
export const TUPLE = type('tuple', 'Tuple');

export function dateTime(precision: number, zone: string): HogType {
  return { ...type('datetime', `DateTime64(${precision}, '${zone}')`), zone };
}

export function nullable(base: HogType): HogType {
  return base.nullable ? base : { ...base, nullable: true, clickhouse: `Nullable(${base.clickhouse})` };
}

/** The smallest ClickHouse integer type holding a literal, as ClickHouse infers it. */
export function literalType(value: number): HogType {
  if (!Number.isInteger(value)) return FLOAT64;
  if (value >= 0) {
    if (value < 2 ** 8) return UINT8;
    if (value < 2 ** 16) return type('integer', 'UInt16');
    if (value < 2 ** 32) return type('integer', 'UInt32');
    return UINT64;
  }
  if (value >= -(2 ** 7)) return INT8;
  if (value >= -(2 ** 15)) return type('integer', 'Int16');
  if (value >= -(2 ** 31)) return type('integer', 'Int32');
  return type('integer', 'Int64');
}

export function isNumeric(t: HogType): boolean {
  return t.kind === 'integer' || t.kind === 'float' || t.kind === 'bool';
}

/** SQL truth: null stays unknown (null), numbers are true when non-zero. */
export function truth(value: Value): boolean | null {
  if (value === null) return null;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return value !== '';
  return value.length > 0;
}
