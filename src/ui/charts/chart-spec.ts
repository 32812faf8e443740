// What a chart shows, independent of uPlot: categories along x (days or weeks) and named series over them.
// Charts are drawn by index so that a previous period lines up with the current one day by day.

export type ChartKind = 'line' | 'area' | 'bars';

/** A palette slot; its colour comes from the `--chart-N` CSS variable so light and dark both read. */
export type ChartColor = 1 | 2 | 3 | 4 | 5;

export interface ChartSeries {
  /** Our own fixed words (never event names or property values): uPlot puts labels into its legend. */
  label: string;
  /** What is drawn. */
  values: (number | null)[];
  /** What hover, legend and table show, when it differs from what is drawn (stacked bars draw running sums). */
  shown?: (number | null)[];
  color: ChartColor;
  dashed?: boolean;
}

export interface ChartSpec {
  kind: ChartKind;
  /** 'Day' or 'Week': the table's first column and the x legend. */
  xTitle: string;
  /** One per point: 'YYYY-MM-DD' days or week starts. */
  xLabels: string[];
  series: ChartSeries[];
  /** Stacked bars must not let one part be hidden from the legend, or the stack would lie. */
  stacked?: boolean;
}

/** uPlot's columnar data: x = 0..n−1, then one array per series, each as long as x. */
export function toAlignedData(spec: ChartSpec): (number | null)[][] {
  const xs = spec.xLabels.map((_, i) => i);
  return [xs, ...spec.series.map((s) => xs.map((i) => s.values[i] ?? null))];
}

/** The value a series shows at point i (hover, legend, table). */
export function shownValue(series: ChartSeries, i: number): number | null {
  return (series.shown ?? series.values)[i] ?? null;
}

/** A chart must be rebuilt (not just fed new data) when this changes: the series set and the kind. */
export function seriesKey(spec: ChartSpec): string {
  return JSON.stringify([spec.kind, spec.stacked ?? false, spec.series.map((s) => [s.label, s.color, s.dashed ?? false])]);
}
