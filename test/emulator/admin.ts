// The emulator's own HTTP API under `/_emulator/` (no auth; the server listens on 127.0.0.1 only), so that a
// browser test or a start script can drive an emulator running in another process:
//   GET /_emulator/health · GET|POST|DELETE /_emulator/faults · GET|DELETE /_emulator/log · POST /_emulator/events
//   · POST /_emulator/persons ({"action": "merge", "from", "into"} | {"action": "delete", "id"} |
//     {"action": "set_properties", "id", "properties"}, or an array of those, applied in order)
import type { DemoEvent } from '../demo-data/types.ts';
import { FAULT_KINDS, FaultController, type FaultSpec } from './faults.ts';
import type { ProjectData } from './project-data.ts';
import { json, type Reply } from './reply.ts';
import type { RequestLog } from './request-log.ts';
import { UTC } from './timezone.ts';

export interface AdminState {
  data: ProjectData;
  faults: FaultController;
  log: RequestLog;
  appendEvents(events: readonly DemoEvent[]): Promise<void>;
  persons: {
    merge(fromId: string, intoId: string): Promise<void>;
    delete(id: string): Promise<void>;
    setProperties(id: string, properties: Record<string, unknown>): Promise<void>;
  };
}

export async function answerAdmin(method: string, pathname: string, rawBody: string, state: AdminState): Promise<Reply> {
  const resource = pathname.replace(/^\/_emulator\/?/, '').replace(/\/$/, '');
  try {
    switch (`${method} ${resource}`) {
      case 'GET health':
        return json(200, { ok: true, project_id: state.data.project.id, timezone: state.data.project.timezone, events: state.data.allEvents.length });
      case 'GET faults':
        return json(200, { pending: state.faults.pending() });
      case 'POST faults': {
        const parsed = JSON.parse(rawBody) as FaultSpec | FaultSpec[];
        const specs = Array.isArray(parsed) ? parsed : [parsed];
        // All or nothing: check every spec on a scratch controller before queueing any.
        for (const spec of specs) new FaultController().add(spec);
        for (const spec of specs) state.faults.add(spec);
        return json(201, { pending: state.faults.pending(), kinds: FAULT_KINDS });
      }
      case 'DELETE faults':
        state.faults.clear();
        return json(200, { pending: [] });
      case 'GET log':
        return json(200, { entries: state.log.entries });
      case 'DELETE log':
        state.log.clear();
        return json(200, { entries: [] });
      case 'POST events': {
        const events = parseEvents(rawBody);
        await state.appendEvents(events);
        return json(201, { appended: events.length, events: state.data.allEvents.length });
      }
      case 'POST persons': {
        const parsed = JSON.parse(rawBody) as unknown;
        const actions = Array.isArray(parsed) ? parsed : [parsed];
        for (const action of actions) await applyPersonAction(action, state);
        return json(200, { applied: actions.length, persons: state.data.persons.length });
      }
      default:
        return json(404, { error: `no such emulator endpoint: ${method} ${pathname}` });
    }
  } catch (error) {
    return json(400, { error: (error as Error).message });
  }
}

async function applyPersonAction(raw: unknown, state: AdminState): Promise<void> {
  const action = (raw ?? {}) as Record<string, unknown>;
  const text = (name: string) => {
    if (typeof action[name] !== 'string') throw new Error(`"${name}" must be a string`);
    return action[name] as string;
  };
  switch (action.action) {
    case 'merge':
      return state.persons.merge(text('from'), text('into'));
    case 'delete':
      return state.persons.delete(text('id'));
    case 'set_properties': {
      const properties = action.properties;
      if (properties === null || typeof properties !== 'object' || Array.isArray(properties)) throw new Error('"properties" must be an object');
      return state.persons.setProperties(text('id'), properties as Record<string, unknown>);
    }
    default:
      throw new Error(`"action" must be "merge", "delete" or "set_properties", not ${JSON.stringify(action.action)}`);
  }
}

/** A JSON array, `{"events": [...]}`, or JSONL: one event per line. */
export function parseEvents(text: string): DemoEvent[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  let raws: unknown[];
  let whole: unknown;
  try {
    whole = JSON.parse(trimmed);
  } catch {
    whole = undefined;
  }
  if (Array.isArray(whole)) raws = whole;
  else if (whole !== undefined) {
    const events = (whole as { events?: unknown }).events;
    raws = Array.isArray(events) ? events : [whole];
  } else {
    raws = trimmed.split('\n').filter((line) => line.trim() !== '').map((line, i) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        throw new Error(`line ${i + 1} is not JSON`);
      }
    });
  }
  return raws.map((raw, i) => toDemoEvent(raw, i + 1));
}

/** An event from its essentials (uuid, event, timestamp, distinct_id); the other columns get PostHog's defaults. */
function toDemoEvent(raw: unknown, position: number): DemoEvent {
  const fail = (why: string): never => {
    throw new Error(`event ${position}: ${why}`);
  };
  if (raw === null || typeof raw !== 'object') return fail('not an object');
  const e = raw as Record<string, unknown>;
  if (typeof e.uuid !== 'string') fail('"uuid" must be a string');
  if (typeof e.event !== 'string') fail('"event" must be a string');
  if (typeof e.distinct_id !== 'string') fail('"distinct_id" must be a string');
  const timestamp = typeof e.timestamp === 'number' ? e.timestamp : typeof e.timestamp === 'string' ? (UTC.parseMicros(e.timestamp) ?? NaN) / 1000 : NaN;
  if (!Number.isFinite(timestamp)) fail('"timestamp" must be epoch ms or an ISO datetime');
  const properties = (e.properties !== null && typeof e.properties === 'object' ? e.properties : {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    uuid: e.uuid as string,
    event: e.event as string,
    timestamp: Math.floor(timestamp),
    distinct_id: e.distinct_id as string,
    person_id: typeof e.person_id === 'string' ? e.person_id : null,
    ...(typeof e.created_at === 'number' ? { created_at: e.created_at } : typeof e.created_at === 'string' ? { created_at: Math.floor((UTC.parseMicros(e.created_at) ?? NaN) / 1000) } : {}),
    properties,
    elements_chain: text(e.elements_chain),
    $session_id: text(e.$session_id) || text(properties.$session_id),
    $group_0: text(e.$group_0),
    $group_1: text(e.$group_1),
    $group_2: text(e.$group_2),
    $group_3: text(e.$group_3),
    $group_4: text(e.$group_4),
  };
}
