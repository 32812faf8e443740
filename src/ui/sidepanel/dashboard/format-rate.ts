// A conversion rate as the funnel tiles show it: one decimal, "–" when nobody entered.

export function formatRate(rate: number | null): string {
  return rate === null ? '–' : `${(rate * 100).toFixed(1)}%`;
}
