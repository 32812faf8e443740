// Starts Chromium with the built extension loaded, the way the e2e tests and `npm start` both need it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { chromiumHelp, findChromium } from '../../scripts/chromium.mjs';

// PMF_DIST lets parallel work build and test its own copy (`vite build --outDir X`) without clobbering dist/.
export const DIST_DIR = process.env.PMF_DIST ? resolve(process.env.PMF_DIST) : resolve(import.meta.dirname, '../../dist');

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  url(page: 'popup' | 'sidepanel'): string;
}

export interface LaunchOptions {
  headless: boolean;
  /** A profile folder to keep between runs; a fresh temporary one by default. */
  profileDir?: string;
  viewport?: { width: number; height: number } | null;
}

export async function launchExtension(options: LaunchOptions): Promise<LaunchedExtension> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(chromiumHelp());
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'pmf-lens-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: options.headless,
    viewport: options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport,
    args: [
      `--disable-extensions-except=${DIST_DIR}`,
      `--load-extension=${DIST_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
    ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    url: (page) => `chrome-extension://${extensionId}/${page}/index.html`,
  };
}
