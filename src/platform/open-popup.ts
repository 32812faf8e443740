// Opens the popup on one role, from the side panel's "Configure <role>" buttons. The popup reads the role from
// its URL (`?role=`). chrome.action.openPopup needs a focused normal window and a recent user gesture; where the
// browser refuses, the same page opens in a tab, which works everywhere.
import { browser } from './browser';

const POPUP_PAGE = 'popup/index.html';

export async function openPopupOnRole(role: string): Promise<void> {
  const page = `${POPUP_PAGE}?role=${encodeURIComponent(role)}`;
  try {
    await chrome.action.setPopup({ popup: page });
    await chrome.action.openPopup();
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL(page) });
  } finally {
    // Only this one opening carries the role; the toolbar button opens the plain popup again.
    await chrome.action.setPopup({ popup: POPUP_PAGE });
  }
}
