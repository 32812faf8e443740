// One property filter, validated. PostHog's extra fields (label, cohort_name, …) are ignored; filters of types or
// operators we cannot evaluate are kept as they are, so compileRole can name them to the user.
import {
  EVALUATED_FILTER_TYPES,
  EVALUATED_OPERATORS,
  OTHER_POSTHOG_FILTER_TYPES,
  OTHER_POSTHOG_OPERATORS,
  type EvaluatedOperator,
  type FilterScalar,
  type FilterValue,
  type PropertyFilter,
  type PropertyFilterType,
  type PropertyOperator,
} from './role-config';
import { configError, describeValue, isPlainObject, oneOf } from './config-error';
import { numericValue } from './plain-decimal';

const FILTER_TYPES: readonly PropertyFilterType[] = [...EVALUATED_FILTER_TYPES, ...OTHER_POSTHOG_FILTER_TYPES];
const OPERATORS: readonly PropertyOperator[] = [...EVALUATED_OPERATORS, ...OTHER_POSTHOG_OPERATORS];
const COMPARISONS: readonly string[] = ['gt', 'lt', 'gte', 'lte'];

export function isEvaluatedFilterType(type: PropertyFilterType): type is 'event' | 'person' {
  return (EVALUATED_FILTER_TYPES as readonly string[]).includes(type);
}

export function isEvaluatedOperator(operator: PropertyOperator): operator is EvaluatedOperator {
  return (EVALUATED_OPERATORS as readonly string[]).includes(operator);
}

function isScalar(value: unknown): value is FilterScalar {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

export function parsePropertyFilter(raw: unknown, path: string): PropertyFilter {
  if (!isPlainObject(raw)) throw configError(path, `expected a property filter {"key", "value", "operator", "type"}, got ${describeValue(raw)}`);
  // PostHog's own defaults: a filter without a type is an event filter, without an operator it is exact.
  const type = raw.type === undefined ? 'event' : oneOf(`${path}.type`, raw.type, FILTER_TYPES);
  const operator = raw.operator === undefined || raw.operator === null ? 'exact' : oneOf(`${path}.operator`, raw.operator, OPERATORS);
  if (typeof raw.key !== 'string' || raw.key === '') throw configError(`${path}.key`, `expected the property name as text, got ${describeValue(raw.key)}`);
  const filter: PropertyFilter = { key: raw.key, operator, type };
  if (!isEvaluatedFilterType(type) || !isEvaluatedOperator(operator)) {
    // Not evaluated: keep a value of the usual shape for the message; anything else is irrelevant.
    if (isScalar(raw.value) || (Array.isArray(raw.value) && raw.value.every(isScalar))) filter.value = raw.value;
    return filter;
  }
  if (operator === 'is_set' || operator === 'is_not_set') return filter;
  filter.value = COMPARISONS.includes(operator) ? comparisonValue(raw.value, `${path}.value`, operator) : matchValue(raw.value, `${path}.value`, operator);
  return filter;
}

function comparisonValue(value: unknown, path: string, operator: string): FilterScalar {
  if ((typeof value === 'number' || typeof value === 'string') && !Number.isNaN(numericValue(value))) return value;
  throw configError(path, `${operator} needs a number (such as 12 or "-3.5"), got ${describeValue(value)}`);
}

function matchValue(value: unknown, path: string, operator: string): FilterValue {
  if (isScalar(value)) return value;
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (!isScalar(item)) throw configError(`${path}[${index}]`, `expected text, a number or true/false, got ${describeValue(item)}`);
    });
    return value as FilterScalar[];
  }
  throw configError(path, `${operator} needs a value (text, a number or true/false) or a list of them, got ${describeValue(value)}`);
}

/** A list of filters; null or missing is none. */
export function parsePropertyFilters(raw: unknown, path: string): PropertyFilter[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw configError(path, `expected a list of property filters, got ${describeValue(raw)}`);
  return raw.map((item, index) => parsePropertyFilter(item, `${path}[${index}]`));
}
