// The popup within Chrome's 800×600 limit: nothing wider, every control named, and a role edited from the keyboard
// alone.
import { expect, test } from './fixtures';

test('the popup fits 800×600, names every control, and edits a role from the keyboard', async ({ demo }) => {
  const popup = await demo.connect();
  await popup.setViewportSize({ width: 800, height: 600 });
  await expect(popup.getByTestId('sync-phase')).toHaveText('Up to date', { timeout: 60_000 });
  await expect(popup.getByTestId('role-activity')).toBeVisible();

  expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
  for (const control of await popup.locator('main').locator('button, input, select, textarea, summary').all()) {
    if (await control.isVisible()) await expect(control).toHaveAccessibleName(/\S/);
  }

  // Keyboard only: focus the support ticket role's "Add event", open the picker, type, choose with Enter.
  const role = popup.getByTestId('role-support_ticket');
  const add = role.getByRole('button', { name: /Add event/ });
  await add.focus();
  await popup.keyboard.press('Enter');
  await expect(role.getByLabel(/Search events/)).toBeFocused();
  await popup.keyboard.type('support ticket created');
  await expect(role.getByRole('option', { name: /support ticket created/ })).toBeVisible();
  await popup.keyboard.press('ArrowDown');
  await popup.keyboard.press('Enter');
  await expect(role.getByText('“support ticket created”', { exact: true })).toBeVisible();
  await expect(popup.getByText('Unsaved changes')).toBeVisible();
  await popup.getByRole('button', { name: 'Save', exact: true }).focus();
  await popup.keyboard.press('Enter');
  await expect(popup.getByText('Unsaved changes')).toBeHidden();
  const saved = await popup.evaluate(async () => {
    const reply = (await chrome.runtime.sendMessage({ kind: 'request', name: 'getRoleConfig', payload: null })) as { value: { text: string } };
    return JSON.parse(reply.value.text).roles.support_ticket;
  });
  expect(saved).toEqual([{ kind: 'EventsNode', event: 'support ticket created', properties: [] }]);
  expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
});
