// The words a screen reader hears for a chart: what it is over which span, and each series' last value and peak.
import { shownValue, type ChartSpec } from './chart-spec';

function formatNumber(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en') : n.toLocaleString('en', { maximumFractionDigits: 1 });
}

export function chartSummary(title: string, spec: ChartSpec): string {
  const n = spec.xLabels.length;
  if (n === 0) return `${title}: no data in this range.`;
  const span = `${spec.xTitle.toLowerCase()}s ${spec.xLabels[0]} to ${spec.xLabels[n - 1]}`;
  const parts = spec.series.map((series) => {
    const shown = spec.xLabels.map((_, i) => shownValue(series, i)).filter((v): v is number => v !== null);
    if (shown.length === 0) return `${series.label}: no data`;
    const last = shown[shown.length - 1]!;
    const peak = shown.reduce((a, b) => (Math.abs(b) > Math.abs(a) ? b : a));
    return `${series.label}: last ${formatNumber(last)}, peak ${formatNumber(peak)}`;
  });
  return `${title}, ${span}. ${parts.join('; ')}.`;
}
