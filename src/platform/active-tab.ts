// The URL of the tab the user opened the popup on. With the activeTab permission the browser reveals it only
// for that user gesture; it is read to prefill the connect form and never stored or sent anywhere.
import { browser } from './browser';

export async function activeTabUrl(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}
