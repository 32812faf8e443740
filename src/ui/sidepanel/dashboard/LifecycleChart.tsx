// PostHog's lifecycle tile: weekly new, returning and resurrecting customers stacked above zero, dormant below.
import type { LifecycleTile } from '../../../core/metrics/lifecycle';
import { ChartFigure } from '../../charts/ChartFigure';
import { lifecycleChart } from '../../charts/lifecycle-stack';
import { useMemo } from 'preact/hooks';

export function LifecycleChart({ tile, title }: { tile: LifecycleTile; title: string }) {
  const spec = useMemo(() => lifecycleChart(tile), [tile]);
  return <ChartFigure title={title} spec={spec} />;
}
