// The popup's role editor at `--events` events stored: how long the service worker's answers take (the store
// functions extension/background.ts calls for getEventCatalog, getEventProperties, getPropertyValues and
// previewRole). The events go into a fresh origin's database, compacted as after a sync, with the persons and the
// demo's role config. Each request is then asked in a freshly started browser (a new process: module caches,
// compiled code and IndexedDB's own caches empty, as a service worker woken for the editor), its first answer cold,
// then WARM_REPEATS more on the same connection (warm: what the editor's repeated questions cost). Last, one fresh
// browser asks them all in the editor's order, sharing what each one leaves cached: what a user's first minute in
// the editor waits for; and one more times the answers' parts apart (role_editor_split_*: IndexedDB reads,
// assembling columns, decompressing texts, the per-event loops, matching). Times are not scaled: the
// raw-property answers read a fixed sample, not every event.
import { DEFAULT_END, generateDemoStream } from '../../demo-data/generate';
import { demoRoleConfig } from '../../demo-data/role-config';
import { median, type Figures, type Measurement } from '../measurement';
import type { RoleEditorAsk, RoleEditorTimes } from '../page/role-editor';

const DB_NAME = 'pmf-lens-bench-role-editor';
/** Fresh browsers per request for its cold figure (the best is the figure). */
export const ROLE_EDITOR_COLD_REPEATS = 2;
/** Warm answers after each cold one (the best is the figure). */
export const ROLE_EDITOR_WARM_REPEATS = 3;

const PAGEVIEW = '$pageview';
/** A kept property (a column) and one that is only in the raw properties JSON of the demo's pageviews. */
const KEPT_KEY = '$pathname';
const RAW_KEY = '$browser';

/** The requests, by the name their figures carry, in the order the editor asks them. */
export const ROLE_EDITOR_ASKS: readonly { name: string; ask: RoleEditorAsk }[] = [
  { name: 'catalog', ask: { kind: 'catalog' } },
  { name: 'keys', ask: { kind: 'keys', event: PAGEVIEW } },
  { name: 'values_kept', ask: { kind: 'values', event: PAGEVIEW, key: KEPT_KEY } },
  { name: 'values_raw', ask: { kind: 'values', event: PAGEVIEW, key: RAW_KEY } },
  {
    name: 'preview_kept',
    ask: { kind: 'preview', matchers: [{ kind: 'EventsNode', event: PAGEVIEW, properties: [{ key: KEPT_KEY, operator: 'icontains', value: '/signup', type: 'event' }] }] },
  },
  {
    name: 'preview_raw',
    ask: { kind: 'preview', matchers: [{ kind: 'EventsNode', event: PAGEVIEW, properties: [{ key: RAW_KEY, operator: 'exact', value: 'Chrome', type: 'event' }] }] },
  },
];

const ms = (value: number): string => String(Math.round(value));

export const roleEditor: Measurement = {
  name: "the popup's role editor in the service worker",
  async run({ args, data, openSession, pageUrls, log }) {
    const stream = generateDemoStream({ seed: args.seed, events: args.events });
    const persons = [...stream.persons()].map((p) => ({ id: p.id, distinct_ids: p.distinct_ids, properties: p.properties, created_at: p.created_at }));
    const session = await openSession();
    log(`role editor: storing ${data.events.events.toLocaleString('en-US')} events, compacting, then each request in a fresh browser…`);
    const ingest = await session.call('ingestColumnar', { dbName: DB_NAME, pageUrls: pageUrls('events') });
    await session.call('compactColumnar', { dbName: DB_NAME });
    await session.call('putDashboardInputs', { dbName: DB_NAME, personsJson: JSON.stringify(persons), configText: demoRoleConfig(stream.project) });
    // "The last 30 days" ending at the demo data's end, not today.
    const nowMs = DEFAULT_END;
    const figures: Figures = { role_editor_events: ingest.stored };
    for (const { name, ask } of ROLE_EDITOR_ASKS) {
      const runs: RoleEditorTimes[] = [];
      for (let k = 0; k < ROLE_EDITOR_COLD_REPEATS; k++) {
        await session.closeBrowser();
        await session.start();
        const result = await session.call('roleEditorAsks', { dbName: DB_NAME, nowMs, asks: [ask], warmRepeats: ROLE_EDITOR_WARM_REPEATS });
        runs.push(result.times[0]!);
      }
      const cold = Math.min(...runs.map((run) => run.firstMs));
      const warm = runs.flatMap((run) => run.warmMs);
      figures[`role_editor_${name}_cold_ms`] = cold;
      figures[`role_editor_${name}_warm_ms`] = Math.min(...warm);
      figures[`role_editor_${name}_warm_median_ms`] = median(warm);
      log(`role editor, ${name}: cold ${runs.map((run) => ms(run.firstMs)).join(' / ')} ms, warm ${warm.map(ms).join(' / ')} ms; ${runs[0]!.answer}`);
    }
    // The editor's first minute: every request once, in order, in one fresh browser.
    await session.closeBrowser();
    await session.start();
    const flow = await session.call('roleEditorAsks', { dbName: DB_NAME, nowMs, asks: ROLE_EDITOR_ASKS.map(({ ask }) => ask), warmRepeats: 0 });
    figures.role_editor_open_ms = flow.openMs;
    ROLE_EDITOR_ASKS.forEach(({ name }, k) => {
      figures[`role_editor_flow_${name}_ms`] = flow.times[k]!.firstMs;
    });
    log(`role editor, all in a row in a fresh browser: open ${ms(flow.openMs)} ms, ${ROLE_EDITOR_ASKS.map(({ name }, k) => `${name} ${ms(flow.times[k]!.firstMs)}`).join(', ')} ms`);
    // What the answers are made of (a diagnostic on stderr): each part in a fresh browser, first and again.
    await session.closeBrowser();
    await session.start();
    for (const { key, part, firstMs, againMs, note } of await session.call('roleEditorSplit', { dbName: DB_NAME, nowMs })) {
      figures[`role_editor_split_${key}_first_ms`] = firstMs;
      figures[`role_editor_split_${key}_again_ms`] = againMs;
      log(`role editor split: ${part}: ${ms(firstMs)} ms, again ${ms(againMs)} ms${note ? ` (${note})` : ''}`);
    }
    await session.closeBrowser();
    return figures;
  },
};
