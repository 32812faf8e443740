// Chart colours come from CSS variables, so the stylesheet decides light and dark and the canvas follows it.
import type { ChartColor } from './chart-spec';

export interface ChartColors {
  series: Record<ChartColor, string>;
  axis: string;
  grid: string;
}

const FALLBACK: ChartColors = {
  series: { 1: '#1d4aff', 2: '#e5484d', 3: '#2f9e6b', 4: '#d98e04', 5: '#8e4ec6' },
  axis: '#626776',
  grid: '#d9dce3',
};

/** Reads `--chart-1..5`, `--muted` and `--border` as they apply at `el`. */
export function readChartColors(el: Element): ChartColors {
  const style = getComputedStyle(el);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const series = { ...FALLBACK.series };
  for (const slot of [1, 2, 3, 4, 5] as const) series[slot] = read(`--chart-${slot}`, FALLBACK.series[slot]);
  return { series, axis: read('--muted', FALLBACK.axis), grid: read('--border', FALLBACK.grid) };
}

/** A colour at `alpha` for area fills. Our variables are #rrggbb, which canvas takes with an alpha byte. */
export function translucent(color: string, alpha: number): string {
  if (!/^#[0-9a-f]{6}$/i.test(color)) return color;
  const byte = Math.round(Math.min(1, Math.max(0, alpha)) * 255);
  return `${color}${byte.toString(16).padStart(2, '0')}`;
}
