// "Add filter" on one matcher: property key (picker of the keys seen on that event), operator, and value with a
// picker fed by the top local values of that key on that event (e.g. `$pathname` of `$pageview`).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PropertyKeyCount } from '../../../core/catalog/property-keys';
import type { ValueCount } from '../../../core/catalog/property-values';
import type { EvaluatedOperator, PropertyFilter } from '../../../core/config/role-config';
import { KEPT_PROPERTIES } from '../../../core/events/kept-properties';
import type { CatalogModel } from './catalog-model';
import { emptyFilterForm, filterFromForm, needsValue, OPERATOR_CHOICES, type FilterForm } from './filter-draft';

const SHOWN_VALUES = 12;

/** The top values holding what is typed (case-insensitive), most common first: typing narrows the picker. */
function shownValues(values: readonly ValueCount[], typed: string): ValueCount[] {
  const needle = typed.toLowerCase();
  return values.filter((v) => v.value.toLowerCase().includes(needle)).slice(0, SHOWN_VALUES);
}

export function FilterEditor({ catalog, event, subject, idPrefix, onAdd, onClose }: {
  catalog: CatalogModel;
  /** The matcher's event name; null for any event or an action (then only the kept keys are offered). */
  event: string | null;
  /** The matcher in words, for labels. */
  subject: string;
  idPrefix: string;
  onAdd: (filter: PropertyFilter) => void;
  onClose: () => void;
}) {
  const [form, setForm] = useState<FilterForm>(emptyFilterForm());
  const [keys, setKeys] = useState<PropertyKeyCount[]>([]);
  const [values, setValues] = useState<ValueCount[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const keyInput = useRef<HTMLInputElement>(null);
  const valueInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    keyInput.current?.focus();
    if (event === null) {
      setKeys(KEPT_PROPERTIES.map((key) => ({ key, count: 0 })));
      return;
    }
    let live = true;
    catalog.keysOf(event).then((found) => live && setKeys(found), () => undefined);
    return () => {
      live = false;
    };
  }, [event]);

  const key = form.key.trim();
  useEffect(() => {
    setValues([]);
    if (event === null || key === '' || form.type !== 'event') return;
    let live = true;
    // Only a key the event has: asking about every half-typed key would read the stored events each time.
    if (!keys.some((k) => k.key === key)) return;
    catalog.valuesOf(event, key).then((found) => live && setValues(found), () => undefined);
    return () => {
      live = false;
    };
  }, [event, key, form.type, keys]);

  const update = (patch: Partial<FilterForm>) => {
    setForm({ ...form, ...patch });
    setProblem(null);
  };

  function submit(e: Event): void {
    e.preventDefault();
    const result = filterFromForm(form);
    if (result.ok) onAdd(result.filter);
    else setProblem(result.problem);
  }

  const withValue = needsValue(form.operator);
  const shown = shownValues(values, form.value);
  return (
    <form class="filter-editor stack tight" data-testid="filter-editor" aria-label={`Add a filter to ${subject}`} onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div class="row wrap">
        <label class="field">
          <span>Property</span>
          <input ref={keyInput} list={`${idPrefix}-keys`} value={form.key} onInput={(e) => update({ key: e.currentTarget.value })} placeholder="$pathname" autocomplete="off" />
        </label>
        <datalist id={`${idPrefix}-keys`}>
          {keys.map((k) => <option value={k.key}>{k.count > 0 ? `${k.count.toLocaleString('en-US')} events` : ''}</option>)}
        </datalist>
        <label class="field">
          <span>Of</span>
          <select value={form.type} onChange={(e) => update({ type: e.currentTarget.value === 'person' ? 'person' : 'event' })}>
            <option value="event">the event</option>
            <option value="person">the person</option>
          </select>
        </label>
        <label class="field">
          <span>Operator</span>
          <select value={form.operator} onChange={(e) => update({ operator: e.currentTarget.value as EvaluatedOperator })}>
            {OPERATOR_CHOICES.map((choice) => <option value={choice.operator}>{choice.label}</option>)}
          </select>
        </label>
        {withValue && (
          <label class="field">
            <span>Value</span>
            <input ref={valueInput} list={`${idPrefix}-values`} value={form.value} onInput={(e) => update({ value: e.currentTarget.value })} autocomplete="off" />
          </label>
        )}
        <datalist id={`${idPrefix}-values`}>
          {values.map((v) => <option value={v.value}>{`${v.count.toLocaleString('en-US')} events`}</option>)}
        </datalist>
      </div>
      {withValue && shown.length > 0 && (
        <div class="values" role="group" aria-label={`Top values of ${key}`} data-testid="value-picker">
          {shown.map((v) => (
            <button
              type="button"
              class={v.value === form.value ? 'value-choice chosen' : 'value-choice'}
              aria-pressed={v.value === form.value}
              aria-label={`Use value ${v.value} (${v.count.toLocaleString('en-US')} events)`}
              onClick={() => {
                update({ value: v.value });
                valueInput.current?.focus();
              }}
            >
              <span class="value-text">{v.value === '' ? '(empty)' : v.value}</span> <span class="muted">{v.count.toLocaleString('en-US')}</span>
            </button>
          ))}
        </div>
      )}
      {problem && <p class="error" role="alert">{problem}</p>}
      <div class="row">
        <button type="submit" class="primary">Add to draft</button>
        <button type="button" onClick={onClose}>Cancel</button>
      </div>
    </form>
  );
}
