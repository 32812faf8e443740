// EventTables for tests, built from readable rows: dictionary coding as the store does it (index 0 = none).
import type { EventTable } from '../../../../src/core/events/event-table';

export interface Row {
  event: string;
  properties?: Record<string, unknown> | string;
  person?: string;
  distinct?: string;
  elementsChain?: string;
  timestamp?: number;
}

class Dictionary {
  readonly values: string[] = [''];
  private readonly codes = new Map<string, number>();
  code(value: string | undefined): number {
    if (value === undefined || value === '') return 0;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }
}

export function buildTable(rows: readonly Row[]): EventTable {
  const events = new Dictionary();
  const persons = new Dictionary();
  const distincts = new Dictionary();
  const count = rows.length;
  const table: EventTable = {
    count,
    timestamp: new Float64Array(count),
    uuid: new Uint8Array(count * 16),
    event: new Uint32Array(count),
    eventNames: events.values,
    person: new Uint32Array(count),
    personIds: persons.values,
    distinct: new Uint32Array(count),
    distinctIds: distincts.values,
    session: new Uint32Array(count),
    sessionIds: [''],
    groups: [],
    groupKeys: [],
    properties: [],
    elementsChain: [],
  };
  rows.forEach((row, i) => {
    table.timestamp[i] = row.timestamp ?? i * 1000;
    table.event[i] = events.code(row.event);
    table.person[i] = persons.code(row.person);
    table.distinct[i] = distincts.code(row.distinct ?? `d${i}`);
    table.properties.push(typeof row.properties === 'string' ? row.properties : JSON.stringify(row.properties ?? {}));
    table.elementsChain.push(row.elementsChain ?? '');
  });
  return table;
}

// As posthog-js serialises a click on a button inside a form, innermost first.
export const SIGNUP_CLICK_CHAIN = [
  'span.LemonButton__content:nth-child="2"nth-of-type="1"text="Sign up"',
  'button.LemonButton.LemonButton--primary:attr__data-attr="signup-button"attr__type="submit"nth-child="1"nth-of-type="1"',
  'form.SignupForm:attr__class="SignupForm"nth-child="1"nth-of-type="1"',
  'body:nth-child="2"nth-of-type="1"',
].join(';');

export const PRICING_LINK_CHAIN = [
  'a.nav-link.hover:underline:attr__class="nav-link hover:underline"attr__href="/pricing?plan=team"href="/pricing?plan=team"nth-child="3"nth-of-type="1"text="See \\"Team\\"; pricing"',
  'nav:nth-child="1"nth-of-type="1"',
].join(';');
