import { describe, expect, it } from 'vitest';
import { compactCount, shortDate } from '../../../src/ui/charts/axis-labels';
import { translucent } from '../../../src/ui/charts/chart-colors';
import { seriesKey, shownValue, toAlignedData, type ChartSpec } from '../../../src/ui/charts/chart-spec';
import { chartSummary } from '../../../src/ui/charts/chart-summary';
import { alignByIndex, withPreviousPeriod } from '../../../src/ui/charts/comparison-series';
import { lifecycleChart } from '../../../src/ui/charts/lifecycle-stack';
import { activeUsersChart, cumulativeSignupsChart, newSignupsChart, signupsAndSubscriptionsChart } from '../../../src/ui/sidepanel/dashboard/tile-charts';

describe('lifecycle stacking', () => {
  const spec = lifecycleChart({ weeks: ['2026-01-04', '2026-01-11'], new: [2, 1], returning: [3, 0], resurrecting: [1, 4], dormant: [-2, -5] });

  it('draws new, returning and resurrecting as running sums above zero, tallest first so the shorter paint over it', () => {
    expect(spec.series.map((s) => s.label)).toEqual(['Resurrecting', 'Returning', 'New', 'Dormant']);
    expect(spec.series[0]!.values).toEqual([6, 5]);
    expect(spec.series[1]!.values).toEqual([5, 1]);
    expect(spec.series[2]!.values).toEqual([2, 1]);
  });

  it('draws dormant below zero', () => {
    expect(spec.series[3]!.values).toEqual([-2, -5]);
    expect(spec.series[3]!.values.every((v) => v !== null && v <= 0)).toBe(true);
  });

  it('shows each part’s own count on hover and in the table, not the running sum', () => {
    expect(spec.series.map((s) => shownValue(s, 0))).toEqual([1, 3, 2, -2]);
    expect(spec.kind).toBe('bars');
    expect(spec.stacked).toBe(true);
    expect(toAlignedData(spec)).toEqual([[0, 1], [6, 5], [5, 1], [2, 1], [-2, -5]]);
  });
});

describe('previous-period comparison', () => {
  it('aligns by index: a longer previous period is cut, a shorter one padded with gaps', () => {
    expect(alignByIndex([1, 2, 3, 4], 3)).toEqual([1, 2, 3]);
    expect(alignByIndex([1, 2], 4)).toEqual([1, 2, null, null]);
    expect(alignByIndex([], 2)).toEqual([null, null]);
  });

  it('adds a dashed twin per series, labelled "previous period", in the same colour', () => {
    const series = withPreviousPeriod([{ label: 'New signups', values: [1, 2, 3], color: 1 }], [[5, 6]], 3);
    expect(series).toHaveLength(2);
    expect(series[1]).toEqual({ label: 'New signups (previous period)', values: [5, 6, null], color: 1, dashed: true });
  });

  it('adds nothing without a comparison', () => {
    const current = [{ label: 'x', values: [1], color: 1 as const }];
    expect(withPreviousPeriod(current, null, 1)).toBe(current);
  });

  it('overlays the previous period on the signup charts when it is configured there too', () => {
    const weeks = newSignupsChart({ weeks: ['a', 'b', 'c'], signups: [1, 2, 3] }, { weeks: ['x', 'y', 'z', 'w'], signups: [4, 5, 6, 7] });
    expect(toAlignedData(weeks)).toEqual([[0, 1, 2], [1, 2, 3], [4, 5, 6]]);
    expect(weeks.kind).toBe('area');
    const both = signupsAndSubscriptionsChart({ dates: ['d1', 'd2'], signups: [1, 2], subscriptions: [0, 1] }, { dates: ['p1'], signups: [3], subscriptions: [4] });
    expect(both.series.map((s) => [s.label, s.dashed ?? false])).toEqual([
      ['Signups (7-day average)', false],
      ['Subscriptions (7-day average)', false],
      ['Signups (7-day average) (previous period)', true],
      ['Subscriptions (7-day average) (previous period)', true],
    ]);
    expect(both.series[3]!.values).toEqual([4, null]);
    expect(cumulativeSignupsChart({ dates: ['d1'], signups: [1] }, null).series).toHaveLength(1);
  });

  it('does not compare active users (PostHog does not)', () => {
    const spec = activeUsersChart({ dates: ['d1'], dau: [1], wau: [2], mau: [3] });
    expect(spec.series.map((s) => s.label)).toEqual(['Daily active', 'Weekly active', 'Monthly active']);
  });
});

describe('chart data and words', () => {
  const spec: ChartSpec = { kind: 'line', xTitle: 'Day', xLabels: ['2026-01-01', '2026-01-02', '2026-01-03'], series: [{ label: 'Signups', values: [1, 5, 2], color: 1 }] };

  it('fills series shorter than x with null, so uPlot gets equal-length columns', () => {
    expect(toAlignedData({ ...spec, series: [{ label: 's', values: [1], color: 1 }] })).toEqual([[0, 1, 2], [1, null, null]]);
  });

  it('rebuilds a chart only when its series set changes, not when its numbers do', () => {
    expect(seriesKey(spec)).toBe(seriesKey({ ...spec, xLabels: ['x'], series: [{ label: 'Signups', values: [9], color: 1 }] }));
    expect(seriesKey(spec)).not.toBe(seriesKey({ ...spec, series: [...spec.series, { label: 'Signups (previous period)', values: [], color: 1, dashed: true }] }));
  });

  it('summarises a chart for screen readers', () => {
    expect(chartSummary('Signups', spec)).toBe('Signups, days 2026-01-01 to 2026-01-03. Signups: last 2, peak 5.');
    expect(chartSummary('Signups', { ...spec, xLabels: [] })).toBe('Signups: no data in this range.');
  });

  it('labels axes compactly', () => {
    expect(shortDate('2026-03-04')).toBe('Mar 4');
    expect(shortDate('not a date')).toBe('not a date');
    expect(compactCount(1200)).toBe('1.2k');
    expect(compactCount(-3)).toBe('-3');
    expect(compactCount(2_500_000)).toBe('2.5M');
  });

  it('makes translucent fills from hex colours', () => {
    expect(translucent('#1d4aff', 0.25)).toBe('#1d4aff40');
    expect(translucent('red', 0.25)).toBe('red');
  });
});
