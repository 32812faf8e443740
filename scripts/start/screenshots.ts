// The headless run's pictures: the popup at its real size, and the side panel narrow and wide.
import { join } from 'node:path';
import type { LaunchedExtension } from '../../test/support/launch-extension';

const SHOTS = [
  { page: 'popup', file: 'popup.png', width: 400, height: 600 },
  { page: 'sidepanel', file: 'sidepanel-360.png', width: 360, height: 800 },
  { page: 'sidepanel', file: 'sidepanel-1280.png', width: 1280, height: 800 },
] as const;

export async function takeScreenshots(launched: LaunchedExtension, folder: string): Promise<string[]> {
  const written: string[] = [];
  for (const shot of SHOTS) {
    const page = await launched.context.newPage();
    await page.setViewportSize({ width: shot.width, height: shot.height });
    await page.goto(launched.url(shot.page));
    await page.locator('main').waitFor();
    // Wait until the page has its state from the worker, not its loading text.
    await page.getByText('Loading…').waitFor({ state: 'detached' });
    // A full-page capture taken while a section is still arriving comes out cut or blank.
    if (shot.page === 'popup') {
      await page.getByTestId('sync').waitFor();
      await page.getByTestId('roles').waitFor();
    }
    if (shot.page === 'sidepanel') {
      await page.getByTestId('dashboard-summary').or(page.getByRole('alert')).first().waitFor({ timeout: 60_000 });
    }
    const file = join(folder, shot.file);
    await page.screenshot({ path: file, fullPage: true });
    written.push(file);
    await page.close();
  }
  return written;
}
