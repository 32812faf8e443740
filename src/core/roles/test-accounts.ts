// The test-account filter (DESIGN §5, PostHog's meaning): the filters describe real users, so an event is kept
// only when it passes every one; a person filter tests the event's own person. A filter we cannot evaluate is
// skipped and reported rather than failed: failing it would drop every event and leave an empty dashboard.
import type { PropertyFilter } from '../config/role-config';
import type { EventTable } from '../events/event-table';
import { compileFilter } from './compile-filter';
import { byCost, type Condition } from './conditions';
import { EventFacts } from './event-facts';
import type { PeopleLookup } from './people-lookup';

export interface CompiledTestAccountFilters {
  conditions: Condition[];
  /** One sentence per filter skipped. */
  unsupported: string[];
}

export function compileTestAccountFilters(filters: readonly PropertyFilter[]): CompiledTestAccountFilters {
  const conditions: Condition[] = [];
  const unsupported: string[] = [];
  for (const filter of filters) {
    const compiled = compileFilter(filter);
    if (compiled.ok) conditions.push(compiled.condition);
    else unsupported.push(`Test-account filters: ${compiled.problem}, so it is skipped.`);
  }
  return { conditions: byCost(conditions), unsupported };
}

/** 1 where the event passes every filter (a real user's event). */
export function testAccountMask(table: EventTable, filters: readonly PropertyFilter[], people: PeopleLookup): Uint8Array {
  const { conditions } = compileTestAccountFilters(filters);
  const mask = new Uint8Array(table.count);
  const facts = new EventFacts(table, people);
  for (let i = 0; i < table.count; i++) {
    let passes = true;
    for (const condition of conditions) {
      if (!facts.holds(condition, i)) {
        passes = false;
        break;
      }
    }
    if (passes) mask[i] = 1;
  }
  return mask;
}
