// Demo events → the pages PostHog's /query/ endpoint returns for our event query, as JSON text: the columns in
// EVENT_COLUMNS order, timestamps as ISO 8601 in the project's timezone (the emulator's formatter, which
// renders them as PostHog does: microseconds, the zone's offset), properties as a JSON string, '' for a
// missing $session_id or $group_N, and each kept property as the client selects it, ClickHouse's
// `JSONExtractRaw(properties, '$key')`: the value's JSON text, '' when the key is missing.
import { generateDemoStream } from '../demo-data/generate';
import type { DemoEvent } from '../demo-data/types';
import { timezone, type Timezone } from '../emulator/timezone';
import { KEPT_PROPERTIES } from '../../src/core/events/kept-properties';
import { EVENT_COLUMNS } from '../../src/sources/posthog/event-rows';

export const ROWS_PER_PAGE = 50_000;

export interface ApiPages {
  /** Each page's JSON text, UTF-8, serialized once. */
  texts: Buffer[];
  events: number;
  bytes: number;
  timezone: string;
}

export interface ApiPagesOptions {
  seed: number;
  events: number;
  days?: number;
  rowsPerPage?: number;
}

/** One row of the query result, as PostHog sends it. */
export function toApiRow(event: DemoEvent, zone: Timezone): unknown[] {
  return [
    event.uuid,
    event.event,
    zone.formatMillis(event.timestamp),
    event.distinct_id,
    event.person_id,
    event.$session_id,
    event.$group_0,
    event.$group_1,
    event.$group_2,
    event.$group_3,
    event.$group_4,
    event.elements_chain,
    JSON.stringify(event.properties),
    ...KEPT_PROPERTIES.map((key) => (event.properties[key] === undefined ? '' : JSON.stringify(event.properties[key]))),
  ];
}

export function pageText(rows: unknown[][]): Buffer {
  return Buffer.from(JSON.stringify({ columns: EVENT_COLUMNS, results: rows }));
}

/** Streams the demo generator day by day, so only one page of row arrays is in memory at a time. */
export function buildApiPages(options: ApiPagesOptions): ApiPages {
  const { seed, events, days, rowsPerPage = ROWS_PER_PAGE } = options;
  const stream = generateDemoStream({ seed, events, ...(days === undefined ? {} : { days }) });
  const zone = timezone(stream.project.timezone);
  const texts: Buffer[] = [];
  let rows: unknown[][] = [];
  let count = 0;
  for (const day of stream.days()) {
    for (const event of day.events) {
      rows.push(toApiRow(event, zone));
      count++;
      if (rows.length === rowsPerPage) {
        texts.push(pageText(rows));
        rows = [];
      }
    }
  }
  if (rows.length > 0) texts.push(pageText(rows));
  return { texts, events: count, bytes: texts.reduce((sum, text) => sum + text.length, 0), timezone: zone.name };
}
