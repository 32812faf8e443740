// What one payment event paid. Sources name the amount differently (Stripe-style `amount`, PostHog revenue
// analytics' `revenue`, e-commerce `price`), and often send it as text ("49.00"): the first of those three keys
// that holds a number (a JSON number or a plain decimal string, as the gt/lt filters read numbers) is the amount.
import { numericValue } from '../config/plain-decimal';
import { textOf, type Properties } from './event-properties';

export const AMOUNT_KEYS = ['amount', 'revenue', 'price'] as const;

export interface PaymentAmount {
  value: number;
  /** Digits after the decimal point as sent ("49.00" → 2), so totals can be rounded back to what was sent. */
  fractionDigits: number;
  /** The `currency` property, trimmed and upper-cased ("usd" and "USD" are one currency); null when absent. */
  currency: string | null;
}

export function paymentAmount(properties: Properties): PaymentAmount | null {
  for (const key of AMOUNT_KEYS) {
    const raw = properties[key];
    const value = numericValue(raw);
    if (Number.isNaN(value)) continue;
    return { value, fractionDigits: fractionDigits(raw), currency: currencyOf(properties) };
  }
  return null;
}

function fractionDigits(raw: unknown): number {
  const text = typeof raw === 'string' ? raw : String(raw);
  const point = text.indexOf('.');
  // Exponent forms (1e-7) are not plain decimals; their digits are capped where they are summed.
  return point < 0 || text.includes('e') ? 0 : text.length - point - 1;
}

function currencyOf(properties: Properties): string | null {
  const text = textOf(properties.currency);
  return text === null ? null : text.trim().toUpperCase();
}
