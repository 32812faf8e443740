// The on-disk form of a dataset (what the CLI writes and the emulator reads): JSON lines with ISO 8601
// UTC timestamps (`Z`, millisecond precision) instead of the in-memory epoch milliseconds.
import type { DemoAction, DemoEvent, DemoGroup, DemoPerson, DemoProject } from './types.ts';

let cachedMinute = Number.NaN;
let cachedMinutePrefix = '';

/**
 * `Date#toISOString`, but the `YYYY-MM-DDTHH:MM:` part is reused while consecutive (sorted) timestamps
 * stay in the same minute, which saves a Date per event on multi-million-event writes.
 */
export function iso(ms: number): string {
  const minute = Math.floor(ms / 60_000);
  if (minute !== cachedMinute) {
    cachedMinute = minute;
    cachedMinutePrefix = new Date(minute * 60_000).toISOString().slice(0, -7);
  }
  const withinMinute = ms - minute * 60_000;
  const seconds = Math.floor(withinMinute / 1000);
  const millis = withinMinute - seconds * 1000;
  return `${cachedMinutePrefix}${seconds < 10 ? '0' : ''}${seconds}.${millis < 10 ? '00' : millis < 100 ? '0' : ''}${millis}Z`;
}

const q = JSON.stringify;
const quote = (s: string): string => (s === '' ? '""' : JSON.stringify(s));

/** Hand-assembled (same keys and order as DemoEvent) so the timestamp can be formatted on the way. */
export function eventToJsonLine(e: DemoEvent): string {
  return (
    `{"uuid":"${e.uuid}","event":${quote(e.event)},"timestamp":"${iso(e.timestamp)}","distinct_id":${quote(e.distinct_id)},` +
    `"person_id":${e.person_id === null ? 'null' : quote(e.person_id)},"properties":${JSON.stringify(e.properties)},` +
    `"elements_chain":${quote(e.elements_chain)},"$session_id":${quote(e.$session_id)},"$group_0":${quote(e.$group_0)},` +
    `"$group_1":${quote(e.$group_1)},"$group_2":${quote(e.$group_2)},"$group_3":${quote(e.$group_3)},"$group_4":${quote(e.$group_4)}}`
  );
}

export function personToJsonLine(p: DemoPerson): string {
  return q({ ...p, created_at: iso(p.created_at) });
}

export function groupToJsonLine(g: DemoGroup): string {
  return q({ ...g, created_at: iso(g.created_at) });
}

export function projectToJson(p: DemoProject): string {
  return q(
    { ...p, created_at: iso(p.created_at), actions: p.actions.map((a) => ({ ...a, created_at: iso(a.created_at) })) },
    null,
    2,
  );
}

function parseTime(value: unknown, what: string): number {
  const ms = typeof value === 'number' ? value : Date.parse(String(value));
  if (!Number.isFinite(ms)) throw new Error(`invalid ${what}: ${String(value)}`);
  return ms;
}

export function parseEventLine(line: string): DemoEvent {
  const raw = JSON.parse(line) as DemoEvent & { timestamp: string | number };
  return { ...raw, timestamp: parseTime(raw.timestamp, 'event timestamp') };
}

export function parsePersonLine(line: string): DemoPerson {
  const raw = JSON.parse(line) as DemoPerson & { created_at: string | number };
  return { ...raw, created_at: parseTime(raw.created_at, 'person created_at') };
}

export function parseGroupLine(line: string): DemoGroup {
  const raw = JSON.parse(line) as DemoGroup & { created_at: string | number };
  return { ...raw, created_at: parseTime(raw.created_at, 'group created_at') };
}

export function parseProject(text: string): DemoProject {
  const raw = JSON.parse(text) as DemoProject & { created_at: string | number };
  return {
    ...raw,
    created_at: parseTime(raw.created_at, 'project created_at'),
    actions: raw.actions.map((a: DemoAction) => ({ ...a, created_at: parseTime(a.created_at, 'action created_at') })),
  };
}
