// One property filter as a HogQL condition, with the engine's meaning (src/core/roles/value-test.ts, DESIGN §5):
// missing or null fails the positive operators and passes the negative ones; a list is any of / none of; values
// compare as text (a string as itself, other JSON as its JSON text), case-sensitively except icontains; gt/lt/gte/
// lte compare numbers only. Written over PropertySql, so event and person properties share it.
import { numericValue } from '../../../core/config/plain-decimal';
import type { EvaluatedOperator, FilterScalar, FilterValue } from '../../../core/config/role-config';
import { valueText } from '../../../core/roles/value-test';
import type { HogQLValues } from './hogql-values';
import type { PropertySql } from './property-sql';
import { re2Pattern } from './re2-regex';
import { FALSE, allOf, anyOf, not } from './sql-text';

export type ConditionSql = { ok: true; sql: string } | { ok: false; problem: string };

const COMPARISONS = { gt: '>', lt: '<', gte: '>=', lte: '<=' } as const;

export function valueConditionSql(operator: EvaluatedOperator, value: FilterValue | undefined, property: PropertySql, values: HogQLValues): ConditionSql {
  const items: FilterScalar[] = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const present = not(property.missing);
  // Positive: present and some item matches. Negative: missing, or no item matches.
  const either = (positive: boolean, anyMatches: string): ConditionSql => ({
    ok: true,
    sql: positive ? allOf([present, anyMatches]) : anyOf([property.missing, not(anyMatches)]),
  });
  switch (operator) {
    case 'is_set':
      return { ok: true, sql: present };
    case 'is_not_set':
      return { ok: true, sql: property.missing };
    case 'exact':
    case 'is_not': {
      const texts = [...new Set(items.map(valueText))];
      const anyMatches = texts.length === 0 ? FALSE : `has(${values.add(texts)}, ${property.text})`;
      return either(operator === 'exact', anyMatches);
    }
    case 'icontains':
    case 'not_icontains': {
      // The needle is lowered as the engine lowers it (JavaScript), the value by ClickHouse's lowerUTF8.
      const needles = [...new Set(items.map((item) => valueText(item).toLowerCase()))];
      const lowered = `lowerUTF8(${property.text})`;
      return either(operator === 'icontains', anyOf(needles.map((needle) => `positionUTF8(${lowered}, ${values.add(needle)}) > 0`)));
    }
    case 'regex':
    case 'not_regex': {
      const tests: string[] = [];
      for (const item of items) {
        const pattern = re2Pattern(valueText(item));
        if (!pattern.ok) return pattern;
        tests.push(`match(${property.text}, ${values.add(pattern.pattern)})`);
      }
      return either(operator === 'regex', anyOf(tests));
    }
    case 'gt':
    case 'lt':
    case 'gte':
    case 'lte': {
      const bound = numericValue(items[0]);
      if (Number.isNaN(bound)) return { ok: false, problem: `${operator} needs a number, got ${JSON.stringify(value)}` };
      // A value that is not a number is NULL here, and a comparison with NULL is false.
      return { ok: true, sql: `ifNull(${property.number} ${COMPARISONS[operator]} ${values.add(bound)}, 0)` };
    }
  }
}
