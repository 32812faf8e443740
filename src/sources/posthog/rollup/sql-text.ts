// Small builders for the HogQL text we write ourselves. Fixed literals (our own regexes over the elements chain,
// 'text', 'href') are written as HogQL string literals; user text never comes here (hogql-values.ts).

/** A fixed string as a HogQL literal: backslash and quote escaped, as PostHog's parser reads them back. */
export function fixedString(text: string): string {
  return `'${text.replace(/[\\']/g, (ch) => `\\${ch}`)}'`;
}

export const TRUE = 'true';
export const FALSE = 'false';

/** AND of conditions; true when there are none. */
export function allOf(conditions: readonly string[]): string {
  const kept = conditions.filter((condition) => condition !== TRUE);
  if (kept.includes(FALSE)) return FALSE;
  if (kept.length === 0) return TRUE;
  return kept.length === 1 ? kept[0]! : `(${kept.join(' AND ')})`;
}

/** OR of conditions; false when there are none. */
export function anyOf(conditions: readonly string[]): string {
  const kept = conditions.filter((condition) => condition !== FALSE);
  if (kept.includes(TRUE)) return TRUE;
  if (kept.length === 0) return FALSE;
  return kept.length === 1 ? kept[0]! : `(${kept.join(' OR ')})`;
}

export function not(condition: string): string {
  if (condition === TRUE) return FALSE;
  if (condition === FALSE) return TRUE;
  return `(NOT (${condition}))`;
}
