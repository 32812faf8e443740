// The PostHog project the demo data belongs to: its settings, actions, group types and the
// customer-analytics config, all in the shapes PostHog stores them.
import type { DemoAction, DemoProject, PropertyFilter } from './types.ts';
import { DAY } from './calendar.ts';
import { Random } from './random.ts';
import { uuidV4 } from './uuid.ts';
import { MARKETING_HOST, SIGNUP_PATH } from './vocabulary.ts';

export const PROJECT_ID = 1;
export const PROJECT_NAME = 'Demo SaaS (PMF Lens demo)';
/** Not UTC and with DST, so day buckets and the DST switch are exercised. */
export const PROJECT_TIMEZONE = 'Europe/Berlin';
/** Employees' email domain; the test-account filter hides persons with it. */
export const INTERNAL_DOMAIN = 'demo-saas.example';
export const COMPANY_GROUP_TYPE = 'company';

/** The event names for each role, one place for the generator, the config and the tests. */
export const EVENT = {
  signup: 'user signed up',
  subscription: 'subscription started',
  subscriptionCanceled: 'subscription canceled',
  payment: 'payment succeeded',
  paymentFailed: 'payment failed',
  ticketCreated: 'support ticket created',
  ticketUpdated: 'support ticket updated',
} as const;

export const ACTION_ID = {
  signedUp: 1,
  viewedSignupPage: 2,
  viewedPricing: 3,
  clickedSignUp: 4,
  paidInvoice: 5,
  usedCoreFeature: 6,
} as const;

export const TEST_ACCOUNT_FILTERS: PropertyFilter[] = [
  { key: 'email', operator: 'not_icontains', value: `@${INTERNAL_DOMAIN}`, type: 'person' },
];

function buildActions(createdAt: number): DemoAction[] {
  const action = (id: number, name: string, description: string, steps: DemoAction['steps']): DemoAction => ({
    id, name, description, steps, created_at: createdAt,
  });
  return [
    action(ACTION_ID.signedUp, 'Signed up', 'A new account was created', [{ event: EVENT.signup }]),
    action(ACTION_ID.viewedSignupPage, 'Viewed signup page', 'Any pageview of the signup form', [
      { event: '$pageview', url: SIGNUP_PATH, url_matching: 'contains' },
    ]),
    action(ACTION_ID.viewedPricing, 'Viewed pricing', 'Pricing page on the marketing site', [
      { event: '$pageview', url: `^https://${MARKETING_HOST.replace(/\./g, '\\.')}/pricing/?$`, url_matching: 'regex' },
    ]),
    action(ACTION_ID.clickedSignUp, 'Clicked sign up', 'Autocaptured click on the signup button', [
      { event: '$autocapture', selector: 'button.signup', text: 'Sign up', text_matching: 'exact', url: SIGNUP_PATH, url_matching: 'contains' },
    ]),
    action(ACTION_ID.paidInvoice, 'Paid invoice', 'A successful payment of a positive amount', [
      { event: EVENT.payment, properties: [{ key: 'amount', operator: 'gt', value: 0, type: 'event' }] },
    ]),
    action(ACTION_ID.usedCoreFeature, 'Used core feature', 'Created a report or analyzed an insight', [
      { event: 'report created' },
      { event: 'insight analyzed' },
    ]),
  ];
}

const eventsNode = (event: string, properties?: PropertyFilter[]) => ({
  kind: 'EventsNode', event, name: event, ...(properties ? { properties } : {}),
});

export function buildProject(seed: number, end: number, days: number): DemoProject {
  const rng = new Random(seed, 0xffffffff, 0x50524a);
  const createdAt = end - (days + 420) * DAY;
  const uuid = uuidV4(rng);
  const organization = uuidV4(rng);
  const tokenAlphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  let token = 'phc_';
  for (let i = 0; i < 43; i++) token += tokenAlphabet[rng.int(tokenAlphabet.length)];
  return {
    id: PROJECT_ID,
    uuid,
    name: PROJECT_NAME,
    timezone: PROJECT_TIMEZONE,
    api_token: token,
    organization,
    test_account_filters: TEST_ACCOUNT_FILTERS,
    customer_analytics_config: {
      activity_event: eventsNode('dashboard viewed'),
      signup_pageview_event: eventsNode('$pageview', [
        { key: '$pathname', type: 'event', operator: 'icontains', value: SIGNUP_PATH },
      ]),
      signup_event: { kind: 'ActionsNode', id: ACTION_ID.signedUp, name: 'Signed up' },
      subscription_event: eventsNode(EVENT.subscription),
      subscription_pageview_event: {},
      payment_event: eventsNode(EVENT.payment),
      account_group_type_index: 0,
    },
    actions: buildActions(createdAt),
    group_types: [
      { group_type: COMPANY_GROUP_TYPE, group_type_index: 0, name_singular: 'Company', name_plural: 'Companies' },
    ],
    created_at: createdAt,
  };
}
