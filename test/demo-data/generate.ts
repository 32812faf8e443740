// Entry points of the demo-data generator: the whole dataset in memory (tests, the default ~200k demo)
// or as a day-by-day stream (the CLI and benchmarks with millions of events).
import { generateDemoStream } from './stream.ts';
import type { DemoDataset, DemoEvent, GenerateOptions } from './types.ts';

export { generateDemoStream, type DemoDayBatch, type DemoStream } from './stream.ts';
export { DEFAULT_DAYS, DEFAULT_END } from './world.ts';
export { EVENT, INTERNAL_DOMAIN, PROJECT_ID, PROJECT_NAME, PROJECT_TIMEZONE } from './project.ts';
export { ACTIVITY_EVENT, FEATURE_EVENTS } from './features.ts';
export { HOSTILE_EVENT_NAMES } from './hostile.ts';

/** The whole dataset; identical to collecting `generateDemoStream(options)`. */
export function generateDemoData(options: GenerateOptions): DemoDataset {
  const stream = generateDemoStream(options);
  const events: DemoEvent[] = [];
  for (const batch of stream.days()) {
    for (const e of batch.events) events.push(e);
  }
  return { project: stream.project, events, persons: [...stream.persons()], groups: stream.groups };
}
