// The previous period drawn over the current one: same day index, not same date, as PostHog's "compare to
// previous period" does. The periods have equal length by construction, but a previous period can come back
// shorter or longer (weeks that meet a range differ), so it is cut or padded to the current length.
import type { ChartSeries } from './chart-spec';

export const PREVIOUS_PERIOD = 'previous period';

/** `previous` re-indexed onto `length` points: extra points dropped, missing ones null (drawn as a gap). */
export function alignByIndex(previous: readonly number[], length: number): (number | null)[] {
  return Array.from({ length }, (_, i) => previous[i] ?? null);
}

/** The current series followed by each one's previous-period twin, dashed, when the comparison has it. */
export function withPreviousPeriod(current: ChartSeries[], previous: (readonly number[] | undefined)[] | null, length: number): ChartSeries[] {
  if (!previous) return current;
  const twins = current.flatMap((series, i): ChartSeries[] => {
    const values = previous[i];
    if (!values) return [];
    return [{ label: `${series.label} (${PREVIOUS_PERIOD})`, values: alignByIndex(values, length), color: series.color, dashed: true }];
  });
  return [...current, ...twins];
}
