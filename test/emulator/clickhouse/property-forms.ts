// How `properties.k` / `properties['k']` on events is printed, per key, as PostHog prints it
// (posthog/hogql/printer.py visit_property_type, transforms/property_types.py):
// - json: read from the JSON column, `replaceRegexpAll(nullIf(nullIf(JSONExtractRaw(events.properties, 'k'), ''),
//   'null'), '^"|"$', '')`: a string loses its quotes but keeps its JSON escapes (`a\"b`), other JSON is its text;
// - materialized: a nullable materialized column `mat_k` holding the decoded string (JSONExtract(…,
//   'Nullable(String)')), printed bare, as PostHog prints a nullable materialized column;
// - group: the custom property group map, `has(events.properties_group_custom, 'k') ?
//   events.properties_group_custom['k'] : null` (decoded strings: JSONExtractKeysAndValues(…, 'String'));
// - numeric / boolean / datetime: a key typed in the property definitions, read from the JSON and converted as
//   PostHog's PropertySwapper converts it: toFloat → accurateCastOrNull(…, 'Float64'), Boolean →
//   toBool(transform(toString(…), ['true', 'false'], [1, 0], NULL)), DateTime → parseDateTime64BestEffortOrNull(…,
//   6, project tz).
// Whatever the form, `properties` itself is the JSON column, so JSONExtractRaw(properties, 'k') reads the same.
import { escapeIdentifier, escapeString } from './escape.ts';

export type StorageForm = 'json' | 'materialized' | 'group';
export type PropertyForm = StorageForm | 'numeric' | 'boolean' | 'datetime';

export interface PropertyForms {
  /** How keys not listed in `keys` are stored. Default 'json'. */
  default?: StorageForm;
  keys?: Record<string, PropertyForm>;
}

export const GROUP_COLUMN = 'properties_group_custom';

export function formOf(forms: PropertyForms | undefined, key: string): PropertyForm {
  return forms?.keys?.[key] ?? forms?.default ?? 'json';
}

/** The materialized column of a key: PostHog's `mat_` + the property name. */
export function materializedColumn(key: string): string {
  return `mat_${key}`;
}

/** Keys that need a materialized column in the events table (default 'materialized' covers none: keys are unknown). */
export function materializedKeys(forms: PropertyForms | undefined): string[] {
  return Object.entries(forms?.keys ?? {})
    .filter(([, form]) => form === 'materialized')
    .map(([key]) => key);
}

export function usesGroup(forms: PropertyForms | undefined): boolean {
  return forms?.default === 'group' || Object.values(forms?.keys ?? {}).includes('group');
}

export function jsonExtract(source: string, chain: readonly string[]): string {
  return `replaceRegexpAll(nullIf(nullIf(JSONExtractRaw(${[source, ...chain.map(escapeString)].join(', ')}), ''), 'null'), '^"|"$', '')`;
}

export interface PropertyRead {
  sql: string;
  /** For the group form: the `has(…)` test and the map lookup, which comparisons with constants use directly. */
  group?: { has: string; value: string };
}

/**
 * `properties.<chain>` of events (qualifier `events` or the table's alias). Forms apply to the first key; a
 * longer chain reads on into the JSON of that value.
 */
export function printEventProperty(qualifier: string, chain: readonly string[], forms: PropertyForms | undefined, timezone: string): PropertyRead {
  const [key, ...rest] = chain as [string, ...string[]];
  const json = jsonExtract(`${qualifier}.properties`, chain);
  const form = formOf(forms, key);
  switch (form) {
    case 'json':
      return { sql: json };
    case 'materialized': {
      const column = `${qualifier}.${escapeIdentifier(materializedColumn(key))}`;
      return { sql: rest.length ? jsonExtract(column, rest) : column };
    }
    case 'group': {
      const map = `${qualifier}.${GROUP_COLUMN}`;
      const has = `has(${map}, ${escapeString(key)})`;
      const value = `${map}[${escapeString(key)}]`;
      const whole = `${has} ? ${value} : null`;
      if (rest.length) return { sql: jsonExtract(`(${whole})`, rest) };
      return { sql: whole, group: { has, value } };
    }
    case 'numeric':
      return { sql: rest.length ? json : `accurateCastOrNull(${json}, 'Float64')` };
    case 'boolean':
      return { sql: rest.length ? json : `toBool(transform(toString(${json}), ['true', 'false'], [1, 0], NULL))` };
    case 'datetime':
      return { sql: rest.length ? json : `parseDateTime64BestEffortOrNull(${json}, 6, ${escapeString(timezone)})` };
  }
}
