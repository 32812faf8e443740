// `$autocapture` clicks and their `elements_chain` strings, in PostHog's serialisation: innermost element
// first, `;`-separated; each `tag.class1.class2:` followed by its attributes sorted by key as `key="value"`.
// Chains are built once at load time and reused by every event.
import { WeightedTable } from './random.ts';

interface ElementSpec {
  tag: string;
  classes?: string[];
  text?: string;
  href?: string;
  id?: string;
  attributes?: Record<string, string>;
  nthChild: number;
  nthOfType: number;
}

function escapeQuotes(value: string): string {
  return value.replace(/"/g, '\\"');
}

export function elementsToChain(elements: ElementSpec[]): string {
  return elements
    .map((element) => {
      const classes = [...(element.classes ?? [])].sort();
      let out = element.tag + classes.map((c) => `.${c}`).join('');
      const attributes: Record<string, string> = {
        'nth-child': String(element.nthChild),
        'nth-of-type': String(element.nthOfType),
        ...(element.text ? { text: element.text } : {}),
        ...(element.href ? { href: element.href, attr__href: element.href } : {}),
        ...(element.id ? { attr_id: element.id, attr__id: element.id } : {}),
        ...(classes.length ? { attr__class: classes.join(' ') } : {}),
        ...element.attributes,
      };
      const keys = Object.keys(attributes).sort();
      if (keys.length) out += ':' + keys.map((key) => `${key}="${escapeQuotes(attributes[key] as string)}"`).join('');
      return out;
    })
    .join(';');
}

/** One kind of click: its chain plus the `$el_text` / `$event_type` properties PostHog derives from it. */
export interface Click {
  readonly chain: string;
  readonly text: string;
  readonly eventType: 'click' | 'submit' | 'change';
}

const BODY: ElementSpec = { tag: 'body', nthChild: 2, nthOfType: 1 };

function click(eventType: Click['eventType'], target: ElementSpec, ...parents: ElementSpec[]): Click {
  return { chain: elementsToChain([target, ...parents, BODY]), text: target.text ?? '', eventType };
}

const NAV: ElementSpec = { tag: 'nav', classes: ['site-nav'], nthChild: 1, nthOfType: 1 };
const TOOLBAR: ElementSpec = { tag: 'div', classes: ['toolbar'], nthChild: 1, nthOfType: 1 };
const MAIN: ElementSpec = { tag: 'main', classes: ['app-main'], nthChild: 2, nthOfType: 1 };

function navLink(text: string, href: string, nth: number): Click {
  return click('click', { tag: 'a', classes: ['nav-link'], text, href, nthChild: nth, nthOfType: nth }, NAV);
}

export const SIGNUP_BUTTON = click(
  'click',
  { tag: 'button', classes: ['btn', 'signup'], text: 'Sign up', nthChild: 1, nthOfType: 1 },
  { tag: 'form', classes: ['signup-form'], id: 'signup', nthChild: 1, nthOfType: 1 },
);

export const MARKETING_CLICKS = new WeightedTable<Click>([
  [navLink('Pricing', '/pricing', 3), 25],
  [navLink('Features', '/features', 2), 20],
  [navLink('Blog', '/blog', 4), 10],
  [navLink('Docs', '/docs', 5), 8],
  [click('click', { tag: 'a', classes: ['btn', 'cta'], text: 'Start for free', href: '/signup', nthChild: 1, nthOfType: 1 }), 15],
  [click('click', { tag: 'button', classes: ['faq-toggle'], text: 'Is there a free plan?', nthChild: 3, nthOfType: 3 }), 8],
  [click('change', { tag: 'input', classes: ['newsletter'], attributes: { type: 'email' }, nthChild: 1, nthOfType: 1 }), 4],
]);

export const APP_CLICKS = new WeightedTable<Click>([
  [click('click', { tag: 'button', classes: ['btn-primary'], text: 'New report', attributes: { 'attr__data-attr': 'new-report' }, nthChild: 2, nthOfType: 1 }, TOOLBAR, MAIN), 20],
  [click('click', { tag: 'button', classes: ['btn'], text: 'Export', attributes: { 'attr__data-attr': 'export' }, nthChild: 3, nthOfType: 2 }, TOOLBAR, MAIN), 12],
  [click('click', { tag: 'a', classes: ['sidebar-link'], text: 'Dashboards', href: '/app/dashboards', nthChild: 2, nthOfType: 2 }, MAIN), 25],
  [click('click', { tag: 'a', classes: ['sidebar-link'], text: 'Insights', href: '/app/insights', nthChild: 3, nthOfType: 3 }, MAIN), 15],
  [click('click', { tag: 'button', classes: ['date-range'], text: 'Last 30 days', nthChild: 1, nthOfType: 1 }, TOOLBAR, MAIN), 14],
  [click('submit', { tag: 'form', classes: ['filter-form'], nthChild: 1, nthOfType: 1 }, MAIN), 8],
  [click('change', { tag: 'select', classes: ['breakdown'], nthChild: 4, nthOfType: 1 }, TOOLBAR, MAIN), 6],
]);
