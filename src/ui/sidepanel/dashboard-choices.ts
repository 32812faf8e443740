// What the user chose above the dashboard: range, compare, whose numbers, test accounts. Kept per project, as
// PostHog keeps them per team; read back defensively, since stored settings outlive the code that wrote them.
import type { BusinessMode } from '../../core/config/role-config';
import { isRangePreset, type RangePreset } from '../../core/time/date-range-presets';
import { parseDayLabel } from '../../core/time/civil-days';
import type { DashboardQuery } from '../dashboard/worker-protocol';

export type RangeChoice = { preset: RangePreset } | { from: string; to: string };

export interface DashboardChoices {
  range: RangeChoice;
  compare: boolean;
  /** null: as the role configuration says. A number: B2B over that group type. */
  business: 'b2c' | number | null;
  /** null: as the role configuration says. */
  filterTestAccounts: boolean | null;
}

export const DEFAULT_CHOICES: DashboardChoices = { range: { preset: 'last_30' }, compare: false, business: null, filterTestAccounts: null };

const isDay = (value: unknown): value is string => typeof value === 'string' && Number.isFinite(parseDayLabel(value));

export function readChoices(stored: unknown): DashboardChoices {
  if (typeof stored !== 'object' || stored === null) return DEFAULT_CHOICES;
  const value = stored as Record<string, unknown>;
  const range = value.range as Record<string, unknown> | undefined;
  return {
    range: isRangePreset(range?.preset)
      ? { preset: range.preset }
      : isDay(range?.from) && isDay(range?.to) && range.from <= range.to ? { from: range.from, to: range.to } : DEFAULT_CHOICES.range,
    compare: value.compare === true,
    business: value.business === 'b2c' || (Number.isInteger(value.business) && (value.business as number) >= 0) ? (value.business as 'b2c' | number) : null,
    filterTestAccounts: typeof value.filterTestAccounts === 'boolean' ? value.filterTestAccounts : null,
  };
}

export function choicesQuery(choices: DashboardChoices): DashboardQuery {
  const business: BusinessMode | undefined =
    choices.business === null ? undefined : choices.business === 'b2c' ? { type: 'b2c' } : { type: 'b2b', groupTypeIndex: choices.business };
  return {
    ...('preset' in choices.range ? { preset: choices.range.preset } : { from: choices.range.from, to: choices.range.to }),
    compare: choices.compare,
    ...(business ? { business } : {}),
    ...(choices.filterTestAccounts === null ? {} : { filterTestAccounts: choices.filterTestAccounts }),
  };
}

/** The storage key: choices belong to one project (imported files alone count as project "local"). */
export function choicesKey(projectId: number | null): string {
  return `dashboardChoices:${projectId ?? 'local'}`;
}
