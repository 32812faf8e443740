// The demo's whole sync, end to end, against the emulator on embedded ClickHouse (sync-end-to-end.ts): the
// extension in headless Chromium, Connect to "Up to date". A fixed 200,000-event project (about 125,000 in its
// 90-day window) whatever --events is: the figure is a rate, and larger projects only take longer.
import type { Measurement } from '../measurement';
import { measureDemoSync } from '../sync-end-to-end';

export const DEMO_SYNC_EVENTS = 200_000;

export const demoSync: Measurement = {
  name: 'demo sync end to end',
  async run(context) {
    const report = await measureDemoSync(DEMO_SYNC_EVENTS, 3, context.log);
    return {
      sync_demo_events_per_s: report.sync_demo_events_per_s,
      sync_demo_seconds: report.sync_demo_seconds,
      sync_demo_events: report.sync_demo_events,
      sync_demo_requests: Object.values(report.sync_demo_requests).reduce((a, b) => a + b, 0),
    };
  },
};
