// "Download PNG": the whole dashboard on one canvas, with no library. Text comes from the dashboard's numbers
// (tile-text-lines), charts are copied from the uPlot canvases found under the dashboard root. Colours are read
// from the page so a dark panel gives a dark picture whose chart labels stay readable.
import type { DashboardOutput, TileId } from '../../../core/dashboard/dashboard-output';
import { downloadBlob } from './download-file';
import { layoutDashboardPng, PNG_TEXT, type PngBlock, type PngItem } from './png-layout';
import { tileTextLines } from './tile-text-lines';

function fit(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let end = text.length;
  while (end > 0 && ctx.measureText(`${text.slice(0, end)}…`).width > maxWidth) end--;
  return `${text.slice(0, end)}…`;
}

function draw(ctx: CanvasRenderingContext2D, item: PngItem, canvases: HTMLCanvasElement[][], colors: { fg: string; muted: string; card: string; border: string }): void {
  if (item.kind === 'card') {
    ctx.fillStyle = colors.card;
    ctx.strokeStyle = colors.border;
    ctx.beginPath();
    ctx.roundRect(item.x, item.y, item.width, item.height, 8);
    ctx.fill();
    ctx.stroke();
  } else if (item.kind === 'text') {
    const style = PNG_TEXT[item.style];
    ctx.font = `${style.weight} ${style.size}px ${item.style === 'body' ? 'ui-monospace, Menlo, Consolas, monospace' : 'system-ui, sans-serif'}`;
    ctx.fillStyle = item.style === 'subtitle' ? colors.muted : colors.fg;
    ctx.fillText(fit(ctx, item.text, item.maxWidth), item.x, item.y);
  } else {
    const source = canvases[item.block]?.[item.image];
    if (source) ctx.drawImage(source, item.x, item.y, item.width, item.height);
  }
}

export async function dashboardPng(root: HTMLElement, output: DashboardOutput, title: string): Promise<Blob> {
  const tiles = [...root.querySelectorAll<HTMLElement>('[data-tile-id]')];
  const canvases = tiles.map((tile) => [...tile.querySelectorAll('canvas')]);
  const blocks: PngBlock[] = tiles.map((tile, i) => ({
    title: tile.querySelector('h3')?.textContent ?? '',
    lines: tileTextLines(output, tile.dataset.tileId as TileId),
    images: (canvases[i] ?? []).map((c) => ({ width: c.clientWidth, height: c.clientHeight })),
  }));
  const layout = layoutDashboardPng(title, `${output.range.from} to ${output.range.to} · ${output.range.timezone}`, blocks);
  const style = getComputedStyle(root);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const colors = { fg: read('--fg', '#1d1f27'), muted: read('--muted', '#626776'), card: read('--card', '#f5f6f8'), border: read('--border', '#d9dce3') };

  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = layout.width * scale;
  canvas.height = layout.height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the PNG.');
  ctx.scale(scale, scale);
  ctx.fillStyle = read('--bg', '#ffffff');
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.textBaseline = 'top';
  for (const item of layout.items) draw(ctx, item, canvases, colors);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'));
}

export async function downloadDashboardPng(root: HTMLElement, output: DashboardOutput, title: string): Promise<void> {
  downloadBlob(await dashboardPng(root, output, title), `dashboard-${output.range.from}-to-${output.range.to}.png`);
}
