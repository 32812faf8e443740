// What an `$exception` event says, read from any of the formats PostHog stores (analytics-apis §A4):
// - ingestion's summary fields: `$exception_fingerprint`, `$exception_types`, `$exception_values`,
//   `$exception_handled` (lists, sometimes sent as JSON text);
// - the SDK's current `$exception_list`: [{type, value, mechanism: {handled}}], the first entry being the error
//   thrown (later ones are chained causes);
// - older SDKs' flat `$exception_type`, `$exception_message`.
import { textOf, type Properties } from './event-properties';

export interface ExceptionFields {
  fingerprint: string | null;
  type: string | null;
  message: string | null;
  /** false = unhandled (crashed to the top), true = caught and reported; null when not said. */
  handled: boolean | null;
  /** `$exception_level` ("error", "warning"…). */
  level: string | null;
}

export function readException(properties: Properties): ExceptionFields {
  const first = firstEntry(properties.$exception_list);
  const mechanism = first?.mechanism;
  const mechanismHandled =
    mechanism !== null && typeof mechanism === 'object' && typeof (mechanism as Properties).handled === 'boolean'
      ? ((mechanism as Properties).handled as boolean)
      : null;
  return {
    fingerprint: textOf(properties.$exception_fingerprint),
    type: textOf(first?.type) ?? textOf(firstItem(properties.$exception_types)) ?? textOf(properties.$exception_type),
    message:
      textOf(first?.value) ?? textOf(firstItem(properties.$exception_values)) ?? textOf(properties.$exception_message),
    handled: mechanismHandled ?? booleanOf(firstItem(properties.$exception_handled)),
    level: textOf(properties.$exception_level),
  };
}

/** A list, or JSON text of one; null otherwise. */
function listOf(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string' && value.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(value);
      return Array.isArray(parsed) ? parsed : null;
    } catch {
      return null;
    }
  }
  return null;
}

/** The first item of a list; a lone value stands for itself. */
function firstItem(value: unknown): unknown {
  const list = listOf(value);
  return list ? list[0] : value;
}

function firstEntry(value: unknown): Properties | null {
  const entry = listOf(value)?.[0];
  return entry !== null && typeof entry === 'object' && !Array.isArray(entry) ? (entry as Properties) : null;
}

function booleanOf(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return null;
}
