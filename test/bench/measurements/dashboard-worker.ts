// The dashboard as the side panel computes it: the side panel's worker code in a Web Worker in headless Chromium,
// over the columnar store filled with the bench's events (with the persons and the demo's role config).
import { createCalendar } from '../../../src/core/time/calendar';
import { generateDemoStream } from '../../demo-data/generate';
import { demoRoleConfig } from '../../demo-data/role-config';
import { per1M, type Measurement } from '../measurement';

const DB_NAME = 'pmf-lens-bench-dashboard';
const DAY = 86_400_000;

export const dashboardWorker: Measurement = {
  name: 'dashboard in the side panel worker',
  async run({ args, data, openSession, pageUrls, log }) {
    const stream = generateDemoStream({ seed: args.seed, events: args.events });
    const persons = [...stream.persons()].map((p) => ({ id: p.id, distinct_ids: p.distinct_ids, properties: p.properties, created_at: p.created_at }));
    // Every whole local day of the 180 days: the longest range the side panel offers.
    const calendar = createCalendar(stream.project.timezone, 'sunday');
    let first = Infinity;
    let last = -Infinity;
    for (const day of stream.days()) {
      if (day.events.length === 0) continue;
      first = Math.min(first, day.events[0]!.timestamp);
      last = Math.max(last, day.events.at(-1)!.timestamp);
    }
    const from = calendar.label(calendar.dayOf(first) + 1);
    const to = calendar.label(calendar.dayOf(last - DAY));
    const session = await openSession();
    log(`dashboard (worker): storing ${data.events.events.toLocaleString('en-US')} events, then the dashboard ${from} to ${to} in a Web Worker…`);
    await session.call('ingestColumnar', { dbName: DB_NAME, pageUrls: pageUrls('events') });
    const result = await session.call('dashboardInWorker', { dbName: DB_NAME, personsJson: JSON.stringify(persons), configText: demoRoleConfig(stream.project), from, to });
    await session.closeBrowser();
    log(`dashboard (worker): first ${Math.round(result.firstMs)} ms (read ${Math.round(result.loadMs)}, prepare ${Math.round(result.prepareMs)}, tiles ${Math.round(result.computeMs)}), another range ${Math.round(result.againMs)} ms`);
    return {
      dashboard_worker_first_1m_ms: per1M(result.firstMs, result.events),
      dashboard_worker_read_1m_ms: per1M(result.loadMs, result.events),
      dashboard_worker_1m_ms: per1M(result.prepareMs + result.computeMs, result.events),
      dashboard_worker_tiles_1m_ms: per1M(result.computeMs, result.events),
      dashboard_worker_again_1m_ms: per1M(result.againMs, result.events),
    };
  },
};
