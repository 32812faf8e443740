// What compiling an expression yields: a closure plus what the executor needs to know about it.
import type { Expr } from './ast.ts';
import type { QueryData, Table } from './tables.ts';
import type { TimeBounds } from './time-range.ts';
import type { HogType, Value } from './types.ts';

export interface Compiled {
  type: HogType;
  /** Reads one row (row scope) or one group's rows, an array (group scope). */
  evaluate: (input: unknown) => Value;
  /** Refers to no column and no aggregate, so it was evaluated once, at compile time. */
  constant: boolean;
  /** It is events.timestamp itself. */
  isEventTimestamp?: boolean;
  /** It is events.uuid itself. */
  isEventUuid?: boolean;
  /** For a condition: every events row it can be true for lies within these timestamp bounds. */
  bounds?: TimeBounds;
}

export interface Scope {
  table: Table;
  tableAlias?: string;
  /** SELECT aliases, usable anywhere in the query as in ClickHouse. */
  aliases: ReadonlyMap<string, Expr>;
  data: QueryData;
  /** 'group': evaluate over a group's rows; plain columns must then be GROUP BY keys. */
  mode: 'row' | 'group';
  /** The printed GROUP BY expressions (aliases replaced). */
  groupKeys: ReadonlySet<string>;
}

export function constant(type: HogType, value: Value): Compiled {
  return { type, evaluate: () => value, constant: true };
}

/** Evaluates a constant-only expression once, so that `now() - INTERVAL 7 DAY` costs nothing per row. */
export function folded(compiled: Compiled): Compiled {
  if (!compiled.constant) return compiled;
  return { ...compiled, ...constant(compiled.type, compiled.evaluate(undefined)) };
}
