// Clicking a customer opens its profile from the browser's own store; names and values from the data are text,
// never markup: the demo's HTML/script payloads are synced, shown, and nothing runs.
import type { Page } from '@playwright/test';
import { HOSTILE_PERSON_NAME, XSS_IMG, XSS_SCRIPT } from '../demo-data/hostile';
import { expect, test } from './fixtures';

/** Everything that would betray markup rendered from data: the payloads set window.__xss or add elements. */
async function expectNothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(await page.locator('main img, main svg[onload], main script').count()).toBe(0);
}

test('a power user opens its profile; history pages and expands; Back returns to the dashboard where it was', async ({ demo, openPage }) => {
  const popup = await demo.connect();
  await expect(popup.getByTestId('sync-phase')).toHaveText('Up to date', { timeout: 60_000 });
  const panel = await openPage('sidepanel');
  const first = panel.getByTestId('power-user').first();
  await expect(first).toBeVisible({ timeout: 30_000 });
  const name = (await first.innerText()).trim();
  const dashboardScroll = await first.evaluate((element) => {
    element.scrollIntoView({ block: 'center' });
    return window.scrollY;
  });
  await first.click();

  const profile = panel.getByTestId('customer-profile');
  await expect(profile).toBeVisible();
  await expect(panel.getByTestId('dashboard-summary')).toBeHidden();
  await expect(panel.getByTestId('profile-name')).toContainText(name);
  await expect(panel.getByTestId('profile-milestones')).toContainText(/Signed up/i);
  await expect(panel.getByTestId('profile-usage')).toBeVisible();
  const events = panel.getByTestId('history-event');
  await expect(events.first()).toBeVisible();
  // Newest first, 50 a page; the next page has other (older) events.
  const firstPage = await events.allInnerTexts();
  expect(firstPage).toHaveLength(50);
  await events.first().getByRole('button').first().click();
  await expect(profile.getByTestId('event-properties').first()).toBeVisible();
  await panel.getByTestId('history-older').click();
  await expect(panel.getByTestId('history-page')).toContainText('page 2 of');
  await expect(events.first()).not.toHaveText(firstPage[0]!);

  await panel.getByTestId('profile-back').click();
  await expect(panel.getByTestId('dashboard-summary')).toBeVisible();
  await expect(first).toBeFocused();
  expect(Math.abs((await panel.evaluate(() => window.scrollY)) - dashboardScroll)).toBeLessThan(50);
});

test('HTML and script payloads in names, events and values are shown as text and never run', async ({ demo, openPage }) => {
  const popup = await demo.connect();
  await expect(popup.getByTestId('sync-phase')).toHaveText('Up to date', { timeout: 60_000 });
  const panel = await openPage('sidepanel');
  await panel.getByTestId('range-select').selectOption('all', { timeout: 30_000 });

  await panel.getByTestId('customer-search').fill('Mallory');
  const row = panel.getByTestId('customer-row');
  await expect(row).toHaveCount(1);
  await row.click();
  // Listed by email (PostHog's display name); the name property, a payload, is in the properties.
  await panel.getByTestId('profile-properties').locator('summary').click();
  await expect(panel.getByTestId('profile-properties')).toContainText(HOSTILE_PERSON_NAME);

  // Page through the whole history: the hostile events are somewhere in it, shown by their literal names.
  const names = new Set<string>();
  const pageLine = panel.getByTestId('history-page');
  await expect(pageLine).toContainText('page 1 of');
  const pages = Number(/page 1 of (\d+)/.exec(await pageLine.innerText())![1]);
  for (let page = 1; ; page++) {
    for (const text of await panel.getByTestId('history-event').getByTestId('event-name').allInnerTexts()) names.add(text.trim());
    if (page === pages) break;
    await panel.getByTestId('history-older').click();
    await expect(pageLine).toContainText(`page ${page + 1} of`);
  }
  expect(names).toContain(XSS_IMG);
  expect(names).toContain(XSS_SCRIPT);
  // Every event's properties open, payload values included.
  for (const event of await panel.getByTestId('history-event').all()) await event.getByRole('button').first().click();
  await expectNothingRan(panel);

  // The popup lists event names from the same data.
  const roles = await openPage('popup');
  await expect(roles.getByTestId('roles')).toBeVisible();
  await expectNothingRan(roles);
});
