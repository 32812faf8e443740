// Roles in words, for the popup: what each role means (PostHog's captions) and what its matchers match.
import type { RoleName } from '../engine/prepared-data';
import type { Matcher, PropertyFilter } from './role-config';

export const ROLE_LABELS: Record<RoleName, { title: string; caption: string }> = {
  activity: { title: 'Activity', caption: 'What counts as being active: active users, power users, retention and lifecycle.' },
  signup_pageview: { title: 'Signup pageview', caption: 'A view of the signup page: the first step of signup conversion.' },
  signup: { title: 'Signup', caption: 'Completing registration or creating an account.' },
  subscription: { title: 'Subscription', caption: 'Subscribing to a plan, with or without a payment.' },
  payment: { title: 'Payment', caption: 'A completed payment: paying customers and free-to-paid conversion.' },
  support_ticket: { title: 'Support ticket', caption: 'A support ticket, shown in the customer profile with its subject and status.' },
};

const OPERATOR_WORDS: Record<string, string> = {
  exact: 'is', is_not: 'is not', icontains: 'contains', not_icontains: 'does not contain', regex: 'matches',
  not_regex: 'does not match', gt: '>', lt: '<', gte: '≥', lte: '≤', is_set: 'is set', is_not_set: 'is not set',
};

export function describeFilter(filter: PropertyFilter): string {
  const subject = filter.type === 'person' ? `person's ${filter.key}` : filter.key;
  const words = OPERATOR_WORDS[filter.operator] ?? filter.operator;
  if (filter.operator === 'is_set' || filter.operator === 'is_not_set') return `${subject} ${words}`;
  const value = Array.isArray(filter.value) ? filter.value.map((v) => JSON.stringify(v)).join(' or ') : JSON.stringify(filter.value ?? null);
  return `${subject} ${words} ${value}`;
}

export function describeMatcher(matcher: Matcher): string {
  const filters = matcher.properties ?? [];
  const where = filters.length > 0 ? ` where ${filters.map(describeFilter).join(' and ')}` : '';
  if (matcher.kind === 'EventsNode') return `${matcher.event === null ? 'Any event' : `“${matcher.event}”`}${where}`;
  const steps = matcher.steps.length === 1 ? '1 step' : `${matcher.steps.length} steps`;
  return `Action “${matcher.name ?? matcher.id}” (${steps})${where}`;
}
