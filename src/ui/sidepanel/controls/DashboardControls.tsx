// The filter bar above the dashboard, as PostHog's (posthog-customer-analytics.md §1): date range with presets or
// custom days, compare to the previous period, B2C/B2B with the project's group types, filter test accounts.
import { useState } from 'preact/hooks';
import { RANGE_PRESET_LABELS, RANGE_PRESETS, type RangePreset } from '../../../core/time/date-range-presets';
import type { DashboardResult } from '../../dashboard/worker-protocol';
import type { DashboardChoices } from '../dashboard-choices';
import './controls.css';

interface Props {
  choices: DashboardChoices;
  /** The last result: the range it resolved to, the group types, the choices in effect. */
  result: DashboardResult | null;
  busy: boolean;
  onChoose(change: Partial<DashboardChoices>): void;
}

export function DashboardControls({ choices, result, busy, onChoose }: Props) {
  const preset = 'preset' in choices.range ? choices.range.preset : 'custom';
  const shown = result?.output.range;
  const [custom, setCustom] = useState<{ from: string; to: string } | null>(null);
  const customOpen = preset === 'custom' || custom !== null;
  const customValue = custom ?? ('from' in choices.range ? choices.range : { from: shown?.from ?? '', to: shown?.to ?? '' });
  const customProblem = customValue.from && customValue.to && customValue.from > customValue.to ? 'The start is after the end.' : null;

  const groupTypes = result?.groupTypes ?? [];
  // The user's choice shows at once; the config's default (in the last result) only where nothing was chosen.
  const effective = result?.business ?? { type: 'b2c' as const };
  const b2bIndex = choices.business === 'b2c' ? null : choices.business ?? (effective.type === 'b2b' ? effective.groupTypeIndex : null);
  const testAccounts = choices.filterTestAccounts ?? result?.filterTestAccounts ?? true;

  function choosePreset(value: string): void {
    if (value === 'custom') {
      setCustom({ from: shown?.from ?? '', to: shown?.to ?? '' });
      return;
    }
    setCustom(null);
    onChoose({ range: { preset: value as RangePreset } });
  }

  function applyCustom(next: { from: string; to: string }): void {
    setCustom(next);
    if (next.from && next.to && next.from <= next.to) onChoose({ range: next });
  }

  return (
    <form class="controls" aria-label="Dashboard filters" aria-busy={busy} onSubmit={(e) => e.preventDefault()} data-testid="dashboard-controls">
      <label class="control">
        <span>Date range</span>
        <select value={customOpen ? 'custom' : preset} onChange={(e) => choosePreset(e.currentTarget.value)} data-testid="range-select">
          {RANGE_PRESETS.map((id) => <option value={id}>{RANGE_PRESET_LABELS[id]}</option>)}
          <option value="custom">Custom…</option>
        </select>
      </label>
      {customOpen && (
        <fieldset class="control custom-range">
          <legend>Custom range</legend>
          <label>From <input type="date" value={customValue.from} max={result?.days.today} onChange={(e) => applyCustom({ ...customValue, from: e.currentTarget.value })} data-testid="range-from" /></label>
          <label>To <input type="date" value={customValue.to} max={result?.days.today} onChange={(e) => applyCustom({ ...customValue, to: e.currentTarget.value })} data-testid="range-to" /></label>
          {customProblem && <span class="error" role="alert">{customProblem}</span>}
        </fieldset>
      )}
      <label class="control check">
        <input type="checkbox" checked={choices.compare} onChange={(e) => onChoose({ compare: e.currentTarget.checked })} data-testid="compare" />
        <span>Compare to previous period</span>
      </label>
      <fieldset class="control segmented" data-testid="business">
        <legend>Customers are</legend>
        <label>
          <input type="radio" name="business" checked={b2bIndex === null} onChange={() => onChoose({ business: 'b2c' })} />
          <span>People (B2C)</span>
        </label>
        <label title={groupTypes.length === 0 ? 'The project has no group types: B2B needs group analytics.' : undefined}>
          <input type="radio" name="business" checked={b2bIndex !== null} disabled={groupTypes.length === 0} onChange={() => onChoose({ business: groupTypes[0]!.index })} />
          <span>Accounts (B2B)</span>
        </label>
        {b2bIndex !== null && (
          <label>
            <span class="visually-hidden">Group type</span>
            <select value={String(b2bIndex)} onChange={(e) => onChoose({ business: Number(e.currentTarget.value) })} data-testid="group-type">
              {groupTypes.map((type) => <option value={String(type.index)}>{type.plural}</option>)}
            </select>
          </label>
        )}
      </fieldset>
      <label class="control check">
        <input type="checkbox" checked={testAccounts} onChange={(e) => onChoose({ filterTestAccounts: e.currentTarget.checked })} data-testid="filter-test-accounts" />
        <span>Filter test accounts</span>
      </label>
    </form>
  );
}
