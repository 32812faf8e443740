// Host permissions are asked for one API origin at a time, when the user connects to it.
import { browser } from './browser';

const originPattern = (origin: string) => `${origin}/*`;

export async function hasOriginPermission(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(origin)] });
}

/** Must be called from a user gesture in a page (the popup's Connect click), never from the worker. */
export async function requestOriginPermission(origin: string): Promise<boolean> {
  if (await hasOriginPermission(origin)) return true;
  return browser.permissions.request({ origins: [originPattern(origin)] });
}
