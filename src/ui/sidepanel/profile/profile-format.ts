// How the profile shows times, changes and property values. Values are data: they become text here (a string as
// it is, anything else as its JSON), and the components put that text in the page as text, never as HTML.

/** An ISO UTC instant in the browser's local time, e.g. "Jun 1, 2026, 14:05". '–' for none. */
export function formatInstant(iso: string | null): string {
  if (iso === null) return '–';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en', { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });
}

/** Time of day with seconds, for events inside a session: "14:05:09". */
export function formatClock(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleTimeString('en', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
}

/** "+25%", "−40%", "no change"; '–' when there is nothing to compare with. */
export function formatChange(percent: number | null): string {
  if (percent === null) return '–';
  const rounded = Math.round(percent);
  if (rounded === 0) return 'no change';
  return rounded > 0 ? `+${rounded}%` : `−${Math.abs(rounded)}%`;
}

/** A property value as text: strings as they are, everything else as JSON (null → "null"). */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A money total: "49.50 USD" (the amount as summed; the currency as sent, or none). */
export function formatMoney(amount: number, currency: string | null): string {
  const text = amount.toLocaleString('en', { maximumFractionDigits: 8 });
  return currency === null ? text : `${text} ${currency}`;
}
