import { describe, expect, it } from 'vitest';
import { buildCustomerProfile } from '../../../../src/core/profile/build-customer-profile';
import { buildFixture, type EventRow } from './fixtures';

const paid = (date: string, properties: Record<string, unknown>): EventRow => ({ at: `${date}T12:00:00Z`, event: 'payment', person: 'p1', properties, roles: ['payment'] });

const rows: EventRow[] = [
  { at: '2026-02-01T08:00:00Z', event: 'signed_up', person: 'p1', roles: ['signup'] }, // a second signup: not the milestone
  { at: '2026-01-05T08:00:00Z', event: 'signed_up', person: 'p1', roles: ['signup'] },
  { at: '2026-01-10T09:00:00Z', event: 'subscribed', person: 'p1', roles: ['subscription'] },
  paid('2026-01-10', { amount: '49.00', currency: 'usd' }),
  paid('2026-02-10', { amount: 19.99, currency: ' USD ' }),
  paid('2026-03-10', { revenue: '10.5', currency: 'EUR' }),
  paid('2026-03-11', { price: 5 }),
  // A non-numeric amount falls through to the next key.
  paid('2026-03-12', { amount: 'free', revenue: 7 }),
  paid('2026-03-13', { note: 'no amount at all' }),
  // Not a plain decimal: not read as a number (as gt/lt filters do).
  paid('2026-03-14', { amount: '1e3' }),
  paid('2026-03-15', { amount: 0.1, currency: 'GBP' }),
  paid('2026-03-16', { amount: '0.2', currency: 'GBP' }),
  // Another customer's payment and a non-payment event with an amount.
  { ...paid('2026-01-01', { amount: 1000, currency: 'USD' }), person: 'p2' },
  { at: '2026-03-01T00:00:00Z', event: 'quote', person: 'p1', properties: { amount: 500, currency: 'USD' } },
];

describe('milestones', () => {
  it('gives the first signup, subscription and payment, and totals per currency', () => {
    const { milestones } = buildCustomerProfile({ ...buildFixture(rows), actorId: 'p1' })!;
    expect(milestones).toEqual({
      signed_up_at: '2026-01-05T08:00:00.000Z',
      subscribed_at: '2026-01-10T09:00:00.000Z',
      first_payment_at: '2026-01-10T12:00:00.000Z',
      payments: {
        count: 9,
        totals: [
          { currency: 'EUR', amount: 10.5, count: 1 },
          // 0.1 + 0.2 in floating point is 0.30000000000000004: rounded back to the digits sent.
          { currency: 'GBP', amount: 0.3, count: 2 },
          // "49.00" + 19.99, " USD " and "usd" being one currency.
          { currency: 'USD', amount: 68.99, count: 2 },
          { currency: null, amount: 12, count: 2 },
        ],
        without_amount: 2,
      },
    });
  });

  it('is null where a role is not configured or never played, and says which roles are missing', () => {
    const profile = buildCustomerProfile({ ...buildFixture(rows, { unconfigured: ['signup', 'payment'] }), actorId: 'p1' })!;
    expect(profile.milestones).toEqual({ signed_up_at: null, subscribed_at: '2026-01-10T09:00:00.000Z', first_payment_at: null, payments: null });
    expect(profile.missing_roles).toEqual(['signup', 'payment']);
    const p2 = buildCustomerProfile({ ...buildFixture(rows), actorId: 'p2' })!;
    expect(p2.milestones.signed_up_at).toBeNull();
    expect(p2.milestones.subscribed_at).toBeNull();
    expect(p2.milestones.payments).toEqual({ count: 1, totals: [{ currency: 'USD', amount: 1000, count: 1 }], without_amount: 0 });
    const none = buildCustomerProfile({ ...buildFixture(rows.filter((r) => r.event === 'quote')), actorId: 'p1' })!;
    expect(none.milestones.payments).toEqual({ count: 0, totals: [], without_amount: 0 });
  });
});
