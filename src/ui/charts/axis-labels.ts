// Short x-axis labels for 'YYYY-MM-DD' days: a narrow panel has room for "Mar 4", not for ISO dates.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function shortDate(day: string): string {
  const match = /^\d{4}-(\d{2})-(\d{2})$/.exec(day);
  const month = match ? MONTHS[Number(match[1]) - 1] : undefined;
  return month && match ? `${month} ${Number(match[2])}` : day;
}

/** Compact counts for the y axis: 1200 → "1.2k". */
export function compactCount(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1_000_000) return `${+(n / 1_000_000).toFixed(1)}M`;
  if (abs >= 1_000) return `${+(n / 1_000).toFixed(1)}k`;
  return `${+n.toFixed(1)}`;
}
