// Playwright fixtures: a real Chromium with the built extension, one per test, so no state leaks between tests,
// and a PostHog emulator with a small generated project for the tests that sync.
import { test as base, type Page } from '@playwright/test';
import { generateDemoData } from '../demo-data/generate';
import type { DemoDataset } from '../demo-data/types';
import { DEMO_KEY } from '../emulator/keys';
import { startEmulator, type Emulator, type EmulatorOptions } from '../emulator/server';
import { connectThroughPopup } from '../support/connect-through-popup';
import { launchExtension, type LaunchedExtension } from '../support/launch-extension';

export interface Demo {
  emulator: Emulator;
  dataset: DemoDataset;
  /** Opens the popup as a tab and connects it to the emulator with `apiKey` (the demo key by default). */
  connect: (apiKey?: string) => Promise<Page>;
  /** uuids the server holds in the window the extension's last sync covered, read from the worker itself. */
  uuidsInSyncedWindow: (page: Page) => Promise<string[]>;
  /** Days between the start of the synced window and its end, as the worker recorded them. */
  syncedDays: (page: Page) => Promise<number>;
}

export interface ExtensionFixtures {
  extension: LaunchedExtension;
  /** Opens an extension page as a tab and waits until it has rendered. */
  openPage: (name: 'popup' | 'sidepanel') => Promise<Page>;
  demo: Demo;
  /** Another demo server with emulator options of its own (property forms, slow tables, rate limits…). */
  demoWith: (options: Omit<EmulatorOptions, 'dataset'>, data?: { seed?: number; events?: number }) => Promise<Demo>;
}

const HOUR = 3_600_000;

async function syncedWindow(page: Page): Promise<{ storedFromMs: number; syncedUntilMs: number }> {
  const reply = await page.evaluate(() => chrome.runtime.sendMessage({ kind: 'request', name: 'getSync', payload: null }));
  return (reply as { value: { status: { storedFromMs: number; syncedUntilMs: number } } }).value.status;
}

async function startDemo(openPage: ExtensionFixtures['openPage'], options: Omit<EmulatorOptions, 'dataset'>, data: { seed?: number; events?: number } = {}): Promise<Demo> {
  // Data up to the next whole hour, so "the last 90 days" cuts through it as it would for a real project.
  const end = Math.ceil(Date.now() / HOUR) * HOUR;
  const dataset = generateDemoData({ seed: data.seed ?? 21, events: data.events ?? 12_000, end });
  const emulator = await startEmulator({ silent: true, ...options, dataset });
  return {
    emulator,
    dataset,
    connect: async (apiKey = DEMO_KEY) => {
      const popup = await openPage('popup');
      await connectThroughPopup(popup, { url: emulator.url, projectId: dataset.project.id, apiKey });
      return popup;
    },
    uuidsInSyncedWindow: async (page) => {
      // The worker's clock decides where "the last 90 days" starts; the test's may differ by a few seconds.
      const { storedFromMs, syncedUntilMs } = await syncedWindow(page);
      return dataset.events.filter((e) => e.timestamp >= storedFromMs && e.timestamp < syncedUntilMs).map((e) => e.uuid);
    },
    syncedDays: async (page) => {
      const { storedFromMs, syncedUntilMs } = await syncedWindow(page);
      return (syncedUntilMs - storedFromMs) / 86_400_000;
    },
  };
}

export const test = base.extend<ExtensionFixtures>({
  extension: async ({}, use) => {
    const launched = await launchExtension({ headless: true });
    await use(launched);
    await launched.context.close();
  },
  openPage: async ({ extension }, use) => {
    await use(async (name) => {
      const page = await extension.context.newPage();
      await page.goto(extension.url(name));
      await page.locator('main').waitFor();
      return page;
    });
  },
  demo: async ({ openPage }, use) => {
    const demo = await startDemo(openPage, {});
    await use(demo);
    await demo.emulator.close();
  },
  demoWith: async ({ openPage }, use) => {
    const started: Demo[] = [];
    await use(async (options, data) => {
      const demo = await startDemo(openPage, options, data);
      started.push(demo);
      return demo;
    });
    for (const demo of started) await demo.emulator.close();
  },
});

export { expect } from '@playwright/test';
