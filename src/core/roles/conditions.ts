// What a compiled matcher tests on one event. Kept as plain data (a kind and a test) so the matching loop can
// order and cache them: person conditions are decided once per person, event properties need the event's JSON
// parsed, element conditions its elements chain.
import type { ChainElement } from './elements-chain';
import { keyProbe, type KeyProbe } from './top-level-value';
import type { ValueTest } from './value-test';

export type Condition =
  | { kind: 'event'; key: string; test: ValueTest; probe: KeyProbe | null }
  | { kind: 'person'; key: string; test: ValueTest }
  | { kind: 'elements'; test: (elements: ChainElement[]) => boolean };

/** One way to match: the event name (null = any event) and conditions that must all hold. */
export interface Alternative {
  event: string | null;
  conditions: Condition[];
}

/** Cheapest first; the result is the same in any order (they are ANDed). */
export function byCost(conditions: Condition[]): Condition[] {
  const cost = { person: 0, event: 1, elements: 2 } as const;
  return [...conditions].sort((a, b) => cost[a.kind] - cost[b.kind]);
}

export function eventCondition(key: string, test: ValueTest): Condition {
  return { kind: 'event', key, test, probe: keyProbe(key) };
}
