// The only module that imports the WebExtension API. Everything else asks this module, so moving to
// Firefox, or dropping the polyfill once every target speaks `browser.*`, is a one-file change.
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs } from 'webextension-polyfill';
