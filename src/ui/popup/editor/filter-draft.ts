// A property filter as the editor's form holds it (all text), and turning that into the config's PropertyFilter
// — or a message saying what is missing — before it joins the draft. The value is kept as text: filters compare
// values as text (DESIGN §5), so "12" matches 12; gt/lt need a plain number.
import { numericValue } from '../../../core/config/plain-decimal';
import type { EvaluatedOperator, PropertyFilter } from '../../../core/config/role-config';

export interface FilterForm {
  key: string;
  operator: EvaluatedOperator;
  value: string;
  type: 'event' | 'person';
}

/** The operators offered, in the order shown, with their words (PostHog's). */
export const OPERATOR_CHOICES: readonly { operator: EvaluatedOperator; label: string }[] = [
  { operator: 'exact', label: 'equals' },
  { operator: 'is_not', label: "doesn't equal" },
  { operator: 'icontains', label: 'contains' },
  { operator: 'not_icontains', label: "doesn't contain" },
  { operator: 'regex', label: 'matches regex' },
  { operator: 'not_regex', label: "doesn't match regex" },
  { operator: 'gt', label: 'greater than' },
  { operator: 'lt', label: 'less than' },
  { operator: 'is_set', label: 'is set' },
  { operator: 'is_not_set', label: 'is not set' },
];

export function needsValue(operator: EvaluatedOperator): boolean {
  return operator !== 'is_set' && operator !== 'is_not_set';
}

export function emptyFilterForm(): FilterForm {
  return { key: '', operator: 'exact', value: '', type: 'event' };
}

export type FilterResult = { ok: true; filter: PropertyFilter } | { ok: false; problem: string };

export function filterFromForm(form: FilterForm): FilterResult {
  const key = form.key.trim();
  if (key === '') return { ok: false, problem: 'Choose a property.' };
  if (!needsValue(form.operator)) return { ok: true, filter: { key, operator: form.operator, type: form.type } };
  if (form.value === '') return { ok: false, problem: 'Choose or type a value.' };
  if ((form.operator === 'gt' || form.operator === 'lt') && Number.isNaN(numericValue(form.value))) {
    return { ok: false, problem: `"${form.value}" is not a number; ${form.operator === 'gt' ? 'greater' : 'less'} than compares numbers only.` };
  }
  if (form.operator === 'regex' || form.operator === 'not_regex') {
    try {
      new RegExp(form.value);
    } catch {
      return { ok: false, problem: `"${form.value}" is not a regular expression.` };
    }
  }
  return { ok: true, filter: { key, operator: form.operator, value: form.value, type: form.type } };
}
