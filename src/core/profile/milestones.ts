// The customer's role milestones: when it first signed up, subscribed and paid, and what it paid in total.
// Every stored event counts (not a date range): a profile is the customer's whole known story.
import type { RoleName } from '../engine/prepared-data';
import type { EventTable } from '../events/event-table';
import { formatTimestamp } from '../events/timestamps';
import { compareCodeUnits } from './code-unit-order';
import { parseProperties } from './event-properties';
import { paymentAmount } from './payment-amount';

export interface PaymentTotal {
  /** Upper-cased `currency` property; null for payments that sent none. */
  currency: string | null;
  /** Sum of the amounts, rounded to the most decimals any of them was sent with (so 49.00 + 19.99 = 68.99). */
  amount: number;
  /** Payments that make up this total. */
  count: number;
}

export interface PaymentSummary {
  /** Payment-role events. */
  count: number;
  /** One per currency: currencies in code-unit order, then the payments without a currency. */
  totals: PaymentTotal[];
  /** Payment events with no numeric `amount`, `revenue` or `price`: counted, not summed. */
  without_amount: number;
}

/** Each field is null when its role is not configured (the profile's `missing_roles` says so) or never played. */
export interface Milestones {
  signed_up_at: string | null;
  subscribed_at: string | null;
  first_payment_at: string | null;
  payments: PaymentSummary | null;
}

// More digits than this are float noise, not what a source sent.
const MAX_FRACTION_DIGITS = 8;

export function buildMilestones(table: EventTable, rows: Int32Array, roles: Record<RoleName, Uint8Array | null>): Milestones {
  const firstAt = (mask: Uint8Array | null): string | null => {
    if (!mask) return null;
    // Rows ascend in time, so the first match is the earliest.
    for (const row of rows) if (mask[row] === 1) return formatTimestamp(table.timestamp[row]!);
    return null;
  };
  return {
    signed_up_at: firstAt(roles.signup),
    subscribed_at: firstAt(roles.subscription),
    first_payment_at: firstAt(roles.payment),
    payments: roles.payment ? summarizePayments(table, rows, roles.payment) : null,
  };
}

function summarizePayments(table: EventTable, rows: Int32Array, mask: Uint8Array): PaymentSummary {
  const byCurrency = new Map<string | null, { sum: number; digits: number; count: number }>();
  let count = 0;
  let withoutAmount = 0;
  for (const row of rows) {
    if (mask[row] !== 1) continue;
    count++;
    const amount = paymentAmount(parseProperties(table.properties[row]));
    if (!amount) {
      withoutAmount++;
      continue;
    }
    const total = byCurrency.get(amount.currency) ?? { sum: 0, digits: 0, count: 0 };
    total.sum += amount.value;
    total.digits = Math.max(total.digits, Math.min(amount.fractionDigits, MAX_FRACTION_DIGITS));
    total.count++;
    byCurrency.set(amount.currency, total);
  }
  const totals = [...byCurrency].map(([currency, total]) => ({
    currency,
    amount: Number(total.sum.toFixed(total.digits)),
    count: total.count,
  }));
  totals.sort((a, b) => (a.currency === null ? 1 : b.currency === null ? -1 : compareCodeUnits(a.currency, b.currency)));
  return { count, totals, without_amount: withoutAmount };
}
