// How intensely a signed-up user uses the product: engagement profiles, the weekly and daily rhythm,
// and the probability of being active on a given day. Expected-value helpers sit next to the numbers
// they summarise so the event-count calibration cannot drift from the behaviour.
import type { Rhythm } from './calendar.ts';

export interface Profile {
  readonly name: 'power' | 'regular' | 'casual' | 'tester';
  /** Chance of using the app on a busy weekday. */
  readonly activeChance: number;
  /** Chances of a second and third session on an active day. */
  readonly secondSession: number;
  readonly thirdSession: number;
  /** Steps per session = minSteps + two draws in [0, stepSpread]: mean minSteps + stepSpread. */
  readonly minSteps: number;
  readonly stepSpread: number;
  /** Days until churn: lifetimeMin + exponential(lifetimeMean). */
  readonly lifetimeMin: number;
  readonly lifetimeMean: number;
  readonly subscribeChance: number;
}

export const POWER: Profile = {
  name: 'power', activeChance: 0.9, secondSession: 0.6, thirdSession: 0.3, minSteps: 8, stepSpread: 7,
  lifetimeMin: 40, lifetimeMean: 300, subscribeChance: 0.6,
};
export const REGULAR: Profile = {
  name: 'regular', activeChance: 0.45, secondSession: 0.25, thirdSession: 0.05, minSteps: 4, stepSpread: 5,
  lifetimeMin: 10, lifetimeMean: 80, subscribeChance: 0.3,
};
export const CASUAL: Profile = {
  name: 'casual', activeChance: 0.15, secondSession: 0.08, thirdSession: 0, minSteps: 2, stepSpread: 3,
  lifetimeMin: 2, lifetimeMean: 25, subscribeChance: 0.07,
};
/** Internal test accounts: employees clicking through the product most working days. */
export const TESTER: Profile = {
  name: 'tester', activeChance: 0.6, secondSession: 0.3, thirdSession: 0.05, minSteps: 4, stepSpread: 3,
  lifetimeMin: 100_000, lifetimeMean: 0, subscribeChance: 0,
};

/** B2B usage: busy Monday–Thursday, quieter Friday, little at weekends (index 0 = Sunday). */
export const APP_RHYTHM: Rhythm = {
  weekday: [0.22, 0.95, 1, 1, 0.95, 0.8, 0.2],
  hour: normalise([1, 0.5, 0.3, 0.3, 0.3, 0.8, 2, 5, 10, 14, 15, 15, 12, 13, 15, 15, 13, 10, 7, 6, 5, 4.5, 3.5, 2]),
};

/** Marketing-site traffic is flatter: evenings and weekends still bring readers. */
export const WEB_RHYTHM: Rhythm = {
  weekday: [0.6, 0.95, 1, 1, 0.95, 0.85, 0.55],
  hour: normalise([2, 1.2, 0.8, 0.6, 0.6, 1, 2.5, 5, 8, 10, 11, 11, 10, 10, 10.5, 10.5, 10, 9, 8.5, 9, 9, 8, 6, 4]),
};

function normalise(weights: number[]): number[] {
  const max = Math.max(...weights);
  return weights.map((w) => w / max);
}

/** The first week after signup is the most active ("honeymoon"); resurrected users are a bit less keen. */
export const HONEYMOON_DAYS = 7;
export const HONEYMOON_FACTOR = 1.6;
export const RESURRECTED_FACTOR = 0.8;

/** Chance of a support ticket on an active day, and how many updates follow it on average. */
export const TICKET_CHANCE = 0.02;
export const SECOND_TICKET_UPDATE_CHANCE = 0.6;
const EXPECTED_TICKET_EVENTS = 1 + 1 + SECOND_TICKET_UPDATE_CHANCE;

/**
 * Chance of being active on a day, given its weekday weight, whether it falls in the honeymoon week
 * and whether it belongs to a resurrected (second) activity period.
 */
export function activeChance(profile: Profile, weekdayWeight: number, honeymoon: boolean, resurrected: boolean): number {
  let p = profile.activeChance * weekdayWeight;
  if (honeymoon) p *= HONEYMOON_FACTOR;
  if (resurrected) p *= RESURRECTED_FACTOR;
  return p > 1 ? 1 : p;
}

/** Events of one app session: landing pageview + steps + pageleave. */
export function expectedSessionEvents(profile: Profile): number {
  return 2 + profile.minSteps + profile.stepSpread;
}

export function expectedActiveDayEvents(profile: Profile): number {
  const sessions = 1 + profile.secondSession + profile.thirdSession;
  return sessions * expectedSessionEvents(profile) + TICKET_CHANCE * EXPECTED_TICKET_EVENTS;
}
