// One PostHog event as an export writes it (a JSONL line, or a query-API row turned into an object), checked and
// added to a batch. `$session_id` and `$group_N` come from the column, else from the properties (DESIGN §5).
import { GROUP_SLOTS, type EventBatch } from '../../core/events/event-batch';
import { KEPT_PROPERTIES, keptText } from '../../core/events/kept-properties';
import { parseTimestamp } from '../../core/events/timestamps';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const nonEmpty = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

function propertiesOf(value: unknown): { text: string; object: Record<string, unknown> } | string {
  if (value === undefined || value === null) return { text: '{}', object: {} };
  if (typeof value === 'string') {
    try {
      const parsed: unknown = JSON.parse(value);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return 'properties is not a JSON object';
      return { text: value, object: parsed as Record<string, unknown> };
    } catch {
      return 'properties is a string but not valid JSON';
    }
  }
  if (typeof value !== 'object' || Array.isArray(value)) return 'properties is neither an object nor a JSON string';
  return { text: JSON.stringify(value), object: value as Record<string, unknown> };
}

/** The object's own property `key` (never one inherited, such as `constructor`). */
function ownValue(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Adds the event to `batch`, or returns what is wrong with it (nothing is added then). */
export function addEventRecord(batch: EventBatch, record: unknown): string | null {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return 'not a JSON object';
  const r = record as Record<string, unknown>;
  const uuid = typeof r.uuid === 'string' ? r.uuid.toLowerCase() : typeof r.id === 'string' ? r.id.toLowerCase() : null;
  if (!uuid || !UUID.test(uuid)) return `"uuid" is missing or not a UUID (${JSON.stringify(r.uuid ?? r.id ?? null)})`;
  if (typeof r.event !== 'string' || r.event === '') return '"event" is missing';
  const time = typeof r.timestamp === 'string' ? parseTimestamp(r.timestamp) : typeof r.timestamp === 'number' ? Math.trunc(r.timestamp) : NaN;
  if (!Number.isFinite(time)) return `"timestamp" is missing or unreadable (${JSON.stringify(r.timestamp ?? null)})`;
  if (typeof r.distinct_id !== 'string' || r.distinct_id === '') return '"distinct_id" is missing';
  const properties = propertiesOf(r.properties);
  if (typeof properties === 'string') return properties;
  const props = properties.object;
  const i = batch.length++;
  if (batch.timestamp.length <= i) {
    const grown = new Float64Array(Math.max(1024, batch.timestamp.length * 2));
    grown.set(batch.timestamp);
    batch.timestamp = grown;
  }
  batch.uuid.push(uuid);
  batch.event.push(r.event);
  batch.timestamp[i] = time;
  batch.distinctId.push(r.distinct_id);
  batch.personId.push(nonEmpty(r.person_id)?.toLowerCase() ?? null);
  batch.sessionId.push(nonEmpty(r.$session_id) ?? nonEmpty(props.$session_id));
  const groupsByType = props.$groups && typeof props.$groups === 'object' ? (props.$groups as Record<string, unknown>) : {};
  for (let g = 0; g < GROUP_SLOTS; g++) {
    // $groups is keyed by group type name, which only the project knows; the column and $group_N come first.
    batch.groups[g]!.push(nonEmpty(r[`$group_${g}`]) ?? nonEmpty(props[`$group_${g}`]) ?? (g === 0 && Object.keys(groupsByType).length === 1 ? nonEmpty(Object.values(groupsByType)[0]) : null));
  }
  batch.properties.push(properties.text);
  batch.elementsChain.push(typeof r.elements_chain === 'string' ? r.elements_chain : '');
  // The kept properties from the object already parsed: the text HogQL's `properties.$key` would give.
  for (const key of KEPT_PROPERTIES) (batch.kept[key] ??= new Array<string | null>(i).fill(null)).push(keptText(ownValue(props, key)));
  return null;
}
