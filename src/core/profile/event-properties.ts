// Reading one event's properties. They are stored as JSON text and parsed only for the few events a profile shows
// or inspects (its payments, errors, tickets, one history page), never for the whole table. Values are data: they
// are returned as they came, to be rendered as text by whoever shows them.

export type Properties = Record<string, unknown>;

/** The properties object of a JSON text; `{}` when the text is not a JSON object (a damaged row must not hide the rest). */
export function parseProperties(text: string | undefined): Properties {
  if (text === undefined || text === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Properties) : {};
  } catch {
    return {};
  }
}

/**
 * A property as display text: a non-blank string as it is, a finite number or a boolean as its text; null for
 * anything else (missing, null, blank, objects, lists), so callers fall back to the next source.
 */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean') return String(value);
  return null;
}

/** The first of `keys` that holds display text. */
export function firstText(properties: Properties, keys: readonly string[]): string | null {
  for (const key of keys) {
    const text = textOf(properties[key]);
    if (text !== null) return text;
  }
  return null;
}
