import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_EVENT, EVENT, FEATURE_EVENTS, HOSTILE_EVENT_NAMES, INTERNAL_DOMAIN, PROJECT_TIMEZONE,
} from '../../demo-data/generate.ts';
import { timezoneOffsetMs } from '../../demo-data/calendar.ts';
import type { DemoEvent } from '../../demo-data/types.ts';
import { DAY, dataset } from './fixtures.ts';

const data = dataset({ seed: 42, events: 100_000 });
const byName = new Map<string, DemoEvent[]>();
for (const e of data.events) {
  const list = byName.get(e.event) ?? [];
  list.push(e);
  byName.set(e.event, list);
}
const named = (event: string): DemoEvent[] => byName.get(event) ?? [];

describe('demo data features', () => {
  it('describes the project as PostHog stores it', () => {
    const p = data.project;
    expect(p.timezone).toBe(PROJECT_TIMEZONE);
    // Europe/Berlin has DST: the offset differs between January and July.
    expect(timezoneOffsetMs(p.timezone, Date.UTC(2026, 0, 15))).not.toBe(timezoneOffsetMs(p.timezone, Date.UTC(2026, 6, 15)));
    expect(p.api_token).toMatch(/^phc_\w{43}$/);
    expect(p.test_account_filters).toEqual([{ key: 'email', operator: 'not_icontains', value: `@${INTERNAL_DOMAIN}`, type: 'person' }]);
    expect(p.group_types).toEqual([{ group_type: 'company', group_type_index: 0, name_singular: 'Company', name_plural: 'Companies' }]);
    const config = p.customer_analytics_config as Record<string, { kind?: string; id?: number; event?: string }>;
    expect(config.signup_pageview_event).toEqual({
      kind: 'EventsNode', event: '$pageview', name: '$pageview',
      properties: [{ key: '$pathname', type: 'event', operator: 'icontains', value: '/signup' }],
    });
    expect(config.signup_event?.kind).toBe('ActionsNode');
    const signupAction = p.actions.find((a) => a.id === config.signup_event?.id);
    expect(signupAction?.steps).toEqual([{ event: EVENT.signup }]);
    expect(config.activity_event?.event).toBe(ACTIVITY_EVENT);
    expect(config.subscription_event?.event).toBe(EVENT.subscription);
    expect(config.payment_event?.event).toBe(EVENT.payment);
    expect(config.account_group_type_index).toBe(0);
    expect(p.actions.some((a) => a.steps.some((s) => s.url_matching === 'regex'))).toBe(true);
    expect(p.actions.some((a) => a.steps.some((s) => s.properties?.length))).toBe(true);
  });

  it('has anonymous marketing traffic with browser properties and autocapture', () => {
    const pageview = named('$pageview').find((e) => e.person_id && e.distinct_id !== e.properties.$anon_distinct_id)!;
    for (const key of ['$current_url', '$pathname', '$host', '$referrer', '$browser', '$os', '$device_type', '$lib', '$session_id', '$window_id']) {
      expect(pageview.properties).toHaveProperty(key);
    }
    expect(named('$pageleave').length).toBeGreaterThan(0);
    const click = named('$autocapture')[0]!;
    expect(click.elements_chain).toMatch(/^[a-z]+(\.[\w-]+)*:(\w[\w-]*="[^"]*")+/);
    expect(click.properties.$event_type).toBeTruthy();
    expect(named('$autocapture').some((e) => e.elements_chain.includes('text="Sign up"'))).toBe(true);
  });

  it('has signup pageviews, signups (soon, later, beyond 14 days) and identify/group calls', () => {
    expect(named('$pageview').filter((e) => (e.properties.$pathname as string).includes('/signup')).length).toBeGreaterThan(100);
    const signups = named(EVENT.signup);
    expect(signups.length).toBeGreaterThan(50);
    expect(signups.every((e) => e.properties.plan === 'free' && e.properties.signup_method)).toBe(true);
    expect(named('$identify').every((e) => typeof e.properties.$anon_distinct_id === 'string')).toBe(true);
    const groupIdentify = named('$groupidentify')[0]!;
    expect(groupIdentify.properties.$group_type).toBe('company');
    expect(groupIdentify.properties.$group_set).toMatchObject({ name: expect.any(String), plan: expect.any(String) });

    const firstSignupPageview = new Map<string, number>();
    for (const e of named('$pageview')) {
      if ((e.properties.$pathname as string) === '/signup' && !firstSignupPageview.has(e.person_id!)) firstSignupPageview.set(e.person_id!, e.timestamp);
    }
    const delays = signups.flatMap((e) => {
      const viewed = firstSignupPageview.get(e.person_id!);
      return viewed === undefined ? [] : [e.timestamp - viewed];
    });
    expect(delays.some((d) => d < 60 * 60_000)).toBe(true);
    expect(delays.some((d) => d > DAY && d < 14 * DAY)).toBe(true);
    expect(delays.some((d) => d > 14 * DAY)).toBe(true);
  });

  it('has feature usage, subscriptions, payments (with failures) and cancellations', () => {
    for (const event of FEATURE_EVENTS) expect(named(event).length, event).toBeGreaterThan(0);
    expect(named(EVENT.subscription)[0]?.properties).toMatchObject({ plan: expect.any(String), interval: expect.any(String) });
    const payments = named(EVENT.payment);
    expect(payments.length).toBeGreaterThan(20);
    expect(payments.every((e) => typeof e.properties.amount === 'number' && e.properties.amount > 0 && e.properties.currency)).toBe(true);
    expect(named(EVENT.paymentFailed).length).toBeGreaterThan(0);
    expect(named(EVENT.subscriptionCanceled).length).toBeGreaterThan(0);
    // Some payers have no subscription event at all.
    const subscribed = new Set(named(EVENT.subscription).map((e) => e.person_id));
    expect(payments.some((e) => !subscribed.has(e.person_id))).toBe(true);
    // Subscribers pay again a period later.
    const paymentsPerPerson = new Map<string, number>();
    for (const e of payments) paymentsPerPerson.set(e.person_id!, (paymentsPerPerson.get(e.person_id!) ?? 0) + 1);
    expect(Math.max(...paymentsPerPerson.values())).toBeGreaterThanOrEqual(4);
  });

  it('has exceptions in both the current and the legacy format, recurring', () => {
    const exceptions = named('$exception');
    const current = exceptions.filter((e) => Array.isArray(e.properties.$exception_list));
    const legacy = exceptions.filter((e) => typeof e.properties.$exception_type === 'string');
    expect(current.length).toBeGreaterThan(legacy.length);
    expect(legacy.length).toBeGreaterThan(0);
    const first = (current[0]!.properties.$exception_list as Array<Record<string, unknown>>)[0]!;
    expect(first).toMatchObject({ type: expect.any(String), value: expect.any(String), mechanism: { handled: expect.any(Boolean), synthetic: false } });
    expect((first.stacktrace as { type: string }).type).toBe('raw');
    expect(current[0]!.properties).toHaveProperty('$exception_fingerprint');
    const fingerprints = new Set(current.map((e) => e.properties.$exception_fingerprint));
    expect(fingerprints.size).toBeGreaterThan(2);
    expect(fingerprints.size).toBeLessThan(10);
    expect(legacy[0]!.properties).toHaveProperty('$exception_message');
  });

  it('has support tickets that get updated', () => {
    const created = named(EVENT.ticketCreated);
    expect(created.length).toBeGreaterThan(10);
    expect(created[0]!.properties).toMatchObject({ ticket_id: expect.any(String), subject: expect.any(String), status: 'open', priority: expect.any(String) });
    const statuses = new Set(named(EVENT.ticketUpdated).map((e) => e.properties.status));
    expect(statuses).toEqual(new Set(['pending', 'solved']));
  });

  it('has companies as group 0 on every event of their members', () => {
    const keys = new Set(data.groups.map((g) => g.group_key));
    expect(data.groups.every((g) => g.group_type_index === 0 && typeof g.group_properties.name === 'string')).toBe(true);
    const grouped = data.events.filter((e) => e.$group_0);
    expect(grouped.length).toBeGreaterThan(data.events.length / 2);
    expect(grouped.every((e) => keys.has(e.$group_0))).toBe(true);
    const members = new Map<string, number>();
    for (const p of data.persons) {
      const key = p.properties.company_key as string | undefined;
      if (key) members.set(key, (members.get(key) ?? 0) + 1);
    }
    expect(Math.max(...members.values())).toBeGreaterThan(5);
  });

  it('has heavy internal test accounts the test-account filter matches', () => {
    const testers = data.persons.filter((p) => String(p.properties.email).endsWith(`@${INTERNAL_DOMAIN}`));
    expect(testers.length).toBeGreaterThanOrEqual(1);
    const counts = new Map<string, number>();
    for (const e of data.events) counts.set(e.person_id!, (counts.get(e.person_id!) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1]!;
    for (const t of testers) expect(counts.get(t.id)).toBeGreaterThan(median * 10);
  });

  it('plants HTML payloads in event names, property values, a person and a company', () => {
    for (const name of HOSTILE_EVENT_NAMES) expect(named(name).length).toBeGreaterThan(0);
    expect(data.events.some((e) => String(e.properties.dashboard_name).includes('<svg'))).toBe(true);
    expect(data.persons.some((p) => String(p.properties.name).includes('<img'))).toBe(true);
    expect(data.groups.some((g) => String(g.group_properties.name).includes('<script>'))).toBe(true);
  });

  it('grows, follows office hours and has weekly seasonality', () => {
    const activity = named(ACTIVITY_EVENT);
    const first = activity[0]!.timestamp;
    const span = activity[activity.length - 1]!.timestamp - first;
    const early = activity.filter((e) => e.timestamp < first + span / 3).length;
    const late = activity.filter((e) => e.timestamp > first + (2 * span) / 3).length;
    expect(late).toBeGreaterThan(early * 1.2);
    const weekdayOf = (t: number) => new Date(t + timezoneOffsetMs(PROJECT_TIMEZONE, t)).getUTCDay();
    const weekend = activity.filter((e) => [0, 6].includes(weekdayOf(e.timestamp))).length;
    expect(weekend / activity.length).toBeLessThan(0.15);
  });
});
