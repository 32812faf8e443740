// PostHog's serialised autocapture DOM chain, innermost element first, elements separated by ';':
//   a.btn.primary:attr__href="/pricing"href="/pricing"nth-child="1"nth-of-type="1"text="Sign up";div.nav:nth-child="2"
// A tag and its classes, then attributes key="value" with '"' inside values escaped as \". Action steps need each
// element's tag, `text` and `href`; nothing else is read.

export interface ChainElement {
  tagName: string;
  text: string | null;
  href: string | null;
}

// An element: everything up to a ';' that is not inside a quoted value.
const ELEMENT = /(?:[^;"]|"(?:\\.|[^"\\])*")+/g;
// An attribute key="value" (the value's escaped quotes kept whole).
const ATTRIBUTE = /([\w\-]+)="((?:\\.|[^"\\])*)"/g;
const TAG = /^[^.:]*/;
// Attributes begin at the first ':' followed by `key=`; classes may hold ':' themselves (Tailwind's
// "hover:underline"), as PostHog's own parser allows.
const ATTRIBUTES_START = /:(?=[\w\-]*=)/;

const unescape = (value: string): string => (value.includes('\\"') ? value.replaceAll('\\"', '"') : value);

export function parseElementsChain(chain: string): ChainElement[] {
  const elements: ChainElement[] = [];
  if (chain === '') return elements;
  for (const [element] of chain.matchAll(ELEMENT)) {
    const colon = element.search(ATTRIBUTES_START);
    const head = colon < 0 ? element : element.slice(0, colon);
    const parsed: ChainElement = { tagName: TAG.exec(head)?.[0] ?? '', text: null, href: null };
    if (colon >= 0) {
      for (const [, key, value] of element.slice(colon + 1).matchAll(ATTRIBUTE)) {
        if (key === 'text') parsed.text = unescape(value ?? '');
        else if (key === 'href') parsed.href = unescape(value ?? '');
      }
    }
    elements.push(parsed);
  }
  return elements;
}
