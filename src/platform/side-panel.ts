// The side panel API is Chrome's own; the polyfill does not wrap it.
import { browser } from './browser';

/** Opens the side panel in the caller's window. Chrome accepts this only in response to a user gesture. */
export async function openSidePanelInCurrentWindow(): Promise<void> {
  const current = await browser.windows.getCurrent();
  if (current.id === undefined) throw new Error('No browser window to open the side panel in.');
  await chrome.sidePanel.open({ windowId: current.id });
}
