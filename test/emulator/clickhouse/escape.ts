// Constants and identifiers written into ClickHouse SQL the way PostHog's escape_sql.py writes them: strings in
// single quotes with backslash escapes, arrays as `[…]`, identifiers bare when they are plain words (`$` allowed,
// as in `properties___$browser`), else in backticks. Every value a request brings goes through here: the SQL
// is built from the parsed tree, never by pasting request text.

const STRING_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\b': '\\b',
  '\f': '\\f',
  '\r': '\\r',
  '\n': '\\n',
  '\t': '\\t',
  '\0': '\\0',
  '\x07': '\\a',
  '\v': '\\v',
};

export function escapeString(value: string): string {
  return `'${value.replace(/[\\'\b\f\r\n\t\0\x07\v]/g, (ch) => STRING_ESCAPES[ch] as string)}'`;
}

export function escapeIdentifier(name: string): string {
  if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)) return name;
  return `\`${name.replace(/[\\`]/g, (ch) => `\\${ch}`)}\``;
}

/** A JSON-ish value (a placeholder's) as a ClickHouse literal. */
export function escapeValue(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'NULL';
  if (typeof value === 'string') return escapeString(value);
  if (Array.isArray(value)) return `[${value.map(escapeValue).join(', ')}]`;
  return escapeString(JSON.stringify(value));
}
