// Where everything goes on the shareable PNG: a title and range on top, then the tiles in columns, each placed in
// the shortest column so far. Pure, so it is tested without a canvas; dashboard-png.ts draws what this places.

export interface PngBlock {
  title: string;
  lines: string[];
  /** Chart canvases' CSS sizes; each is scaled down to the column width, never up. */
  images: { width: number; height: number }[];
}

export type PngTextStyle = 'title' | 'subtitle' | 'heading' | 'body';

export type PngItem =
  | { kind: 'text'; text: string; x: number; y: number; maxWidth: number; style: PngTextStyle }
  | { kind: 'image'; block: number; image: number; x: number; y: number; width: number; height: number }
  | { kind: 'card'; x: number; y: number; width: number; height: number };

export interface PngLayout {
  width: number;
  height: number;
  items: PngItem[];
}

/** Font size and line height in CSS pixels per text style; the drawing uses the same sizes. */
export const PNG_TEXT: Record<PngTextStyle, { size: number; line: number; weight: number }> = {
  title: { size: 22, line: 30, weight: 700 },
  subtitle: { size: 14, line: 22, weight: 400 },
  heading: { size: 15, line: 24, weight: 600 },
  body: { size: 13, line: 19, weight: 400 },
};

export interface PngLayoutOptions {
  width: number;
  columns: number;
  padding: number;
  gap: number;
}

const DEFAULTS: PngLayoutOptions = { width: 1000, columns: 2, padding: 24, gap: 16 };

export function layoutDashboardPng(title: string, subtitle: string, blocks: PngBlock[], options: Partial<PngLayoutOptions> = {}): PngLayout {
  const { width, columns, padding, gap } = { ...DEFAULTS, ...options };
  const items: PngItem[] = [];
  const inner = width - 2 * padding;
  items.push({ kind: 'text', text: title, x: padding, y: padding, maxWidth: inner, style: 'title' });
  items.push({ kind: 'text', text: subtitle, x: padding, y: padding + PNG_TEXT.title.line, maxWidth: inner, style: 'subtitle' });
  const top = padding + PNG_TEXT.title.line + PNG_TEXT.subtitle.line + gap;
  const columnWidth = (inner - gap * (columns - 1)) / columns;
  const cardPad = 12;
  const contentWidth = columnWidth - 2 * cardPad;
  const bottoms = Array.from({ length: columns }, () => top);

  blocks.forEach((block, blockIndex) => {
    const column = bottoms.indexOf(Math.min(...bottoms));
    const x = padding + column * (columnWidth + gap);
    const cardTop = bottoms[column]!;
    const card: PngItem = { kind: 'card', x, y: cardTop, width: columnWidth, height: 0 };
    items.push(card);
    let y = cardTop + cardPad;
    items.push({ kind: 'text', text: block.title, x: x + cardPad, y, maxWidth: contentWidth, style: 'heading' });
    y += PNG_TEXT.heading.line;
    for (const line of block.lines) {
      items.push({ kind: 'text', text: line, x: x + cardPad, y, maxWidth: contentWidth, style: 'body' });
      y += PNG_TEXT.body.line;
    }
    block.images.forEach((image, imageIndex) => {
      const scale = image.width > 0 ? Math.min(1, contentWidth / image.width) : 0;
      const w = image.width * scale;
      const h = image.height * scale;
      items.push({ kind: 'image', block: blockIndex, image: imageIndex, x: x + cardPad, y: y + 4, width: w, height: h });
      y += h + 8;
    });
    card.height = y + cardPad - cardTop;
    bottoms[column] = cardTop + card.height + gap;
  });

  return { width, height: Math.ceil(Math.max(...bottoms) - gap + padding), items };
}
