// Drives the real popup the way a user would, to connect the extension to the demo server.
import type { Page } from '@playwright/test';

export interface DemoConnection {
  url: string;
  projectId: number;
  apiKey: string;
}

export async function connectThroughPopup(popup: Page, demo: DemoConnection): Promise<void> {
  await popup.locator('main').waitFor();
  const card = popup.getByTestId('connection');
  const form = popup.getByRole('heading', { name: 'Connect PostHog' });
  await card.or(form).first().waitFor();
  // A kept profile may still be connected to an earlier run's server.
  if (await card.isVisible()) await popup.getByRole('button', { name: 'Disconnect' }).click();
  await popup.getByLabel('Host').selectOption('custom');
  await popup.getByLabel('Instance URL').fill(demo.url);
  await popup.getByLabel('Project id').fill(String(demo.projectId));
  await popup.getByLabel('Personal API key').fill(demo.apiKey);
  await popup.getByRole('button', { name: 'Connect' }).click();
  await Promise.race([
    card.waitFor({ timeout: 30_000 }),
    popup.getByRole('alert').waitFor({ timeout: 30_000 }).then(async () => {
      throw new Error(`The popup could not connect to the demo server: ${await popup.getByRole('alert').innerText()}`);
    }),
  ]);
}
