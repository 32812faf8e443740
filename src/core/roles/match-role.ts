// Which events play a role: 1 in the mask where an event matches any alternative. Event names are decided once
// per dictionary entry; per event, an alternative without conditions costs one array read, and only events whose
// name already matched reach the conditions (and so the JSON parse).
import type { EventTable } from '../events/event-table';
import type { CompiledRole } from './compile-role';
import type { Alternative } from './conditions';
import { EventFacts } from './event-facts';
import type { PeopleLookup } from './people-lookup';

export function matchRoleMask(table: EventTable, role: CompiledRole, people: PeopleLookup): Uint8Array {
  const mask = new Uint8Array(table.count);
  const names = table.eventNames;
  // Per event-name code: 1 when some condition-free alternative takes every such event; else the alternatives
  // whose conditions decide.
  const always = new Uint8Array(names.length);
  const candidates: (Alternative[] | undefined)[] = new Array(names.length);
  for (let code = 0; code < names.length; code++) {
    for (const alternative of role.alternatives) {
      // Code 0 is an event without a name: only "any event" takes it.
      if (alternative.event !== null && (code === 0 || names[code] !== alternative.event)) continue;
      if (alternative.conditions.length === 0) always[code] = 1;
      else (candidates[code] ??= []).push(alternative);
    }
  }
  const facts = new EventFacts(table, people);
  const event = table.event;
  const count = table.count;
  for (let i = 0; i < count; i++) {
    const code = event[i]!;
    if (always[code] === 1) mask[i] = 1;
    else if (candidates[code] !== undefined && anyHolds(candidates[code], facts, i)) mask[i] = 1;
  }
  return mask;
}

/** Some alternative has all its conditions true for event i. Plain loops: this runs per candidate event. */
function anyHolds(alternatives: Alternative[], facts: EventFacts, i: number): boolean {
  for (let a = 0; a < alternatives.length; a++) {
    const conditions = alternatives[a]!.conditions;
    let all = true;
    for (let c = 0; c < conditions.length && all; c++) all = facts.holds(conditions[c]!, i);
    if (all) return true;
  }
  return false;
}
