// What conditions read about one event, worked out lazily and at most once: a property is read straight from
// the JSON text where that is safe (top-level-value.ts), else the text is parsed, once however many conditions
// ask; the elements chain is parsed only when an element condition asks; a person condition is decided once per
// person for the whole match call.
import type { EventTable } from '../events/event-table';
import type { Condition } from './conditions';
import { parseElementsChain, type ChainElement } from './elements-chain';
import type { PeopleLookup } from './people-lookup';
import { NEEDS_PARSE, topLevelValue } from './top-level-value';

const NO_PROPERTIES: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;
const UNDECIDED = 0;
const HOLDS = 1;
const FAILS = 2;

/** An own property only: a key such as "constructor" must not find Object.prototype's. */
export function ownValue(object: Record<string, unknown> | undefined, key: string): unknown {
  return object !== undefined && Object.hasOwn(object, key) ? object[key] : undefined;
}

/** The properties object of a JSON text; {} for anything else (bad JSON, a list, empty text). */
export function parseProperties(text: string): Record<string, unknown> {
  if (text === '') return NO_PROPERTIES;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : NO_PROPERTIES;
  } catch {
    return NO_PROPERTIES;
  }
}

export class EventFacts {
  private current = -1;
  private properties: Record<string, unknown> | undefined;
  private elements: ChainElement[] | undefined;
  private readonly personResults = new Map<Condition, Uint8Array>();
  /** Per condition on a kept property: its result per distinct value of the column, decided once each. */
  private readonly keptResults = new Map<Condition, Uint8Array>();

  constructor(
    private readonly table: EventTable,
    private readonly people: PeopleLookup,
  ) {}

  holds(condition: Condition, eventIndex: number): boolean {
    if (eventIndex !== this.current) {
      this.current = eventIndex;
      this.properties = undefined;
      this.elements = undefined;
    }
    switch (condition.kind) {
      case 'event': {
        const kept = this.table.kept?.[condition.key];
        if (kept) return this.keptHolds(condition, kept, eventIndex);
        return condition.test(this.eventValue(condition, eventIndex));
      }
      case 'person':
        return this.personHolds(condition, eventIndex);
      case 'elements':
        return condition.test(this.elementsOf(eventIndex));
    }
  }

  /**
   * A kept property is stored as text (a string as itself, other JSON as its JSON text): every operator compares
   * values as that text, or as the number a plain decimal text is, so the text decides exactly as the value would.
   */
  private keptHolds(condition: Condition, kept: { index: Uint32Array; values: string[] }, eventIndex: number): boolean {
    let results = this.keptResults.get(condition);
    if (!results) {
      results = new Uint8Array(kept.values.length);
      this.keptResults.set(condition, results);
    }
    const code = kept.index[eventIndex]!;
    if (results[code] === UNDECIDED) {
      const value = code === 0 ? undefined : kept.values[code];
      results[code] = (condition as Condition & { kind: 'event' }).test(value) ? HOLDS : FAILS;
    }
    return results[code] === HOLDS;
  }

  /** One property: read from the text directly when that is safe, else from the parsed object. */
  private eventValue(condition: Condition & { kind: 'event' }, eventIndex: number): unknown {
    if (this.properties === undefined && condition.probe !== null) {
      const value = topLevelValue(this.table.properties[eventIndex] ?? '', condition.probe);
      if (value !== NEEDS_PARSE) return value;
    }
    return ownValue(this.propertiesOf(eventIndex), condition.key);
  }

  private propertiesOf(eventIndex: number): Record<string, unknown> {
    this.properties ??= parseProperties(this.table.properties[eventIndex] ?? '');
    return this.properties;
  }

  /** The elements_chain column, else `$elements_chain` in the properties (what posthog-js sends). */
  private elementsOf(eventIndex: number): ChainElement[] {
    if (this.elements === undefined) {
      let chain = this.table.elementsChain[eventIndex] ?? '';
      if (chain === '') {
        const fromProperties = ownValue(this.propertiesOf(eventIndex), '$elements_chain');
        if (typeof fromProperties === 'string') chain = fromProperties;
      }
      this.elements = parseElementsChain(chain);
    }
    return this.elements;
  }

  private personHolds(condition: Condition & { kind: 'person' }, eventIndex: number): boolean {
    let results = this.personResults.get(condition);
    if (!results) {
      results = new Uint8Array(this.people.persons.length + 1);
      this.personResults.set(condition, results);
    }
    const person = this.people.personNumberOf(eventIndex);
    if (results[person] === UNDECIDED) {
      results[person] = condition.test(ownValue(this.people.propertiesOf(person), condition.key)) ? HOLDS : FAILS;
    }
    return results[person] === HOLDS;
  }
}
