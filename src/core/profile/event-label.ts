// A one-line description of an event for the history list, picked from the property that says what happened:
// the page for a pageview, the clicked text for autocapture, the error for an exception, the subject for a
// ticket, the amount for a payment. Plain text (the UI renders it as text, never as HTML); null when nothing fits,
// and the event name alone then describes the event.
import { parseElementsChain } from '../roles/elements-chain';
import { firstText, textOf, type Properties } from './event-properties';
import { readException } from './exception-fields';
import { AMOUNT_KEYS } from './payment-amount';
import { TICKET_FIELDS } from './support-tickets';

/** Longer labels are cut (with "…"): the full value stays in the properties. */
export const LABEL_MAX_LENGTH = 200;

export interface LabelRoles {
  ticket: boolean;
  payment: boolean;
}

const PAGE_EVENTS = new Set(['$pageview', '$pageleave']);
const CLICK_EVENTS = new Set(['$autocapture', '$rageclick', '$dead_click']);

export function eventLabel(event: string, properties: Properties, elementsChain: string, roles: LabelRoles): string | null {
  const label = pickLabel(event, properties, elementsChain, roles);
  return label === null ? null : shorten(label);
}

function pickLabel(event: string, properties: Properties, elementsChain: string, roles: LabelRoles): string | null {
  if (roles.ticket) {
    const subject = firstText(properties, TICKET_FIELDS.subject);
    if (subject !== null) return subject;
  }
  if (roles.payment) {
    const amount = firstText(properties, AMOUNT_KEYS);
    const currency = textOf(properties.currency);
    if (amount !== null) return currency === null ? amount : `${amount} ${currency}`;
  }
  if (PAGE_EVENTS.has(event)) return firstText(properties, ['$pathname', '$current_url']);
  if (event === '$screen') return textOf(properties.$screen_name);
  if (CLICK_EVENTS.has(event)) return textOf(properties.$el_text) ?? clickedText(elementsChain || chainProperty(properties));
  if (event === '$exception') {
    const { type, message } = readException(properties);
    return type !== null && message !== null ? `${type}: ${message}` : (type ?? message);
  }
  return null;
}

function chainProperty(properties: Properties): string {
  return typeof properties.$elements_chain === 'string' ? properties.$elements_chain : '';
}

/** The innermost element's text, else the nearest ancestor's, else the innermost tag ("button"). */
function clickedText(chain: string): string | null {
  const elements = parseElementsChain(chain);
  for (const element of elements) if (element.text !== null && element.text.trim() !== '') return element.text;
  return elements[0]?.tagName || null;
}

function shorten(text: string): string {
  if (text.length <= LABEL_MAX_LENGTH) return text;
  let end = LABEL_MAX_LENGTH - 1;
  // Do not cut a surrogate pair in half.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
