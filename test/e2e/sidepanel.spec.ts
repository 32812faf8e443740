// The side panel as a user drives it: the filter bar changes the numbers exactly as the engine says, choices
// persist, and with the demo server gone everything still comes from the browser's own store.
import type { Page } from '@playwright/test';
import { expectedDashboard, formatCountText as count } from '../support/expected-dashboard';
import { expect, test } from './fixtures';

const value = (panel: Page, tile: string) => panel.getByTestId(`tile-${tile}`).getByTestId('value');
const rate = (r: number | null) => (r === null ? '–' : `${(r * 100).toFixed(1)}%`);

async function shownRange(panel: Page): Promise<{ from: string; to: string }> {
  const [from, to] = (await panel.getByTestId('dashboard-range').innerText()).split(' to ');
  return { from: from!, to: to! };
}

test('range, compare, B2B and test accounts change the numbers as the engine computes them; choices persist; offline works', async ({ demo, openPage, extension }) => {
  const popup = await demo.connect();
  await expect(popup.getByTestId('sync-phase')).toHaveText('Up to date', { timeout: 60_000 });
  const synced = new Set(await demo.uuidsInSyncedWindow(popup));
  const panel = await openPage('sidepanel');
  await expect(panel.getByTestId('dashboard-summary')).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByTestId('freshness')).toHaveText(/Last synced/);

  // Default: the last 30 days.
  const last30 = await shownRange(panel);
  const defaults = expectedDashboard(demo.dataset, synced, last30);
  await expect(value(panel, 'signups')).toHaveText(count(defaults.tiles.signups!.value));

  // Last 90 days: another range, other numbers — each equal to the engine's.
  await panel.getByTestId('range-select').selectOption('last_90');
  await expect(panel.getByTestId('dashboard-range')).not.toHaveText(`${last30.from} to ${last30.to}`);
  const last90 = await shownRange(panel);
  expect(last90.to).toBe(last30.to);
  const wide = expectedDashboard(demo.dataset, synced, last90);
  expect(wide.tiles.signups!.value).not.toBe(defaults.tiles.signups!.value);
  await expect(value(panel, 'signups')).toHaveText(count(wide.tiles.signups!.value));
  await expect(value(panel, 'signup_conversion')).toHaveText(rate(wide.tiles.signup_conversion!.rate));
  await expect(value(panel, 'paying_customers')).toHaveText(count(wide.tiles.paying_customers!.value));

  // A custom range.
  await panel.getByTestId('range-select').selectOption('custom');
  await panel.getByTestId('range-from').fill(last90.from);
  await panel.getByTestId('range-to').fill(last30.from);
  await expect(panel.getByTestId('dashboard-range')).toHaveText(`${last90.from} to ${last30.from}`);
  const custom = expectedDashboard(demo.dataset, synced, { from: last90.from, to: last30.from });
  await expect(value(panel, 'signups')).toHaveText(count(custom.tiles.signups!.value));

  // Compare: the signup charts gain the previous period, the sessions tile its changes.
  await panel.getByTestId('range-select').selectOption('last_30');
  const signupsChart = panel.getByTestId('tile-signups_and_subscriptions');
  await expect(signupsChart).not.toContainText('previous period');
  await panel.getByTestId('compare').check();
  await expect(signupsChart).toContainText('previous period');
  await expect(panel.getByTestId('tile-sessions').getByTestId('change').first()).toBeVisible();

  // B2B: companies, named as the project names its group type; numbers per company.
  await panel.getByLabel('Accounts (B2B)').check();
  await expect(panel.getByTestId('tile-weekly_active')).toContainText('Weekly active companies');
  const b2b = expectedDashboard(demo.dataset, synced, { ...last30, actor: 'group:0' });
  expect(b2b.tiles.weekly_active.value).not.toBe(defaults.tiles.weekly_active.value);
  await expect(value(panel, 'weekly_active')).toHaveText(count(b2b.tiles.weekly_active.value));
  await expect(value(panel, 'signups')).toHaveText(count(b2b.tiles.signups!.value));

  // Test accounts counted again.
  await panel.getByLabel('People (B2C)').check();
  await expect(value(panel, 'weekly_active')).toHaveText(count(defaults.tiles.weekly_active.value));
  await panel.getByTestId('filter-test-accounts').uncheck();
  const withTesters = expectedDashboard(demo.dataset, synced, { ...last30, filterTestAccounts: false });
  expect(withTesters.tiles.weekly_active.value).toBeGreaterThan(defaults.tiles.weekly_active.value);
  await expect(value(panel, 'weekly_active')).toHaveText(count(withTesters.tiles.weekly_active.value));

  // The choices persist; with the server gone and the browser offline, a reload shows the same numbers.
  await demo.emulator.close();
  await extension.context.setOffline(true);
  await panel.reload();
  await expect(panel.getByTestId('compare')).toBeChecked();
  await expect(panel.getByTestId('filter-test-accounts')).not.toBeChecked();
  await expect(value(panel, 'weekly_active')).toHaveText(count(withTesters.tiles.weekly_active.value), { timeout: 30_000 });
  await expect(value(panel, 'signups')).toHaveText(count(withTesters.tiles.signups!.value));
  await expect(panel.getByTestId('freshness')).toContainText('offline');
  await panel.getByTestId('power-user').first().click();
  await expect(panel.getByTestId('history-event').first()).toBeVisible();
});

