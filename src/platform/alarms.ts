// Alarms wake a stopped service worker: the watchdog resumes an interrupted sync, the top-up keeps data fresh.
import { browser } from './browser';

export async function ensureAlarm(name: string, periodInMinutes: number): Promise<void> {
  const existing = await browser.alarms.get(name);
  if (!existing || existing.periodInMinutes !== periodInMinutes) browser.alarms.create(name, { periodInMinutes, delayInMinutes: periodInMinutes });
}

export async function clearAlarm(name: string): Promise<void> {
  await browser.alarms.clear(name);
}

/** Must be registered at the worker's top level, so the alarm that woke it finds the listener. */
export function onAlarm(name: string, handler: () => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === name) handler();
  });
}

/**
 * Chrome stops an idle worker after 30 s; a long page download does not count as activity, an extension API
 * call does. Calls a cheap one every 20 s until `signal` aborts.
 */
export function keepWorkerAlive(signal: AbortSignal): void {
  const timer = setInterval(() => void browser.runtime.getPlatformInfo(), 20_000);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
