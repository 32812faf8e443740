// What a role's matchers — saved or still a draft — would match: events and distinct actors over the last N days
// (project timezone, days ending today) and the count per day, for the live preview under each role. Matching is
// the engine's own (compileRole + matchRoleMask), and the test-account filter and the actor are the config's, so
// the preview agrees with what the dashboard will show once the draft is saved.
import type { Matcher, RoleConfig } from '../config/role-config';
import type { Calendar } from '../engine/prepared-data';
import type { EventTable } from '../events/event-table';
import { compileRole } from '../roles/compile-role';
import { matchRoleMask } from '../roles/match-role';
import type { PeopleLookup } from '../roles/people-lookup';

export const PREVIEW_DAYS = 30;

export interface RolePreview {
  /** 'YYYY-MM-DD' of each day, oldest first; the last is today. */
  dates: string[];
  /** Matching events per day. */
  counts: number[];
  events: number;
  actors: number;
  /** What the matchers hold that cannot be evaluated offline, in words (it matches nothing). */
  unsupported: string[];
}

export interface PreviewInput {
  table: EventTable;
  people: PeopleLookup;
  /** Actor of each event (-1: none in this mode, so not counted), as resolveActors gives it. */
  actor: Int32Array;
  /** 1 where the event passes the test-account filter; null when not filtering. */
  passes: Uint8Array | null;
  calendar: Calendar;
  matchers: readonly Matcher[];
  nowMs: number;
  days?: number;
}

/** The first instant of the preview window: the start of day today − (days − 1). */
export function previewStartMs(calendar: Calendar, nowMs: number, days = PREVIEW_DAYS): number {
  return calendar.dayStartMs(calendar.dayOf(nowMs) - (days - 1));
}

export function previewRole(input: PreviewInput): RolePreview {
  const { table, calendar, actor, passes, days = PREVIEW_DAYS } = input;
  const today = calendar.dayOf(input.nowMs);
  const first = today - (days - 1);
  const dates = Array.from({ length: days }, (_, k) => calendar.label(first + k));
  const counts = new Array<number>(days).fill(0);
  if (input.matchers.length === 0) return { dates, counts, events: 0, actors: 0, unsupported: [] };
  const compiled = compileRole(input.matchers);
  const mask = matchRoleMask(table, compiled, input.people);
  const fromMs = calendar.dayStartMs(first);
  const toMs = calendar.dayStartMs(today + 1);
  const actors = new Set<number>();
  let events = 0;
  for (let i = 0; i < table.count; i++) {
    if (mask[i] === 0) continue;
    const ts = table.timestamp[i]!;
    if (ts < fromMs || ts >= toMs || actor[i]! < 0 || (passes !== null && passes[i] === 0)) continue;
    events++;
    actors.add(actor[i]!);
    counts[calendar.dayOf(ts) - first]!++;
  }
  return { dates, counts, events, actors: actors.size, unsupported: compiled.unsupported };
}

/** Whether a config's settings filter test accounts at all (so the preview builds the mask). */
export function filtersTestAccounts(config: RoleConfig): boolean {
  return config.filterTestAccounts && config.testAccountFilters.length > 0;
}
