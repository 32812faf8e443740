// One uPlot per mount: built once, fed new data with setData, resized with the panel, rebuilt only when its series
// set changes or the colour scheme flips (colours are baked into the canvas).
import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { readChartColors } from './chart-colors';
import { seriesKey, toAlignedData, type ChartSpec } from './chart-spec';
import { buildChartOptions } from './uplot-options';

const DARK = '(prefers-color-scheme: dark)';

function useColorScheme(): boolean {
  const [dark, setDark] = useState(() => matchMedia(DARK).matches);
  useEffect(() => {
    const query = matchMedia(DARK);
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return dark;
}

export function UPlotChart({ spec, label, height = 200 }: { spec: ChartSpec; label: string; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const latest = useRef(spec);
  latest.current = spec;
  const dark = useColorScheme();
  const key = seriesKey(spec);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const size = { width: Math.max(el.clientWidth, 100), height };
    const u = new uPlot(buildChartOptions(() => latest.current, readChartColors(el), size), toAlignedData(latest.current) as uPlot.AlignedData, el);
    chart.current = u;
    const resize = new ResizeObserver(() => {
      const width = Math.max(el.clientWidth, 100);
      if (width !== u.width) u.setSize({ width, height });
    });
    resize.observe(el);
    return () => {
      resize.disconnect();
      u.destroy();
      chart.current = null;
    };
  }, [key, dark, height]);

  useEffect(() => {
    chart.current?.setData(toAlignedData(spec) as uPlot.AlignedData);
  }, [spec]);

  return <div ref={box} class={spec.stacked ? 'chart stacked' : 'chart'} role="img" aria-label={label} />;
}