test('a tile whose roles are missing names them and opens the popup on that role', async ({ demo, openPage, extension }) => {
  const popup = await demo.connect();
  await expect(popup.getByTestId('sync-phase')).toHaveText('Up to date', { timeout: 60_000 });
  // The project's config without a payment role: the paying customers and free-to-paid tiles need one.
  const text = await popup.evaluate(async () => {
    const reply = await chrome.runtime.sendMessage({ kind: 'request', name: 'getRoleConfig', payload: null });
    const config = JSON.parse((reply as { value: { text: string } }).value.text);
    delete config.roles.payment;
    return JSON.stringify(config);
  });
  await popup.evaluate((next) => chrome.runtime.sendMessage({ kind: 'request', name: 'saveRoleConfig', payload: { text: next } }), text);

  const panel = await openPage('sidepanel');
  const tile = panel.getByTestId('tile-free_to_paid');
  await expect(tile.getByTestId('missing')).toContainText('payment', { timeout: 30_000 });
  // The real popup when the browser opens it (a target Playwright does not list as a page), else a tab.
  const cdp = await extension.context.newCDPSession(panel);
  const rolePopups = async () => {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.filter((t) => t.url.endsWith('/popup/index.html?role=payment'));
  };
  expect(await rolePopups()).toHaveLength(0);
  await tile.getByRole('button', { name: /Set up payment/ }).click();
  await expect.poll(async () => (await rolePopups()).length).toBe(1);
  // Only that one opening carries the role: the toolbar button opens the plain popup again.
  await expect.poll(() => panel.evaluate(() => chrome.action.getPopup({}))).toMatch(/\/popup\/index\.html$/);
});

test('a tile downloads as CSV with the numbers on screen, and the dashboard as a PNG', async ({ demo, openPage }) => {
  const popup = await demo.connect();
  await expect(popup.getByTestId('sync-phase')).toHaveText('Up to date', { timeout: 60_000 });
  const synced = new Set(await demo.uuidsInSyncedWindow(popup));
  const panel = await openPage('sidepanel');
  const tile = panel.getByTestId('tile-power_users');
  await expect(tile.getByTestId('power-user').first()).toBeVisible({ timeout: 30_000 });
  const range = await shownRange(panel);
  const expected = expectedDashboard(demo.dataset, synced, range).tiles.power_users;

  const csvDownload = panel.waitForEvent('download');
  await tile.getByRole('button', { name: /Download CSV/ }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toBe(`power_users-${range.from}-to-${range.to}.csv`);
  const lines = (await readDownload(csv)).toString('utf8').trim().split(/\r?\n/);
  expect(lines[0]).toBe('actor,name,count,last_seen');
  expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(expected.map((user) => user.actor));
  expect(lines.slice(1).map((line) => Number(line.split(',').at(-2)))).toEqual(expected.map((user) => user.count));

  const pngDownload = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download PNG' }).click();
  const png = await readDownload(await pngDownload);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.length).toBeGreaterThan(20_000);
});

async function readDownload(download: { createReadStream(): Promise<NodeJS.ReadableStream> }): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
