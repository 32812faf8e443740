// A property filter as a condition, or the reason it cannot be evaluated offline, written for the user.
import { isEvaluatedFilterType, isEvaluatedOperator } from '../config/parse-property-filter';
import type { PropertyFilter } from '../config/role-config';
import { eventCondition, type Condition } from './conditions';
import { compileValueTest } from './value-test';

export type CompiledFilter = { ok: true; condition: Condition } | { ok: false; problem: string };

/** `person property "email" not_icontains "@acme.com"`, for messages. */
export function describeFilter(filter: PropertyFilter): string {
  const value = filter.value === undefined ? '' : ` ${JSON.stringify(filter.value)}`;
  const subject = isEvaluatedFilterType(filter.type) ? `${filter.type} property "${filter.key}"` : `${filter.type} filter "${filter.key}"`;
  return `${subject} ${filter.operator}${value}`;
}

export function compileFilter(filter: PropertyFilter): CompiledFilter {
  const type = filter.type;
  if (!isEvaluatedFilterType(type)) {
    return { ok: false, problem: `the ${describeFilter(filter)} cannot be evaluated offline (${type} filters need PostHog's servers)` };
  }
  if (!isEvaluatedOperator(filter.operator)) {
    return { ok: false, problem: `the ${describeFilter(filter)} uses the operator ${filter.operator}, which is not evaluated offline` };
  }
  const compiled = compileValueTest(filter.operator, filter.value);
  if (!compiled.ok) return { ok: false, problem: `the ${describeFilter(filter)}: ${compiled.problem}` };
  const condition: Condition = type === 'event' ? eventCondition(filter.key, compiled.test) : { kind: 'person', key: filter.key, test: compiled.test };
  return { ok: true, condition };
}
