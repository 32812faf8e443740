// The popup's role-editor requests as the extension's service worker answers them (extension/background.ts:
// getEventCatalog, getEventProperties, getPropertyValues, previewRole): the same store functions on a database the
// bench filled. One request kind per call, asked several times on one connection: the first answer is cold when the
// page (the browser) was just started — module caches empty, as a service worker woken for the role editor — and
// the next ones are warm, what the editor's repeated questions cost while the user picks and types.
import { rawKeysOf, RAW_SAMPLE, keptKeysOf } from '../../../src/core/catalog/property-keys';
import { topKeptValues, topRawValues } from '../../../src/core/catalog/property-values';
import { previewStartMs } from '../../../src/core/catalog/role-preview';
import { parseRole } from '../../../src/core/config/parse-matcher';
import { resolveActors } from '../../../src/core/engine/actors';
import { actorModeOf } from '../../../src/core/engine/prepare';
import { KEPT_PROPERTIES } from '../../../src/core/events/kept-properties';
import { compileRole } from '../../../src/core/roles/compile-role';
import { matchRoleMask } from '../../../src/core/roles/match-role';
import { createPeopleLookup } from '../../../src/core/roles/people-lookup';
import { createCalendar } from '../../../src/core/time/calendar';
import { catalogSource } from '../../../src/store/catalog-source';
import { readChunkTexts } from '../../../src/store/chunk-texts';
import { openDatabase } from '../../../src/store/database';
import { readEvents } from '../../../src/store/event-reader';
import { loadRoleConfig } from '../../../src/store/role-config-store';
import { storedDataVersion } from '../../../src/store/stored-data-version';
import { eventCatalog } from '../../../src/store/event-catalog';
import { eventPropertyKeys, propertyValues } from '../../../src/store/event-properties';
import { previewRoleMatchers } from '../../../src/store/role-preview-store';
import type { Database } from '../../../src/store/database';

/** One of the role editor's requests, with the arguments the popup sends. */
export type RoleEditorAsk =
  | { kind: 'catalog' }
  | { kind: 'keys'; event: string }
  | { kind: 'values'; event: string; key: string }
  | { kind: 'preview'; matchers: unknown };

export interface RoleEditorRequest {
  dbName: string;
  /** The service worker passes Date.now(); the bench the demo data's end, so the last 30 days have events. */
  nowMs: number;
  /** Asked in this order on one connection. */
  asks: RoleEditorAsk[];
  /** How many times each ask is repeated right after its first answer (warm). */
  warmRepeats: number;
}

export interface RoleEditorTimes {
  /** The first answer (cold when nothing was asked before on a fresh page), then each warm repeat. */
  firstMs: number;
  warmMs: number[];
  /** A few words about the answer, to see that it is not empty. */
  answer: string;
}

export interface RoleEditorResult {
  /** Opening the database, before the first ask (the service worker does it on its first request). */
  openMs: number;
  times: RoleEditorTimes[];
}

async function answer(db: Database, ask: RoleEditorAsk, nowMs: number): Promise<string> {
  switch (ask.kind) {
    case 'catalog': {
      const catalog = await eventCatalog(db, nowMs);
      const top = catalog.events[0];
      return `${catalog.events.length} events, ${catalog.actions.length} actions; top ${top?.event} ${top?.volume} in 30 days, ${top?.actors} actors`;
    }
    case 'keys': {
      const keys = await eventPropertyKeys(db, ask.event);
      return `${keys.length} keys: ${keys.slice(0, 4).map((k) => `${k.key} ${k.count}`).join(', ')}…`;
    }
    case 'values': {
      const values = await propertyValues(db, ask.event, ask.key);
      return `${values.length} values: ${values.slice(0, 3).map((v) => `${v.value} ${v.count}`).join(', ')}…`;
    }
    case 'preview': {
      // Checked as the service worker checks it (a page could send anything).
      const preview = await previewRoleMatchers(db, parseRole(ask.matchers, 'matchers'), nowMs);
      return `${preview.events} events, ${preview.actors} actors over ${preview.dates.length} days${preview.unsupported.length ? `; unsupported: ${preview.unsupported.join('; ')}` : ''}`;
    }
  }
}

export async function roleEditorAsks({ dbName, nowMs, asks, warmRepeats }: RoleEditorRequest): Promise<RoleEditorResult> {
  let started = performance.now();
  const db = await openDatabase({ name: dbName });
  const openMs = performance.now() - started;
  const times: RoleEditorTimes[] = [];
  try {
    for (const ask of asks) {
      started = performance.now();
      const said = await answer(db, ask, nowMs);
      const firstMs = performance.now() - started;
      const warmMs: number[] = [];
      for (let k = 0; k < warmRepeats; k++) {
        started = performance.now();
        await answer(db, ask, nowMs);
        warmMs.push(performance.now() - started);
      }
      times.push({ firstMs, warmMs, answer: said });
    }
  } finally {
    db.close();
  }
  return { openMs, times };
}

/** Each part's time, the first (cold in a fresh browser) and a repeat (warm), in the order they ran. */
export type RoleEditorSplit = { key: string; part: string; firstMs: number; againMs: number; note: string }[];

/**
 * What the slow answers are made of, timed apart in a fresh browser: IndexedDB reads (the records' structured
 * clones), readEvents (the same + assembling columns), decompressing texts, the per-event loops and the JSON
 * parsing of the catalogue's helpers, and the preview's window reads and matching.
 */
