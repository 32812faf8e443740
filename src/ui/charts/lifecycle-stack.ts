// PostHog's lifecycle bars: new, returning and resurrecting stacked above zero, dormant below it.
// uPlot draws bars from zero and has no stacking of its own, so each part is drawn as the running sum up to it,
// tallest first, and the shorter sums are painted over it; hover and table still show each part's own count.
import type { ChartSpec } from './chart-spec';

export interface LifecycleCounts {
  weeks: string[];
  new: number[];
  returning: number[];
  resurrecting: number[];
  /** ≤ 0. */
  dormant: number[];
}

export function lifecycleChart(tile: LifecycleCounts): ChartSpec {
  const newTop = tile.new.map((n) => n);
  const returningTop = newTop.map((n, i) => n + (tile.returning[i] ?? 0));
  const resurrectingTop = returningTop.map((n, i) => n + (tile.resurrecting[i] ?? 0));
  return {
    kind: 'bars',
    xTitle: 'Week',
    xLabels: tile.weeks,
    stacked: true,
    // Top of the stack first: the legend then reads in the order the bars stack, top to bottom.
    series: [
      { label: 'Resurrecting', values: resurrectingTop, shown: tile.resurrecting, color: 5 },
      { label: 'Returning', values: returningTop, shown: tile.returning, color: 3 },
      { label: 'New', values: newTop, shown: tile.new, color: 1 },
      { label: 'Dormant', values: tile.dormant.map((n) => Math.min(0, n)), shown: tile.dormant, color: 2 },
    ],
  };
}
