// The role editor as a new user drives it: a suggestion goes into the draft, the signup pageview role is rebuilt
// from the local catalogue with a value from the value picker, the live preview answers before saving, and Save
// reaches an open side panel.
import { expect, test } from './fixtures';

const count = async (text: Promise<string>) => Number((await text).replace(/,/g, ''));

test('edit a role with a property filter picked from local values, preview it, save, and the side panel follows', async ({ demo, openPage, extension }) => {
  const popup = await demo.connect();
  await expect(popup.getByTestId('sync-phase')).toHaveText('Up to date', { timeout: 60_000 });
  const roles = popup.getByTestId('roles');
  expect(await popup.locator('main').evaluate((main) => main.getBoundingClientRect().width)).toBeLessThanOrEqual(800);

  // A suggestion goes into the draft: nothing is saved until Save.
  const tickets = roles.getByTestId('role-support_ticket');
  await tickets.getByTestId('suggestion').first().getByRole('button', { name: /^Apply/ }).click();
  await expect(tickets.getByTestId('matcher')).toHaveText(/^“support ticket \w+”$/);
  await expect(roles.getByTestId('draft-state')).toContainText('Unsaved changes');
  await expect(roles).toContainText("Imported from the project's own customer-analytics configuration in PostHog.");

  const panel = await openPage('sidepanel');
  const conversion = panel.getByTestId('tile-signup_conversion').getByTestId('value');
  await expect(conversion).toBeVisible({ timeout: 30_000 });
  const before = await conversion.innerText();

  // The imported signup pageview is removed: the preview says 0 at once, and once saved the panel has no number.
  const role = roles.getByTestId('role-signup_pageview');
  await expect(role.getByTestId('preview-events')).not.toHaveText('0', { timeout: 30_000 });
  await role.getByRole('button', { name: /^Remove “\$pageview” where \$pathname contains "\/signup"/ }).click();
  await expect(role.getByTestId('matchers')).toHaveText('Not set');
  await expect(role.getByTestId('preview-events')).toHaveText('0');
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(roles.getByRole('status').filter({ hasText: 'Configuration saved' })).toBeVisible();
  await expect(roles.getByTestId('draft-state')).toHaveCount(0);
  await expect(conversion).toHaveCount(0, { timeout: 30_000 });

  // "Add event": type to filter the local catalogue, Enter picks the first.
  await role.getByRole('button', { name: 'Add event to Signup pageview' }).click();
  const search = role.getByLabel('Search events for Signup pageview');
  await expect(search).toBeFocused();
  await search.fill('pagev');
  const first = role.getByRole('option').first();
  await expect(first).toContainText('$pageview');
  await expect(first).toContainText(/[\d,]+ in 30 days · last seen/);
  await search.press('Enter');
  await expect(role.getByTestId('matcher')).toHaveText('“$pageview”');
  await expect(roles.getByTestId('draft-state')).toContainText('Unsaved changes');
  await expect(role.getByTestId('preview-events')).not.toHaveText('0', { timeout: 30_000 });
  const allPageviews = await count(role.getByTestId('preview-events').innerText());

  // "Add filter": $pathname, then /signup from the value picker fed by the local values.
  await role.getByRole('button', { name: 'Add filter to “$pageview”', exact: true }).click();
  await role.getByLabel('Property', { exact: true }).fill('$pathname');
  // The picker lists the most common paths; typing narrows it.
  await expect(role.getByTestId('value-picker').getByRole('button')).toHaveCount(12);
  await role.getByLabel('Value', { exact: true }).fill('sign');
  await role.getByRole('button', { name: /^Use value \/signup \(/ }).click();
  await expect(role.getByLabel('Value', { exact: true })).toHaveValue('/signup');
  await role.getByRole('button', { name: 'Add to draft' }).click();
  await expect(role.getByTestId('matcher')).toHaveText('“$pageview” where $pathname is "/signup"');

  // The live preview of the unsaved draft: fewer events than every pageview, by some actors, drawn per day.
  await expect.poll(() => count(role.getByTestId('preview-events').innerText()), { timeout: 30_000 }).toBeLessThan(allPageviews);
  const events = await count(role.getByTestId('preview-events').innerText());
  const actors = await count(role.getByTestId('preview-actors').innerText());
  expect(events).toBeGreaterThan(0);
  expect(actors).toBeGreaterThan(0);
  expect(actors).toBeLessThanOrEqual(events);
  await expect(role.getByTestId('sparkline')).toHaveAttribute('aria-label', new RegExp(`^${events.toLocaleString('en-US')} events? by ${actors.toLocaleString('en-US')} actors? in the last 30 days`));
  await expect(role.getByTestId('sparkline').locator('rect')).toHaveCount(30);

  // Save: the open side panel hears of it and shows the conversion again — the same as PostHog's own
  // "contains /signup", since /signup is the only such path in the demo project.
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(roles.getByTestId('draft-state')).toHaveCount(0);
  await expect(role.getByTestId('role-changed')).toHaveCount(0);
  await expect(roles).toContainText('Saved in this browser.');
  await expect(conversion).toHaveText(before, { timeout: 30_000 });

  // The side panel's "Configure" opens the popup on one role: it is scrolled to and focused.
  const focused = await extension.context.newPage();
  await focused.goto(`${extension.url('popup')}?role=payment`);
  await expect(focused.getByTestId('role-payment')).toBeFocused({ timeout: 30_000 });
  await expect(focused.getByTestId('role-payment')).toBeInViewport();
});

test('Discard drops the draft, and Import from PostHog loads the project config into the draft', async ({ demo }) => {
  const popup = await demo.connect();
  await expect(popup.getByTestId('sync-phase')).toHaveText('Up to date', { timeout: 60_000 });
  const roles = popup.getByTestId('roles');
  const signup = roles.getByTestId('role-signup');
  await expect(signup.getByTestId('matcher')).toHaveText('Action “Signed up” (1 step)');
  await signup.getByRole('button', { name: /^Remove Action “Signed up”/ }).click();
  await expect(signup.getByTestId('matchers')).toHaveText('Not set');
  await popup.getByRole('button', { name: 'Discard' }).click();
  await expect(signup.getByTestId('matcher')).toHaveText('Action “Signed up” (1 step)');
  await expect(roles.getByTestId('draft-state')).toHaveCount(0);

  // The signup action is also offered in the picker, from the project's actions.
  await signup.getByRole('button', { name: /^Remove Action “Signed up”/ }).click();
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(signup.getByTestId('matchers')).toHaveText('Not set');
  await popup.getByRole('button', { name: 'Import from PostHog' }).click();
  await expect(signup.getByTestId('matcher')).toHaveText('Action “Signed up” (1 step)');
  await expect(roles.getByTestId('draft-state')).toContainText('Unsaved changes');
  await signup.getByRole('button', { name: 'Add event to Signup' }).click();
  await signup.getByLabel('Search events for Signup').fill('Signed up');
  await expect(signup.getByRole('option', { name: /Action: Signed up/ })).toBeVisible();
  await signup.getByLabel('Search events for Signup').press('Escape');
  await expect(signup.getByTestId('event-picker')).toHaveCount(0);
});
