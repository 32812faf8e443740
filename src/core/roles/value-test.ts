// One property filter as a test of one property value, with DESIGN §5's semantics:
// - a missing or null value fails the positive operators and passes the negative ones (is_not, not_icontains,
//   not_regex, is_not_set);
// - a list of values means any of (positive operators) or none of (negative ones), as PostHog expands it;
// - values compare as text: a string as itself, anything else as its JSON text (true ↔ "true", 12 ↔ "12");
//   exact and regex are case-sensitive, icontains is not;
// - gt/lt/gte/lte compare numbers only: a JSON number or a plain decimal string, anything else fails.
import { numericValue } from '../config/plain-decimal';
import type { EvaluatedOperator, FilterScalar, FilterValue } from '../config/role-config';
import { compilePostHogRegex } from './posthog-regex';

/** true when the value passes. `undefined` and `null` both mean missing. */
export type ValueTest = (value: unknown) => boolean;

export type ValueTestResult = { ok: true; test: ValueTest } | { ok: false; problem: string };

/** The text a property value compares as. */
export function valueText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

const isMissing = (value: unknown): boolean => value === undefined || value === null;

export function compileValueTest(operator: EvaluatedOperator, value: FilterValue | undefined): ValueTestResult {
  const values: FilterScalar[] = value === undefined ? [] : Array.isArray(value) ? value : [value];
  switch (operator) {
    case 'is_set':
      return ok((v) => !isMissing(v));
    case 'is_not_set':
      return ok(isMissing);
    case 'exact':
    case 'is_not': {
      const texts = new Set(values.map(valueText));
      const positive = operator === 'exact';
      return ok((v) => (isMissing(v) ? !positive : texts.has(valueText(v)) === positive));
    }
    case 'icontains':
    case 'not_icontains': {
      const needles = values.map((item) => valueText(item).toLowerCase());
      const positive = operator === 'icontains';
      const only = needles.length === 1 ? needles[0]! : null;
      return ok((v) => {
        if (isMissing(v)) return !positive;
        const text = valueText(v).toLowerCase();
        // One value is the usual case, and this runs per event: skip the closure of some().
        return (only !== null ? text.includes(only) : needles.some((needle) => text.includes(needle))) === positive;
      });
    }
    case 'regex':
    case 'not_regex': {
      const regexes: RegExp[] = [];
      for (const item of values) {
        const compiled = compilePostHogRegex(valueText(item));
        if (!compiled.ok) return compiled;
        regexes.push(compiled.regex);
      }
      const positive = operator === 'regex';
      return ok((v) => {
        if (isMissing(v)) return !positive;
        const text = valueText(v);
        return regexes.some((regex) => regex.test(text)) === positive;
      });
    }
    case 'gt':
    case 'lt':
    case 'gte':
    case 'lte': {
      const bound = numericValue(values[0]);
      if (Number.isNaN(bound)) return { ok: false, problem: `${operator} needs a number, got ${JSON.stringify(value)}` };
      return ok((v) => {
        const n = numericValue(v);
        if (Number.isNaN(n)) return false;
        return operator === 'gt' ? n > bound : operator === 'lt' ? n < bound : operator === 'gte' ? n >= bound : n <= bound;
      });
    }
  }
}

function ok(test: ValueTest): ValueTestResult {
  return { ok: true, test };
}
