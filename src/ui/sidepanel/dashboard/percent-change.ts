// The change a number tile shows against its previous period, as PostHog's BoldNumber comparison does.
// From zero there is no percentage to give, so a rise from nothing reads "new" rather than "+∞%".

export type ChangeDirection = 'up' | 'down' | 'flat' | 'new';

export interface PercentChange {
  direction: ChangeDirection;
  /** Signed percentage, e.g. 12.5 or −3; null when the previous period was zero. */
  percent: number | null;
  /** What the tile shows: "▲ +12.5%", "▼ −3%", "0%", "new". */
  text: string;
  /** What a screen reader hears. */
  words: string;
}

function formatPercent(p: number): string {
  return `${Math.abs(p).toLocaleString('en', { maximumFractionDigits: 1 })}%`;
}

export function percentChange(value: number, previous: number): PercentChange {
  if (previous === 0) {
    return value === 0
      ? { direction: 'flat', percent: 0, text: '0%', words: 'no change from the previous period' }
      : { direction: 'new', percent: null, text: 'new', words: 'none in the previous period' };
  }
  const percent = ((value - previous) / Math.abs(previous)) * 100;
  if (Math.abs(percent) < 0.05) return { direction: 'flat', percent: 0, text: '0%', words: 'no change from the previous period' };
  const up = percent > 0;
  return {
    direction: up ? 'up' : 'down',
    percent,
    text: `${up ? '▲ +' : '▼ −'}${formatPercent(percent)}`,
    words: `${up ? 'up' : 'down'} ${formatPercent(percent)} from the previous period`,
  };
}

/** A funnel's rate against its previous rate, in percentage points; null when either side has nobody entering. */
export function rateChange(rate: number | null, previous: number | null): PercentChange | null {
  if (rate === null || previous === null) return null;
  const points = (rate - previous) * 100;
  if (Math.abs(points) < 0.05) return { direction: 'flat', percent: 0, text: '0 pp', words: 'no change from the previous period' };
  const up = points > 0;
  const size = `${Math.abs(points).toLocaleString('en', { maximumFractionDigits: 1 })} pp`;
  return { direction: up ? 'up' : 'down', percent: points, text: `${up ? '▲ +' : '▼ −'}${size}`, words: `${up ? 'up' : 'down'} ${size} from the previous period` };
}
