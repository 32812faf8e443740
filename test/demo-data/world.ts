// The population behind a dataset: the project, the planted actors, and as many ordinary actors as it
// takes for the expected event count to reach the requested size. Sizes scale by head count, not by
// making each user noisier.
import { commitActor, planActor, type ActorPlan, type PlanContext } from './actors.ts';
import { expectedEvents, type DayContext } from './behaviour.ts';
import { Calendar } from './calendar.ts';
import { CompanyRegistry, type CompanyPlan } from './companies.ts';
import { APP_RHYTHM } from './engagement.ts';
import { buildProject, PROJECT_TIMEZONE } from './project.ts';
import { seedToUint32 } from './random.ts';
import { planHostile, planTester, testerCount } from './specials.ts';
import type { DemoProject, GenerateOptions } from './types.ts';

/** 2026-11-01T00:00:00Z: a fixed default end, so tests and demos are stable. */
export const DEFAULT_END = Date.UTC(2026, 10, 1);
export const DEFAULT_DAYS = 180;
/** Give up on fitting the last actors into the budget after this many misses in a row. */
const MAX_SKIPS_IN_A_ROW = 1000;

export interface ResolvedOptions {
  readonly seed: number;
  readonly events: number;
  readonly days: number;
  readonly end: number;
}

export interface DemoWorld extends DayContext {
  readonly options: ResolvedOptions;
  /** The seed folded to 32 bits, as every Random stream takes it. */
  readonly seed32: number;
  readonly project: DemoProject;
  /** Ascending by index (indices have gaps where the calibration dropped an actor). */
  readonly actors: ActorPlan[];
  readonly companies: CompanyPlan[];
  readonly expectedEvents: number;
}

export function resolveOptions(options: GenerateOptions): ResolvedOptions {
  const { seed, events } = options;
  const days = options.days ?? DEFAULT_DAYS;
  const end = options.end ?? DEFAULT_END;
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  if (!Number.isFinite(events) || events < 0) throw new RangeError(`events must be a number ≥ 0, got ${events}`);
  if (!Number.isInteger(days) || days < 1 || days > 3660) throw new RangeError(`days must be an integer in [1, 3660], got ${days}`);
  if (!Number.isFinite(end) || end < 0) throw new RangeError(`end must be epoch milliseconds, got ${end}`);
  return { seed, events, days, end: Math.floor(end) };
}

export function buildWorld(options: GenerateOptions): DemoWorld {
  const resolved = resolveOptions(options);
  const seed32 = seedToUint32(resolved.seed);
  const calendar = new Calendar(resolved.end, resolved.days, PROJECT_TIMEZONE);
  const appWeekdayWeights = new Float64Array(resolved.days);
  for (let day = 0; day < resolved.days; day++) appWeekdayWeights[day] = calendar.weekdayWeight(day, APP_RHYTHM);
  const dayContext: DayContext = { calendar, appWeekdayWeights };
  const companies = new CompanyRegistry();
  const ctx: PlanContext = { seed: seed32, calendar, companies };

  const actors: ActorPlan[] = [];
  let expected = 0;
  const accept = (plan: ActorPlan, mean: number) => {
    commitActor(ctx, plan);
    actors.push(plan);
    expected += mean;
  };

  let index = 0;
  let internal: CompanyPlan | null = null;
  for (const end = testerCount(resolved.events); index < end; index++) {
    const tester = planTester(ctx, index, internal);
    accept(tester, expectedEvents(dayContext, tester));
    internal = tester.company;
  }
  const hostile = planHostile(ctx, index++);
  accept(hostile, expectedEvents(dayContext, hostile));

  // Fill up to the target; an actor that would overshoot it is dropped (nothing of it was committed),
  // so one late power user cannot push a small dataset far past the requested size.
  const target = resolved.events;
  const slack = Math.max(target * 0.004, 8);
  for (let skips = 0; expected < target - slack && skips < MAX_SKIPS_IN_A_ROW; index++) {
    const plan = planActor(ctx, index);
    const mean = expectedEvents(dayContext, plan);
    if (expected + mean <= target + slack) {
      accept(plan, mean);
      skips = 0;
    } else {
      skips++;
    }
  }

  return {
    ...dayContext,
    options: resolved,
    seed32,
    project: buildProject(seed32, resolved.end, resolved.days),
    actors,
    companies: companies.companies,
    expectedEvents: expected,
  };
}
