// Demo mode: one click connects the popup to the bundled demo project on the local demo server, and when that
// server is not running the message says how to start it.
import { DEMO_HOST } from '../../src/sources/posthog/demo-project';
import { generateDemoData } from '../demo-data/generate';
import { startEmulator } from '../emulator/server';
import { expect, test } from './fixtures';

test('Try the demo project connects to the local demo server, or says how to start it', async ({ openPage }) => {
  const popup = await openPage('popup');
  await popup.getByTestId('connect-demo').click();
  await expect(popup.getByRole('alert')).toContainText('npm run demo-server');

  const port = Number(new URL(DEMO_HOST).port);
  const dataset = generateDemoData({ seed: 5, events: 5_000, end: Date.now() });
  const emulator = await startEmulator({ dataset, port, silent: true });
  try {
    await popup.getByTestId('connect-demo').click();
    await expect(popup.getByTestId('connection')).toContainText(dataset.project.name);
    await expect(popup.getByTestId('sync-phase')).toHaveText('Up to date', { timeout: 60_000 });
  } finally {
    await emulator.close();
  }
});
