// The bars of a preview's sparkline (one per day, scaled to the busiest day) and the same numbers in words for
// screen readers, which cannot see the bars.
import type { RolePreview } from '../../../core/catalog/role-preview';

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function sparklineBars(counts: readonly number[], width: number, height: number): Bar[] {
  const max = Math.max(0, ...counts);
  const step = counts.length > 0 ? width / counts.length : 0;
  return counts.map((count, k) => {
    // A day with events always shows at least a sliver; an empty day shows nothing.
    const h = max === 0 || count === 0 ? 0 : Math.max(1, (count / max) * height);
    return { x: k * step, y: height - h, width: Math.max(1, step - 1), height: h };
  });
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function previewWords(preview: RolePreview): string {
  const days = preview.counts.length;
  const busiest = preview.counts.reduce((best, count, k) => (count > (preview.counts[best] ?? 0) ? k : best), 0);
  const peak = preview.counts[busiest] ?? 0;
  const head = `${plural(preview.events, 'event', 'events')} by ${plural(preview.actors, 'actor', 'actors')} in the last ${days} days`;
  if (preview.events === 0) return `${head}.`;
  const today = preview.counts[days - 1] ?? 0;
  return `${head}; busiest day ${preview.dates[busiest]} with ${plural(peak, 'event', 'events')}; today ${plural(today, 'event', 'events')}.`;
}
