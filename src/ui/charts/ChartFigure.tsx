// A chart with its text alternatives: a spoken summary on the canvas and the same numbers as a table.
import { ChartTable } from './ChartTable';
import { chartSummary } from './chart-summary';
import type { ChartSpec } from './chart-spec';
import { UPlotChart } from './UPlotChart';

export function ChartFigure({ title, spec }: { title: string; spec: ChartSpec }) {
  return (
    <div class="chart-figure">
      <UPlotChart spec={spec} label={chartSummary(title, spec)} />
      <ChartTable spec={spec} caption={title} />
    </div>
  );
}
