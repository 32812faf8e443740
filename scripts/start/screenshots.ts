// The headless run's pictures, taken as a new user meets each screen: the popup's connect form, its sync
// progress and its roles editor at the popup's real size; the side panel's dashboard, a customer profile and a
// tile that needs configuration, narrow (360 px) and wide (1280 px).
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { LaunchedExtension } from '../../test/support/launch-extension';

const POPUP = { width: 800, height: 600 };
const PANEL_WIDTHS = [360, 1280] as const;

export class Screenshots {
  readonly written: string[] = [];

  constructor(
    private readonly launched: LaunchedExtension,
    private readonly folder: string,
  ) {}

  private async shoot(page: Page, file: string, fullPage: boolean): Promise<void> {
    const path = join(this.folder, file);
    await page.screenshot({ path, fullPage });
    this.written.push(path);
  }

  /** The popup before connecting: host, project, key, demo mode. */
  async connectScreen(popup: Page): Promise<void> {
    await popup.setViewportSize(POPUP);
    await popup.getByRole('heading', { name: 'Connect PostHog' }).waitFor();
    await this.shoot(popup, 'popup-connect.png', false);
  }

  /** The popup right after connecting, while the first sync shows its progress. */
  async syncScreen(popup: Page): Promise<void> {
    await popup.getByTestId('sync').waitFor();
    // After the first page, so the bar, the counts, the rate and the time left all show.
    await popup.getByTestId('sync-counts').filter({ hasText: /^[1-9]/ }).or(popup.getByTestId('sync-phase').filter({ hasText: 'Up to date' })).first().waitFor({ timeout: 120_000 });
    await popup.getByTestId('sync').scrollIntoViewIfNeeded();
    await this.shoot(popup, 'popup-sync.png', false);
  }

  /**
   * The roles once synced, as a new user meets them: the project's PostHog config has no support-ticket role, so
   * its suggestion is applied and saved (the profiles then show tickets); then an editor is opened on the signup
   * pageview, with its property filter and value picker, for the picture.
   */
  async rolesScreen(popup: Page): Promise<void> {
    await popup.reload();
    const roles = popup.getByTestId('roles');
    await roles.waitFor();
    const applyTickets = popup.getByRole('button', { name: 'Apply “support ticket created” as Support ticket' });
    if (await applyTickets.waitFor({ timeout: 15_000 }).then(() => true, () => false)) {
      await applyTickets.click();
      await popup.getByRole('button', { name: 'Save', exact: true }).click();
      await popup.getByText('Unsaved changes').waitFor({ state: 'hidden' });
    }
    const role = popup.getByTestId('role-signup_pageview');
    if (await role.isVisible()) {
      await role.scrollIntoViewIfNeeded();
      const edit = role.getByRole('button', { name: /Add filter to/ }).first();
      if (await edit.isVisible()) {
        await edit.click();
        await role.getByLabel('Property', { exact: true }).fill('$pathname');
        await role.getByTestId('value-picker').waitFor({ timeout: 10_000 }).catch(() => undefined);
        await role.getByTestId('filter-editor').scrollIntoViewIfNeeded().catch(() => undefined);
      }
    } else {
      await roles.scrollIntoViewIfNeeded();
    }
    await this.shoot(popup, 'popup-roles.png', false);
  }

  /** The side panel at both widths: the whole dashboard, then the first power user's profile. */
  async dashboardAndProfile(): Promise<void> {
    for (const width of PANEL_WIDTHS) {
      const panel = await this.openPanel(width);
      await this.shoot(panel, `dashboard-${width}.png`, true);
      await panel.getByTestId('power-user').first().click();
      await panel.getByTestId('history-event').first().waitFor({ timeout: 30_000 });
      await panel.getByTestId('history-event').first().getByRole('button').first().click();
      await this.shoot(panel, `profile-${width}.png`, true);
      await panel.close();
    }
  }

  /**
   * A tile that needs configuration: the role config saved without a payment role, so the paying-customers and
   * free-to-paid tiles ask for one. Changes the saved roles: take this one last.
   */
  async tileNeedingConfiguration(): Promise<void> {
    const page = await this.openPanel(PANEL_WIDTHS[0]);
    // No named helper inside: tsx wraps named functions in a `__name` call the page does not have.
    await page.evaluate(async () => {
      const reply = (await chrome.runtime.sendMessage({ kind: 'request', name: 'getRoleConfig', payload: null })) as { value: { text: string } };
      const config = JSON.parse(reply.value.text);
      delete config.roles.payment;
      await chrome.runtime.sendMessage({ kind: 'request', name: 'saveRoleConfig', payload: { text: JSON.stringify(config) } });
    });
    await page.close();
    for (const width of PANEL_WIDTHS) {
      const panel = await this.openPanel(width);
      const tile = panel.getByTestId('tile-free_to_paid');
      await tile.getByTestId('missing').waitFor({ timeout: 60_000 });
      await tile.scrollIntoViewIfNeeded();
      await panel.evaluate(() => window.scrollBy(0, -120));
      await this.shoot(panel, `needs-configuration-${width}.png`, false);
      await panel.close();
    }
  }

  private async openPanel(width: number): Promise<Page> {
    const panel = await this.launched.context.newPage();
    await panel.setViewportSize({ width, height: 900 });
    await panel.goto(this.launched.url('sidepanel'));
    await panel.getByTestId('dashboard-summary').or(panel.getByRole('alert')).first().waitFor({ timeout: 60_000 });
    // Charts draw a frame after they mount and resize; a capture before that shows them blank.
    await panel.waitForTimeout(500);
    return panel;
  }
}
