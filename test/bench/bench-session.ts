// One store's browser: a temporary Chromium profile, the bench page at an origin of its own, and a way to close
// the browser (so the profile's files can be measured) and start it again on the same profile.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { chromiumHelp, findChromium } from '../../scripts/chromium.mjs';
import type { BenchPageApi } from './page/bench-api';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Lets the page collect garbage before a timed step, so an earlier step's garbage is not charged to it.
  '--js-flags=--expose-gc',
];

type Api = BenchPageApi;

export class BenchSession {
  private context: BrowserContext | null = null;
  private page: Page | null = null;
  /** e.g. "156.0.8078.108". */
  version = '';

  private constructor(readonly origin: string, readonly profileDir: string) {}

  /** A fresh profile, with the browser started and the bench page loaded from `origin`. */
  static async open(origin: string): Promise<BenchSession> {
    const session = new BenchSession(origin, await mkdtemp(join(tmpdir(), 'pmf-lens-bench-')));
    try {
      await session.start();
    } catch (error) {
      await session.dispose();
      throw error;
    }
    return session;
  }

  /** Starts the browser on this session's profile (again, after `closeBrowser`). */
  async start(): Promise<void> {
    const page = await this.launch();
    await page.goto(`${this.origin}/index.html`);
    await page.waitForFunction(() => window.bench !== undefined);
    this.version = this.context?.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? 'unknown'));
  }

  /**
   * Starts the browser on this session's profile with `path` (e.g. "/sidepanel.html?…") as the first and only
   * page, at that viewport size: a fresh browser process opening one page, as the side panel's first open after a
   * restart. Navigates after the page's `load` event; what the page does later is its own to report.
   */
  async startAt(path: string, viewport: { width: number; height: number }): Promise<Page> {
    const page = await this.launch();
    await page.setViewportSize(viewport);
    await page.goto(`${this.origin}${path}`);
    return page;
  }

  private async launch(): Promise<Page> {
    const executablePath = findChromium();
    if (!executablePath) throw new Error(chromiumHelp());
    this.context = await chromium.launchPersistentContext(this.profileDir, {
      executablePath,
      headless: true,
      args: ARGS,
      // run.ts closes the browser and removes the profile on Ctrl-C; Playwright's own handler would exit first.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    this.page = this.context.pages()[0] ?? (await this.context.newPage());
    this.page.on('pageerror', (error) => process.stderr.write(`bench page error: ${error.message}\n`));
    return this.page;
  }

  /** Calls one of the page's bench functions; its result comes back as plain data. */
  call<K extends keyof Api>(name: K, argument: Parameters<Api[K]>[0]): Promise<Awaited<ReturnType<Api[K]>>> {
    if (!this.page) throw new Error('the bench browser is not running');
    return this.page.evaluate(
      ({ name, argument }) => (window.bench![name] as (argument: unknown) => Promise<unknown>)(argument),
      { name, argument: argument as unknown },
    ) as Promise<Awaited<ReturnType<Api[K]>>>;
  }

  /** Closes the browser; the profile stays until `dispose`. IndexedDB closes its files with the browser. */
  async closeBrowser(): Promise<void> {
    const context = this.context;
    this.context = null;
    this.page = null;
    await context?.close();
  }

  async dispose(): Promise<void> {
    await this.closeBrowser().catch(() => undefined);
    await rm(this.profileDir, { recursive: true, force: true });
  }
}
