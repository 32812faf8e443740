// The product's feature events: what signed-up users do in the app. `dashboard viewed` is the
// project's activity event; the others are the depth of usage behind power users.
import { WeightedTable, type Random } from './random.ts';

export interface Feature {
  readonly event: string;
  /** Adds the feature's own properties (a couple of small values) to an event's property bag. */
  readonly describe: (properties: Record<string, unknown>, rng: Random) => void;
}

export const ACTIVITY_EVENT = 'dashboard viewed';

const DASHBOARDS = ['Weekly KPIs', 'Revenue overview', 'Onboarding funnel', 'Marketing attribution', 'Support load'] as const;
const INSIGHT_TYPES = ['trends', 'funnel', 'retention', 'paths', 'stickiness'] as const;
const REPORT_TYPES = ['table', 'chart', 'cohort', 'summary'] as const;
const EXPORT_FORMATS = ['csv', 'csv', 'pdf', 'png', 'xlsx'] as const;

export const FEATURES = new WeightedTable<Feature>([
  [{ event: ACTIVITY_EVENT, describe: (p, rng) => {
    const i = rng.int(DASHBOARDS.length);
    p.dashboard_id = 10 + i;
    p.dashboard_name = DASHBOARDS[i];
  } }, 45],
  [{ event: 'insight analyzed', describe: (p, rng) => {
    p.insight_type = rng.pick(INSIGHT_TYPES);
    p.duration_ms = 80 + rng.int(2400);
  } }, 25],
  [{ event: 'report created', describe: (p, rng) => {
    p.report_type = rng.pick(REPORT_TYPES);
    p.widgets = 1 + rng.int(8);
  } }, 15],
  [{ event: 'file exported', describe: (p, rng) => {
    p.format = rng.pick(EXPORT_FORMATS);
    p.rows = 10 + rng.int(5000);
  } }, 10],
  [{ event: 'teammate invited', describe: (p, rng) => {
    p.role = rng.chance(0.8) ? 'member' : 'admin';
  } }, 5],
]);

export const FEATURE_EVENTS = ['dashboard viewed', 'insight analyzed', 'report created', 'file exported', 'teammate invited'] as const;
