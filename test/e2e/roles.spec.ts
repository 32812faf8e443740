import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('the popup shows the roles imported from PostHog, exports them, and an imported config changes the side panel', async ({ demo, openPage }) => {
  const popup = await demo.connect();
  await expect(popup.getByTestId('sync-phase')).toHaveText('Up to date', { timeout: 60_000 });
  const roles = popup.getByTestId('roles');
  await expect(roles).toContainText("Imported from the project's own customer-analytics configuration in PostHog.");
  await expect(roles.getByTestId('role-signup_pageview').getByTestId('matcher')).toHaveText('“$pageview” where $pathname contains "/signup"');
  await expect(roles.getByTestId('role-signup').getByTestId('matcher')).toHaveText('Action “Signed up” (1 step)');

  const download = popup.waitForEvent('download');
  await popup.getByRole('button', { name: 'Export configuration' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(exported.version).toBe(1);
  expect(exported.timezone).toBe('Europe/Berlin');

  const panel = await openPage('sidepanel');
  await expect(panel.getByTestId('tile-signups').getByTestId('value')).toBeVisible({ timeout: 30_000 });

  // A config field of the wrong shape is refused with its path, and nothing changes.
  const bad = join(tmpdir(), `roles-bad-${Date.now()}.json`);
  writeFileSync(bad, JSON.stringify({ ...exported, weekStart: 'friday' }));
  await popup.getByLabel('Import configuration').setInputFiles(bad);
  await expect(popup.getByRole('alert')).toContainText('weekStart');
  await expect(roles.getByTestId('role-signup').getByTestId('matcher')).toHaveText('Action “Signed up” (1 step)');
  await expect(roles.getByTestId('draft-state')).toHaveCount(0);

  // A good file goes into the draft; Save stores it.
  const good = join(tmpdir(), `roles-${Date.now()}.json`);
  writeFileSync(good, JSON.stringify({ ...exported, roles: { ...exported.roles, signup: [] } }));
  await popup.getByLabel('Import configuration').setInputFiles(good);
  await expect(roles.getByTestId('role-signup').getByTestId('matchers')).toHaveText('Not set');
  await expect(roles.getByTestId('draft-state')).toContainText('Unsaved changes');
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(roles).toContainText('Saved in this browser.');
  // The open side panel hears of the change and computes again: the signup tiles now need configuration (the
  // panel's own wording names the signup role).
  await expect(panel.getByTestId('tile-signups').getByTestId('missing')).toContainText('signup');
  await expect(panel.getByTestId('tile-free_to_paid').getByTestId('missing')).toContainText('signup');
  await expect(panel.getByTestId('tile-weekly_active').getByTestId('value')).toBeVisible();
});

test('a suggestion from the local data, with its reasons, is applied to the draft in one click and saved', async ({ demo }) => {
  const popup = await demo.connect();
  await expect(popup.getByTestId('sync-phase')).toHaveText('Up to date', { timeout: 60_000 });
  const tickets = popup.getByTestId('role-support_ticket');
  await expect(tickets.getByTestId('matchers')).toHaveText('Not set');
  const suggestion = tickets.getByTestId('suggestion').first();
  await expect(suggestion).toContainText(/Suggested: “support ticket (created|updated)” \(its name sounds like a support ticket, [\d,]+ events\)/);
  const applied = (await suggestion.innerText()).match(/“(support ticket \w+)”/)![1]!;
  await suggestion.getByRole('button', { name: /^Apply/ }).click();
  await expect(tickets.getByTestId('matcher')).toHaveText(`“${applied}”`);
  await expect(popup.getByTestId('draft-state')).toContainText('Unsaved changes');
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(popup.getByTestId('roles')).toContainText('Saved in this browser.');
  await expect(popup.getByTestId('draft-state')).toHaveCount(0);
  // The signup role already holds its real event, so nothing contradicts it and no sign-in warning shows.
  await expect(popup.getByTestId('role-signup').getByRole('note')).toHaveCount(0);
});
