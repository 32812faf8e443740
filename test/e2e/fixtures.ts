// Playwright fixtures: a real Chromium with the built extension, one per test, so no state leaks between tests.
import { test as base, type Page } from '@playwright/test';
import { launchExtension, type LaunchedExtension } from '../support/launch-extension';

export interface ExtensionFixtures {
  extension: LaunchedExtension;
  /** Opens an extension page as a tab and waits until it has rendered. */
  openPage: (name: 'popup' | 'sidepanel') => Promise<Page>;
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
});

export { expect } from '@playwright/test';
