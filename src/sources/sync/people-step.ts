// The persons-and-groups step of a sync: the people the stored events name, described a batch of ids at a time
// (each query small enough for PostHog's 10 s limit on a team of any size), each round committed as it lands and
// its place recorded, so a stop, a failure or a killed worker resumes at the next round. A query PostHog finds
// too big (504, 512, 513) is tried again with half the ids; the smaller size is kept for the rest of the step.
import { PostHogError } from '../posthog/errors';
import { pullGroupRound, pullPersonRound, type MetadataContext, type PersonRound, type PulledGroup } from '../posthog/metadata';
import type { PeoplePull } from './sync-status';

export interface PeopleKeys {
  /** Sorted in code-unit order. */
  distinctIds: readonly string[];
  /** groupKeys[N]: the `$group_N` keys, sorted likewise. */
  groupKeys: readonly (readonly string[])[];
}

export interface PeoplePorts {
  context: MetadataContext;
  keys: () => Promise<PeopleKeys>;
  savePersonRound: (asked: readonly string[], round: PersonRound) => Promise<void>;
  saveGroups: (groups: PulledGroup[]) => Promise<void>;
  /** After the last round: settles the persons as a whole (see store/person-refresh.ts). */
  finish: () => Promise<void>;
  /** Records where the step stands, after each round and each shrink. */
  saveProgress: (people: PeoplePull) => Promise<void>;
}

/** 1,000 ids keep a query's text near 40 kB (ids travel as constants in the SQL ClickHouse parses). */
export const FIRST_BATCH = 1_000;
export const MIN_BATCH = 10;
const GROUP_SLOTS = 5;

export function startPeoplePull(batchSize = FIRST_BATCH): PeoplePull {
  return { stage: 'persons', groupIndex: 0, after: null, batchSize };
}

/** The index of the first id after `after` in a sorted list. */
function firstAfter(list: readonly string[], after: string | null): number {
  if (after === null) return 0;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as string) <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function nextStage(state: PeoplePull): PeoplePull | null {
  if (state.stage === 'persons') return { ...state, stage: 'groups', groupIndex: 0, after: null };
  if (state.groupIndex + 1 < GROUP_SLOTS) return { ...state, groupIndex: state.groupIndex + 1, after: null };
  return null;
}

export async function runPeopleStep(start: PeoplePull, ports: PeoplePorts): Promise<void> {
  const keys = await ports.keys();
  let state: PeoplePull | null = start;
  while (state) {
    ports.context.signal?.throwIfAborted();
    const list = state.stage === 'persons' ? keys.distinctIds : (keys.groupKeys[state.groupIndex] ?? []);
    const from = firstAfter(list, state.after);
    if (from >= list.length) {
      state = nextStage(state);
      continue;
    }
    const batch = list.slice(from, from + state.batchSize);
    try {
      if (state.stage === 'persons') await ports.savePersonRound(batch, await pullPersonRound(ports.context, batch));
      else await ports.saveGroups(await pullGroupRound(ports.context, state.groupIndex, batch));
    } catch (error) {
      if (error instanceof PostHogError && error.kind === 'timeout' && state.batchSize > MIN_BATCH) {
        state = { ...state, batchSize: Math.max(MIN_BATCH, Math.floor(state.batchSize / 2)) };
        await ports.saveProgress(state);
        continue;
      }
      throw error;
    }
    state = { ...state, after: batch[batch.length - 1] as string };
    await ports.saveProgress(state);
  }
  await ports.finish();
}
