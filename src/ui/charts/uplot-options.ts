// uPlot options for a ChartSpec. Labels, hover values and axis ticks read the spec through `current()`, so a chart
// that only gets new data (setData) shows the new days and counts without being rebuilt.
import uPlot from 'uplot';
import { compactCount, shortDate } from './axis-labels';
import { translucent, type ChartColors } from './chart-colors';
import { shownValue, type ChartSpec } from './chart-spec';

function formatShown(n: number | null): string {
  if (n === null) return '–';
  return Number.isInteger(n) ? n.toLocaleString('en') : n.toLocaleString('en', { maximumFractionDigits: 1 });
}

/** Counts start at zero and leave headroom; dormant bars need room below it. */
function countRange(_u: uPlot, min: number | null, max: number | null): uPlot.Range.MinMax {
  const lo = min !== null && min < 0 ? min * 1.1 : 0;
  const hi = max !== null && max > 0 ? max * 1.1 : 1;
  return [lo, hi];
}

export function buildChartOptions(current: () => ChartSpec, colors: ChartColors, size: { width: number; height: number }): uPlot.Options {
  const spec = current();
  const bars = spec.kind === 'bars';
  const barPaths = bars ? uPlot.paths.bars?.({ size: [0.7, 48], align: 0 }) : undefined;
  const axisStyle = { stroke: colors.axis, grid: { stroke: colors.grid, width: 1 }, ticks: { stroke: colors.grid, width: 1 } };
  return {
    ...size,
    scales: {
      // Points are indexes, not times: current and previous period share them.
      x: { time: false, range: (_u, min, max) => (bars ? [min - 0.5, max + 0.5] : [min, Math.max(max, min + 1)]) },
      y: { range: countRange },
    },
    axes: [
      {
        ...axisStyle,
        space: 56,
        values: (_u, splits) => splits.map((i) => (Number.isInteger(i) ? shortDate(current().xLabels[i] ?? '') : '')),
      },
      { ...axisStyle, size: 44, values: (_u, splits) => splits.map(compactCount) },
    ],
    series: [
      { label: spec.xTitle, value: (_u, i) => (i === null ? '–' : (current().xLabels[i] ?? '')) },
      ...spec.series.map((s): uPlot.Series => {
        const color = colors.series[s.color];
        return {
          label: s.label,
          stroke: color,
          width: bars ? 0 : 2,
          ...(s.dashed ? { dash: [6, 4] } : {}),
          ...(bars ? { fill: color, paths: barPaths, points: { show: false } } : {}),
          ...(spec.kind === 'area' && !s.dashed ? { fill: translucent(color, 0.25) } : {}),
          value: (_u, _raw, seriesIdx, idx) => {
            const series = current().series[seriesIdx - 1];
            return idx === null || !series ? '–' : formatShown(shownValue(series, idx));
          },
        };
      }),
    ],
    legend: { show: true, live: true },
    cursor: { drag: { x: false, y: false, setScale: false }, points: { show: !bars } },
  };
}
