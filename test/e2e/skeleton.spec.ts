import { expect, test } from './fixtures';

test('the service worker starts and answers the typed protocol', async ({ extension, openPage }) => {
  expect(extension.worker.url()).toBe(`chrome-extension://${extension.extensionId}/background.js`);
  const page = await openPage('popup');
  const reply = await page.evaluate(() => chrome.runtime.sendMessage({ kind: 'request', name: 'ping', payload: null }));
  expect(reply).toEqual({ ok: true, value: { version: '0.1.0', syncing: false } });
  const unknown = await page.evaluate(() => chrome.runtime.sendMessage({ kind: 'request', name: 'nope', payload: null }));
  expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_request' } });
});

test('the popup renders the connect form with labelled controls', async ({ openPage }) => {
  const page = await openPage('popup');
  await expect(page.getByRole('heading', { name: 'Connect PostHog' })).toBeVisible();
  await expect(page.getByLabel('Host')).toHaveValue('us');
  await expect(page.getByLabel('Project id')).toBeVisible();
  await expect(page.getByLabel('Personal API key')).toHaveAttribute('type', 'password');
  await page.getByLabel('Host').selectOption('custom');
  await expect(page.getByLabel('Instance URL')).toBeVisible();
});

test('the side panel renders its not-connected state', async ({ openPage }) => {
  const page = await openPage('sidepanel');
  await expect(page.getByRole('heading', { name: 'Customer analytics' })).toBeVisible();
  await expect(page.getByTestId('panel-not-connected')).toContainText('connect a PostHog project');
});

test("the popup's button opens the real side panel", async ({ extension, openPage }) => {
  const popup = await openPage('popup');
  const cdp = await extension.context.newCDPSession(popup);
  const panelUrl = extension.url('sidepanel');
  const panelTargets = async () => {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.filter((t) => t.url === panelUrl);
  };
  expect(await panelTargets()).toHaveLength(0);
  await popup.getByRole('button', { name: 'Open side panel' }).click();
  await expect.poll(async () => (await panelTargets()).length).toBe(1);
  await expect(popup.getByRole('alert')).toHaveCount(0);
});
