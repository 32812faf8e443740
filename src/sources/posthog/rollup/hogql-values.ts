// The `values` of a HogQL query and the placeholders that name them. Everything a user wrote (event names, keys,
// values, regexes) goes through here, so the SQL text holds only our own fixed syntax: PostHog substitutes each
// `{name}` as a constant in the parsed tree (posthog/hogql/placeholders.py), and no user text is ever parsed as
// HogQL.

export type HogQLValue = string | number | boolean | string[];

export class HogQLValues {
  readonly values: Record<string, HogQLValue> = {};
  private next = 0;

  /** `prefix` keeps the names of several compiled expressions in one query apart (`{activity_0}`, `{tests_0}`). */
  constructor(private readonly prefix = 'v') {}

  /** The placeholder for a value; the same value given twice reuses its placeholder. */
  add(value: HogQLValue): string {
    for (const [name, held] of Object.entries(this.values)) {
      if (sameValue(held, value)) return `{${name}}`;
    }
    const name = `${this.prefix}${this.next++}`;
    this.values[name] = value;
    return `{${name}}`;
  }
}

function sameValue(a: HogQLValue, b: HogQLValue): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => item === b[i]);
  }
  return a === b;
}
