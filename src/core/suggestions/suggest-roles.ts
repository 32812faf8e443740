// Candidate events per role, ranked from local data, each with the reasons shown to the user, and warnings when a
// chosen event contradicts its role's meaning (issue 5): by name, by behaviour, by volume.
import type { Matcher } from '../config/role-config';
import type { RoleName } from '../engine/prepared-data';
import type { EventProfile } from './event-profile';

export interface Suggestion {
  matcher: Matcher;
  score: number;
  reasons: string[];
}

const NAMES: Partial<Record<RoleName, RegExp>> = {
  signup: /sign(ed)?.?up|register|registration|create.?account|account.?created/i,
  subscription: /subscri|plan|trial|upgrade/i,
  payment: /payment|purchase|charge|invoice|paid|order.?completed|checkout.?completed/i,
  support_ticket: /ticket|support|help.?request/i,
};

const MIN_ACTORS_FOR_BEHAVIOUR = 10;

const percent = (share: number) => `${Math.round(share * 100)}%`;

function score(role: RoleName, p: EventProfile, totalActors: number): Suggestion | null {
  // PostHog's own events ($identify, $groupidentify, …) are bookkeeping, not a customer's step; $pageview is
  // suggested for the signup pageview with its path.
  if (p.event.startsWith('$')) return null;
  const reasons: string[] = [];
  let points = 0;
  if (NAMES[role]?.test(p.event)) {
    points += 3;
    reasons.push(`its name sounds like a ${role.replace('_', ' ')}`);
  }
  if (role === 'signup' && p.actors > 0 && p.repeatShare < 0.05) {
    points += 1;
    reasons.push(`${percent(1 - p.repeatShare)} of its actors do it once`);
    if (p.earlyShare > 0.5) {
      points += 1;
      reasons.push(`${percent(p.earlyShare)} do it on their first day`);
    }
  }
  if (role === 'payment' && p.amountShare > 0.5) {
    points += 2;
    reasons.push(`${percent(p.amountShare)} of them carry an amount`);
  }
  if (role === 'activity' && totalActors > 0 && p.actors / totalActors > 0.05 && p.repeatShare > 0.3) {
    points += 2;
    reasons.push(`${percent(p.repeatShare)} of its ${p.actors.toLocaleString('en')} actors come back to it`);
  }
  // Behaviour alone, from a handful of actors, is noise; a name that fits always counts.
  if (points === 0 || (!NAMES[role]?.test(p.event) && p.actors < MIN_ACTORS_FOR_BEHAVIOUR)) return null;
  reasons.push(`${p.count.toLocaleString('en')} events`);
  return { matcher: { kind: 'EventsNode', event: p.event, properties: [] }, score: points + Math.log10(1 + p.count) / 10, reasons };
}

/** A signup pageview: a $pageview whose path looks like /signup, /register or /join. */
function signupPageviews(pathnames: readonly { path: string; count: number }[]): Suggestion[] {
  return pathnames
    .filter(({ path }) => /sign.?up|register|join/i.test(path))
    .slice(0, 3)
    .map(({ path, count }) => ({
      matcher: { kind: 'EventsNode', event: '$pageview', properties: [{ key: '$pathname', operator: 'icontains', value: path, type: 'event' }] },
      score: 3 + Math.log10(1 + count) / 10,
      reasons: [`pageviews of ${path}`, `${count.toLocaleString('en')} events`],
    }));
}

export function suggestRoles(profiles: readonly EventProfile[], pathnames: readonly { path: string; count: number }[], totalActors: number): Record<RoleName, Suggestion[]> {
  const out = {} as Record<RoleName, Suggestion[]>;
  for (const role of ['activity', 'signup', 'subscription', 'payment', 'support_ticket'] as const) {
    out[role] = profiles.map((p) => score(role, p, totalActors)).filter((s): s is Suggestion => s !== null).sort((a, b) => b.score - a.score).slice(0, 5);
  }
  out.signup_pageview = signupPageviews(pathnames);
  return out;
}

/** What a chosen event's data says against the role it was given. */
export function roleWarnings(role: RoleName, p: EventProfile, totalActors: number): string[] {
  const warnings: string[] = [];
  if (role === 'signup' && p.repeatShare > 0.2) warnings.push(`${percent(p.repeatShare)} of the actors who do "${p.event}" do it more than once: is it a sign-in?`);
  if (role === 'payment' && p.amountShare === 0) warnings.push(`"${p.event}" carries no amount property.`);
  if (role === 'activity' && totalActors > 0 && p.actors / totalActors > 0.9) warnings.push(`Nearly every visitor does "${p.event}" (${percent(p.actors / totalActors)}): it says little about who is really active.`);
  return warnings;
}
