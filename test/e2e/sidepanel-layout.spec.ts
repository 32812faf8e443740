// The side panel at its narrowest and in the dark: readable at 320 px without sideways scrolling, every control
// named for a screen reader, the filter bar and customers reachable with the keyboard, charts with text
// alternatives.
import { expect, test } from './fixtures';

test('at 320 px, dark: no sideways scroll, every control labelled, keyboard reaches the filters and customers', async ({ demo, extension }) => {
  const popup = await demo.connect();
  await expect(popup.getByTestId('sync-phase')).toHaveText('Up to date', { timeout: 60_000 });
  const panel = await extension.context.newPage();
  await panel.emulateMedia({ colorScheme: 'dark' });
  await panel.setViewportSize({ width: 320, height: 700 });
  await panel.goto(extension.url('sidepanel'));
  await expect(panel.getByTestId('power-user').first()).toBeVisible({ timeout: 30_000 });

  expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const background = await panel.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = background.match(/\d+/g)!.map(Number);
  expect(r! + g! + b!).toBeLessThan(150);

  for (const control of await panel.locator('main').locator('button, input, select, textarea, summary').all()) {
    if (await control.isVisible()) await expect(control).toHaveAccessibleName(/\S/);
  }

  // Every chart has words and a table for those who cannot see it.
  const charts = panel.locator('main canvas');
  expect(await charts.count()).toBeGreaterThan(0);
  await expect(panel.getByTestId('tile-active_users').getByRole('img')).toHaveAccessibleName(/\d/);
  await panel.getByTestId('tile-active_users').getByText('Show as table').click();
  await expect(panel.getByTestId('tile-active_users').getByRole('table', { name: /Active users/ })).toBeVisible();

  // Tab from the top reaches the date range, compare, and a power user; Enter on it opens the profile.
  await panel.locator('h1').click();
  const reached = new Set<string>();
  for (let i = 0; i < 60 && !reached.has('power-user'); i++) {
    await panel.keyboard.press('Tab');
    reached.add(await panel.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? ''));
  }
  expect(reached).toContain('range-select');
  expect(reached).toContain('compare');
  expect(reached).toContain('power-user');
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('customer-profile')).toBeVisible();
  expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
