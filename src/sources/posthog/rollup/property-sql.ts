// One property of an event or of its person, read the same way whatever PostHog's storage of the key
// (JSON column, materialized column, property group): `JSONExtractRaw(properties, {key})` is the raw JSON of the
// value on every form (posthog/hogql/functions/clickhouse/json.py), and we decode it ourselves, as the engine
// reads a value (src/core/roles/value-test.ts):
// - missing: no such key ('' from JSONExtractRaw), JSON null ('null'), or no person at all (NULL);
// - text: a JSON string as its decoded text, anything else as its JSON text. ClickHouse re-serialises raw numbers
//   as shortest round-trip text, as JavaScript does, but writes a positive exponent as `1e21` where
//   JSON.stringify writes `1e+21`: the '+' is put back;
// - number (gt/lt): a JSON number, or a string that is plainly a decimal ("12", "-3.5"); else NULL.
import type { HogQLValues } from './hogql-values';

export interface PropertySql {
  missing: string;
  text: string;
  number: string;
}

/** `source` is `properties` (the event's) or `person.properties` (its person's, through PostHog's person join). */
export function propertySql(source: 'properties' | 'person.properties', key: string, values: HogQLValues): PropertySql {
  const keyValue = values.add(key);
  // ifNull: an event without a person reads person.properties as NULL (PostHog's LEFT JOIN); that is missing.
  const raw = source === 'properties' ? `JSONExtractRaw(properties, ${keyValue})` : `ifNull(JSONExtractRaw(person.properties, ${keyValue}), '')`;
  return rawPropertySql(raw);
}

/** The same reading over any raw JSON text of a value. */
export function rawPropertySql(raw: string): PropertySql {
  const isString = `startsWith(${raw}, '"')`;
  const isNumber = `match(${raw}, '^-?[0-9]')`;
  const decoded = `JSONExtractString(${raw})`;
  return {
    missing: `(${raw} IN ('', 'null'))`,
    text: `multiIf(${isString}, ${decoded}, ${isNumber}, replaceRegexpOne(${raw}, 'e([0-9])', 'e+\\\\1'), ${raw})`,
    // The same plain-decimal rule as src/core/config/plain-decimal.ts, written without backslashes.
    number: `multiIf(${isNumber}, toFloat(${raw}), ${isString} AND match(${decoded}, '^-?[0-9]+([.][0-9]+)?$'), toFloat(${decoded}), NULL)`,
  };
}
