import type { RolePreview } from '../../../core/catalog/role-preview';
import { previewWords, sparklineBars } from './sparkline-shape';

const WIDTH = 150;
const HEIGHT = 24;

/** 30 bars, one per day; the numbers in words for screen readers. Created from data only: no text of events. */
export function Sparkline({ preview }: { preview: RolePreview }) {
  return (
    <svg class="sparkline" role="img" aria-label={previewWords(preview)} width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} data-testid="sparkline">
      <line x1={0} y1={HEIGHT - 0.5} x2={WIDTH} y2={HEIGHT - 0.5} class="sparkline-base" />
      {sparklineBars(preview.counts, WIDTH, HEIGHT).map((bar, k) => (
        <rect key={preview.dates[k]} x={bar.x} y={bar.y} width={bar.width} height={bar.height} />
      ))}
    </svg>
  );
}
