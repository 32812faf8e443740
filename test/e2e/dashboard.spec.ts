import { importPostHogConfig } from '../../src/core/config/posthog-import';
import type { PropertyFilter } from '../../src/core/config/role-config';
import { computeDashboard } from '../../src/core/dashboard/compute-dashboard';
import { buildEventTable } from '../../src/core/engine/event-table-builder';
import { prepare } from '../../src/core/engine/prepare';
import { parseJsonLines } from '../../src/sources/file-import/parse-import';
import { eventToJsonLine } from '../demo-data/jsonl';
import { expect, test } from './fixtures';

test('the side panel’s worker computes, from the synced store, what the engine computes in node from the same events', async ({ demo, openPage }) => {
  const popup = await demo.connect();
  await expect(popup.getByTestId('sync-phase')).toHaveText('Up to date', { timeout: 60_000 });
  const synced = new Set(await demo.uuidsInSyncedWindow(popup));

  const panel = await openPage('sidepanel');
  const summary = panel.getByTestId('dashboard-summary');
  await expect(summary).toBeVisible({ timeout: 30_000 });
  const [from, to] = (await panel.getByTestId('dashboard-range').innerText()).split(' to ');

  const { project } = demo.dataset;
  const { config } = importPostHogConfig(project.customer_analytics_config, project.actions, {
    timezone: project.timezone,
    testAccountFilters: project.test_account_filters as PropertyFilter[],
    filterTestAccounts: true,
  });
  const { batch } = parseJsonLines(demo.dataset.events.filter((e) => synced.has(e.uuid)).map(eventToJsonLine), 1, 'synced');
  const { table } = buildEventTable([batch]);
  const expected = computeDashboard(prepare({ table, persons: demo.dataset.persons, groups: demo.dataset.groups, config }).data, { from: from!, to: to!, actor: 'person' });

  const value = (tile: string) => panel.getByTestId(`tile-${tile}`).getByTestId('value');
  const count = (n: number) => n.toLocaleString('en');
  const rate = (r: number | null) => (r === null ? '–' : `${(r * 100).toFixed(1)}%`);
  expect(expected.tiles.signups!.value).toBeGreaterThan(0);
  await expect(value('weekly_active')).toHaveText(count(expected.tiles.weekly_active.value));
  await expect(value('monthly_active')).toHaveText(count(expected.tiles.monthly_active.value));
  await expect(value('signups')).toHaveText(count(expected.tiles.signups!.value));
  await expect(value('paying_customers')).toHaveText(count(expected.tiles.paying_customers!.value));
  await expect(value('signup_conversion')).toHaveText(rate(expected.tiles.signup_conversion!.rate));
  await expect(value('free_to_paid')).toHaveText(rate(expected.tiles.free_to_paid!.rate));
  await expect(value('sessions')).toHaveText(count(expected.tiles.sessions.unique_sessions));
});
