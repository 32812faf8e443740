import { describe, expect, it } from 'vitest';
import { parseElementsChain } from '../../../../src/core/roles/elements-chain';
import { PRICING_LINK_CHAIN, SIGNUP_CLICK_CHAIN } from './event-table-fixture';


describe('parseElementsChain', () => {
  it('reads each element: tag, text and href', () => {
    expect(parseElementsChain(SIGNUP_CLICK_CHAIN)).toEqual([
      { tagName: 'span', text: 'Sign up', href: null },
      { tagName: 'button', text: null, href: null },
      { tagName: 'form', text: null, href: null },
      { tagName: 'body', text: null, href: null },
    ]);
  });

  it("keeps escaped quotes and ';' inside values, and ':' inside class names", () => {
    expect(parseElementsChain(PRICING_LINK_CHAIN)).toEqual([
      { tagName: 'a', text: 'See "Team"; pricing', href: '/pricing?plan=team' },
      { tagName: 'nav', text: null, href: null },
    ]);
  });

  it('an empty chain has no elements; a bare tag has no attributes', () => {
    expect(parseElementsChain('')).toEqual([]);
    expect(parseElementsChain('div')).toEqual([{ tagName: 'div', text: null, href: null }]);
  });
});
