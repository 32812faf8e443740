// gt/lt compare numbers only (DESIGN §5): a JSON number, or text that is plainly a decimal number. "12", "-3.5"
// count; "1e3", " 12", "12abc", "0x10" and "" do not, so a value is never half-read as a number.
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** The number a property or filter value stands for, or NaN when it is not one. */
export function numericValue(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : NaN;
  if (typeof value === 'string' && PLAIN_DECIMAL.test(value)) return Number(value);
  return NaN;
}