export async function roleEditorSplit({ dbName, nowMs }: { dbName: string; nowMs: number }): Promise<RoleEditorSplit> {
  const db = await openDatabase({ name: dbName });
  const split: RoleEditorSplit = [];
  const time = async <T>(key: string, part: string, run: () => Promise<T> | T, note: (value: T) => string = () => ''): Promise<T> => {
    let started = performance.now();
    const value = await run();
    const firstMs = performance.now() - started;
    started = performance.now();
    await run();
    split.push({ key, part, firstMs, againMs: performance.now() - started, note: note(value) });
    return value;
  };
  try {
    const source = await time('catalog_source', 'catalogSource (hot columns, persons, groups)', () => catalogSource(db), (s) => `${s.events.count} events`);
    await time('version', 'storedDataVersion', () => storedDataVersion(db));
    await time('idb_hot', 'IDB getAll chunks (hot records)', () => db.getAll('chunks'), (r) => `${r.length} chunks`);
    await time('idb_kept', 'IDB getAll chunkKept (every kept record)', () => db.getAll('chunkKept'), (r) => `${r.length} records`);
    await time('read_hot', 'readEvents hot', () => readEvents(db));
    const kept14 = await time('read_kept_all', 'readEvents kept: KEPT_PROPERTIES', () => readEvents(db, { kept: [...KEPT_PROPERTIES] }));
    const keptPath = await time('read_kept_pathname', 'readEvents kept: [$pathname]', () => readEvents(db, { kept: ['$pathname'] }));
    const code14 = kept14.eventNames.indexOf('$pageview');
    await time('kept_keys', 'keptKeysOf (14 columns × every event)', () => keptKeysOf(kept14, code14, kept14.kept));
    await time('top_kept_values', 'topKeptValues $pathname', () => topKeptValues(keptPath, keptPath.eventNames.indexOf('$pageview'), keptPath.kept.$pathname!, 50));
    // The raw sample: the latest RAW_SAMPLE pageviews' span, as event-properties.ts finds it.
    const code = source.events.eventNames.indexOf('$pageview');
    let seen = 0;
    let fromMs = NaN;
    let toMs = NaN;
    for (let i = source.events.count - 1; i >= 0 && seen < RAW_SAMPLE; i--) {
      if (source.events.event[i] !== code) continue;
      if (seen === 0) toMs = source.events.timestamp[i]! + 1;
      fromMs = source.events.timestamp[i]!;
      seen++;
    }
    const sample = await time('read_sample_texts', 'readEvents texts, latest 2000 pageviews\' span', () => readEvents(db, { properties: true, fromMs, toMs }), (t) => `${t.count} events in ${((toMs - fromMs) / 3_600_000).toFixed(1)} h`);
    const sampleChunks = (await db.getAll('chunks')).filter((c) => c.maxTs >= fromMs && c.minTs < toMs);
    const sampleRecords = await time('idb_sample_texts', 'IDB get chunkProperties of the span\'s chunks', () => Promise.all(sampleChunks.map((c) => db.get('chunkProperties', c.seq))), (r) => `${r.length} chunks, ${r.reduce((s, x) => s + (x?.compressed?.length ?? 0), 0)} compressed bytes`);
    await time('decompress_sample', 'decompress + cut those chunks\' texts', () => Promise.all(sampleRecords.map((r) => readChunkTexts(r!))));
    const sampleCode = sample.eventNames.indexOf('$pageview');
    await time('raw_keys', 'rawKeysOf (JSON.parse of 2000)', () => rawKeysOf(sample, sampleCode, sample.properties));
    await time('top_raw_values', 'topRawValues $browser', () => topRawValues(sample, sampleCode, sample.properties, '$browser', 50));
    // The preview's 30-day window.
    const { config } = await loadRoleConfig(db);
    const calendar = createCalendar(config.timezone, config.weekStart);
    const windowFrom = previewStartMs(calendar, nowMs);
    await time('read_window', 'readEvents 30 days, kept: all', () => readEvents(db, { kept: 'all', fromMs: windowFrom }), (t) => `${t.count} events`);
    const window = await time('read_window_texts', 'readEvents 30 days, kept: all + texts', () => readEvents(db, { kept: 'all', properties: true, fromMs: windowFrom }));
    const windowChunks = (await db.getAll('chunks')).filter((c) => c.maxTs >= windowFrom);
    const windowRecords = await time('idb_window_texts', 'IDB get chunkProperties, 30 days', () => Promise.all(windowChunks.map((c) => db.get('chunkProperties', c.seq))), (r) => `${r.length} chunks, ${r.reduce((s, x) => s + (x?.compressed?.length ?? 0), 0)} compressed bytes`);
    await time('decompress_window', 'decompress + cut, 30 days', () => Promise.all(windowRecords.map((r) => readChunkTexts(r!))));
    const people = createPeopleLookup(window, source.persons);
    await time('actors_window', 'resolveActors, 30 days', () => resolveActors(window, actorModeOf(config), source.persons, source.groups));
    for (const [name, key, filter] of [
      ['$pathname icontains', 'kept', { key: '$pathname', operator: 'icontains', value: '/signup', type: 'event' }],
      ['$browser exact', 'raw', { key: '$browser', operator: 'exact', value: 'Chrome', type: 'event' }],
    ] as const) {
      const compiled = compileRole(parseRole([{ kind: 'EventsNode', event: '$pageview', properties: [filter] }], 'matchers'));
      await time(`match_${key}`, `matchRoleMask ${name}, 30 days`, () => matchRoleMask(window, compiled, people), (mask) => `${mask.reduce((s, m) => s + m, 0)} matched`);
    }
    const windowCode = window.eventNames.indexOf('$pageview');
    await time('parse_window_pageviews', 'JSON.parse of every pageview, 30 days', () => {
      let n = 0;
      for (let i = 0; i < window.count; i++) if (window.event[i] === windowCode) n += Object.keys(JSON.parse(window.properties[i]!) as object).length > 0 ? 1 : 0;
      return n;
    }, (n) => `${n} parsed`);
  } finally {
    db.close();
  }
  return split;
}
