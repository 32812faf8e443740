// storage.local: never synced to other devices, so it is where the API key may live.
import { browser } from './browser';

export async function readLocal<T>(key: string): Promise<T | undefined> {
  const items = await browser.storage.local.get(key);
  return items[key] as T | undefined;
}

export async function writeLocal<T>(key: string, value: T): Promise<void> {
  await browser.storage.local.set({ [key]: value });
}

export async function removeLocal(key: string): Promise<void> {
  await browser.storage.local.remove(key);
}
