// A customer profile in the worker. The worker's table usually holds no raw properties (reading them all costs
// seconds per million events; the kept columns answer the dashboard), yet a profile shows some: its payments'
// amounts, its errors, its tickets and the properties of the history page on screen. Those few events' texts are
// read from the store by (timestamp, uuid) and laid over the table, so the core builds the profile as usual.
import type { ActorMode } from '../../core/engine/actors';
import type { Prepared } from '../../core/engine/prepare';
import type { EventTable, GroupInfo, PersonInfo } from '../../core/events/event-table';
import { normalizePaging } from '../../core/profile/activity-history';
import { groupIntoSessions } from '../../core/profile/activity-sessions';
import { actorIndexOf, rowsOfActor } from '../../core/profile/actor-rows';
import { buildCustomerProfile } from '../../core/profile/build-customer-profile';
import type { CustomerProfile } from '../../core/profile/customer-profile';
import { EXCEPTION_EVENT } from '../../core/profile/error-groups';
import { uuidTextAt } from '../../core/profile/uuid-text';
import type { EventKey, EventTexts } from '../../store/event-texts';

/** Reads events' texts from the store; `cache` keeps them by table row until the table is read again. */
export interface TextSource {
  read(keys: readonly EventKey[]): Promise<(EventTexts | undefined)[]>;
  cache: Map<number, EventTexts>;
}

export interface ProfileRequestInput {
  /** The table as loaded: with texts (`properties.length === count`) or without (`[]`). */
  table: EventTable;
  prepared: Prepared;
  mode: ActorMode;
  persons: readonly PersonInfo[];
  groups: readonly GroupInfo[];
  actorId: string;
  historyPage: number;
  /** Epoch ms the usage windows end at. */
  now: number;
}

// Texts kept between requests at most; past it the cache starts again (a profile rarely needs more than a few hundred).
const MAX_CACHED_TEXTS = 20_000;

export async function profileWithTexts(input: ProfileRequestInput, texts: TextSource): Promise<CustomerProfile | null> {
  const { table, prepared } = input;
  const hasTexts = table.count === 0 || table.properties.length === table.count;
  const withTexts = hasTexts ? table : await overlayTexts(table, rowsShown(input), texts);
  return buildCustomerProfile(
    {
      table: withTexts, actors: prepared.actors, roles: prepared.roleMasks, actorId: input.actorId, now: input.now,
      mode: input.mode, persons: input.persons, groups: input.groups,
    },
    { historyPage: input.historyPage },
  );
}

/** The actor's rows whose properties the profile reads: payments, tickets, errors, and the history page's events. */
function rowsShown({ table, prepared, actorId, historyPage }: ProfileRequestInput): number[] {
  const rows = rowsOfActor(prepared.actors, actorIndexOf(prepared.actors, actorId));
  const { payment, support_ticket: ticket } = prepared.roleMasks;
  const exception = table.eventNames.indexOf(EXCEPTION_EVENT);
  const wanted = new Set<number>();
  for (const row of rows) {
    if (payment?.[row] === 1 || ticket?.[row] === 1 || (exception > 0 && table.event[row] === exception)) wanted.add(row);
  }
  // The history reads as one list (sessions newest first, their events newest first) and a page is a slice of it.
  const { page, pageSize } = normalizePaging(historyPage, undefined);
  const history = groupIntoSessions(table, rows).flatMap((session) => session.rows);
  for (const row of history.slice(page * pageSize, (page + 1) * pageSize)) wanted.add(row);
  return [...wanted];
}

/** The table with the texts of `rows` filled in (a sparse array: every other row reads as no properties). */
async function overlayTexts(table: EventTable, rows: readonly number[], texts: TextSource): Promise<EventTable> {
  if (texts.cache.size + rows.length > MAX_CACHED_TEXTS) texts.cache.clear();
  // Collected here, not re-read from the cache after the await: another request may clear the cache meanwhile.
  const found = new Map<number, EventTexts>();
  const missing: number[] = [];
  for (const row of rows) {
    const cached = texts.cache.get(row);
    if (cached) found.set(row, cached);
    else missing.push(row);
  }
  if (missing.length > 0) {
    const read = await texts.read(missing.map((row) => ({ timestamp: table.timestamp[row]!, uuid: uuidTextAt(table.uuid, row) })));
    missing.forEach((row, k) => {
      const value = read[k] ?? { properties: '', elementsChain: '' };
      found.set(row, value);
      texts.cache.set(row, value);
    });
  }
  const properties: string[] = [];
  const elementsChain: string[] = [];
  for (const [row, value] of found) {
    properties[row] = value.properties;
    elementsChain[row] = value.elementsChain;
  }
  return { ...table, properties, elementsChain };
}
