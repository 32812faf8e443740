import { describe, expect, it } from 'vitest';
import type { DashboardOutput } from '../../../src/core/dashboard/dashboard-output';
import { layoutDashboardPng, PNG_TEXT, type PngBlock, type PngItem } from '../../../src/ui/sidepanel/dashboard/png-layout';
import { tileTextLines } from '../../../src/ui/sidepanel/dashboard/tile-text-lines';

const blocks: PngBlock[] = [
  { title: 'Active users', lines: [], images: [{ width: 900, height: 300 }] },
  { title: 'Weekly active users', lines: ['12   ▲ +20%   (previous period 10)'], images: [] },
  { title: 'Monthly active users', lines: ['30'], images: [] },
  { title: 'Lifecycle', lines: [], images: [{ width: 200, height: 100 }] },
];

const cards = (items: PngItem[]) => items.filter((i): i is Extract<PngItem, { kind: 'card' }> => i.kind === 'card');

describe('dashboard PNG layout', () => {
  const layout = layoutDashboardPng('Customer analytics', '2026-01-01 to 2026-01-31', blocks, { width: 1000, columns: 2, padding: 24, gap: 16 });

  it('starts with the title and the range', () => {
    expect(layout.items[0]).toMatchObject({ kind: 'text', text: 'Customer analytics', style: 'title', x: 24, y: 24 });
    expect(layout.items[1]).toMatchObject({ kind: 'text', text: '2026-01-01 to 2026-01-31', style: 'subtitle', y: 24 + PNG_TEXT.title.line });
  });

  it('scales charts down to the column, keeping their shape, and never up', () => {
    const images = layout.items.filter((i): i is Extract<PngItem, { kind: 'image' }> => i.kind === 'image');
    const column = (1000 - 48 - 16) / 2 - 24;
    expect(images[0]).toMatchObject({ block: 0, image: 0, width: column, height: (300 * column) / 900 });
    expect(images[1]).toMatchObject({ block: 3, image: 0, width: 200, height: 100 });
  });

  it('puts each tile in the shortest column so far', () => {
    const [a, b, c] = cards(layout.items);
    expect(a!.x).toBe(24);
    expect(b!.x).toBeGreaterThan(a!.x);
    expect(c!.x).toBe(b!.x);
    expect(c!.y).toBe(b!.y + b!.height + 16);
  });

  it('keeps everything inside the picture', () => {
    for (const card of cards(layout.items)) {
      expect(card.x + card.width).toBeLessThanOrEqual(1000 - 24 + 0.001);
      expect(card.y + card.height).toBeLessThanOrEqual(layout.height);
    }
    const bottom = Math.max(...cards(layout.items).map((c) => c.y + c.height));
    expect(layout.height).toBe(Math.ceil(bottom + 24));
  });

  it('lays out a dashboard with no tiles as just its heading', () => {
    const empty = layoutDashboardPng('T', 'S', [], { padding: 10, gap: 5 });
    expect(empty.items).toHaveLength(2);
    expect(empty.height).toBe(10 + PNG_TEXT.title.line + PNG_TEXT.subtitle.line + 10);
  });
});

describe('tile text for the PNG', () => {
  const output = {
    range: { from: '2026-01-01', to: '2026-01-31', timezone: 'UTC' },
    actor: 'person',
    missing_roles: { free_to_paid: ['signup', 'payment'] },
    tiles: {
      weekly_active: { value: 12, previous: 10 },
      free_to_paid: null,
      signup_conversion: { entered: 10, converted: 4, rate: 0.4, avg_conversion_seconds: 90, previous: { entered: 5, converted: 1, rate: 0.2, avg_conversion_seconds: 30 } },
      retention_weekly: [{ cohort: '2026-01-04', size: 4, retained: [4, 1] }],
      power_users: [{ actor: 'p1', name: '<b>Ann</b>', count: 3, last_seen: '2026-01-02T00:00:00.000Z' }],
      lifecycle: { weeks: [], new: [], returning: [], resurrecting: [], dormant: [] },
    },
  } as unknown as DashboardOutput;

  it('writes numbers with their change, funnels and retention as rows, and what an unconfigured tile needs', () => {
    expect(tileTextLines(output, 'weekly_active')).toEqual(['12   ▲ +20%   (previous period 10)']);
    expect(tileTextLines(output, 'signup_conversion')).toEqual([
      '40.0% converted   ▲ +20 pp',
      '1. Signup pageview: 10',
      '2. Signup: 4',
      'Average time to convert: 1 min 30 s',
      'Previous period: 20.0%',
    ]);
    expect(tileTextLines(output, 'retention_weekly')).toEqual(['Cohort      Size  W0    W1', '2026-01-04  4     100%  25%']);
    expect(tileTextLines(output, 'power_users')).toEqual(['1. <b>Ann</b>: 3 events']);
    expect(tileTextLines(output, 'free_to_paid')).toEqual(['Needs signup and payment events']);
    expect(tileTextLines(output, 'lifecycle')).toEqual([]);
  });
});
