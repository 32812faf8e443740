// Config errors name the exact path of the first wrong field and what was expected there, so that a user
// editing the JSON by hand (or the CLI printing it) can go straight to it.
import { UserError } from '../user-error';

/** A short, safe rendering of a wrong value for a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function configError(path: string, problem: string): UserError {
  return new UserError('bad_config', `${path}: ${problem}`);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` when it is one of `allowed`, else a bad_config error listing them. */
export function oneOf<T extends string>(path: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw configError(path, `${describeValue(value)} is not one of ${allowed.join(', ')}`);
}

/** Rejects keys outside `known` on our own objects (a typo there would otherwise be ignored silently). */
export function onlyKeys(path: string, value: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) throw configError(path ? `${path}.${key}` : key, `not a known field (expected ${known.join(', ')})`);
  }
}

export function optionalString(path: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw configError(path, `expected text or null, got ${describeValue(value)}`);
  return value;
}
