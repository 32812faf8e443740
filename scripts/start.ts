// `npm start`: build the extension, start the demo PostHog server with its data set, and open Chromium with
// the extension loaded and connected to it. Headless (no display, or --headless): take screenshots and exit.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { generateDemoData } from '../test/demo-data/generate';
import { DEMO_KEY } from '../test/emulator/keys';
import { startEmulator } from '../test/emulator/server';
import { launchExtension } from '../test/support/launch-extension';
import { chromiumHelp, findChromium } from './chromium.mjs';
import { parseStartArgs, type StartArgs } from './start/args';
import { connectThroughPopup } from '../test/support/connect-through-popup';
import { Screenshots } from './start/screenshots';

const root = resolve(import.meta.dirname, '..');
const say = (text: string) => console.log(`[start] ${text}`);

async function main(args: StartArgs): Promise<void> {
  if (!findChromium()) throw new Error(chromiumHelp());
  say('building the extension into dist/ …');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });

  const hour = 3_600_000;
  const end = Math.ceil(Date.now() / hour) * hour;
  say(`generating the demo data set (${args.events.toLocaleString('en')} events, seed ${args.seed}) …`);
  const dataset = generateDemoData({ seed: args.seed, events: args.events, end });
  const emulator = await startEmulator({ dataset, port: args.port });
  const project = dataset.project;
  say(`demo PostHog server on ${emulator.url}: project ${project.id} "${project.name}" (${project.timezone}), ${dataset.events.length.toLocaleString('en')} events, key ${DEMO_KEY}`);

  const launched = await launchExtension({
    headless: args.headless,
    // A kept profile lets a person come back to what they synced; headless runs start clean.
    profileDir: args.headless ? undefined : join(root, '.cache/chromium-profile'),
    viewport: args.headless ? { width: 1280, height: 800 } : null,
  });
  const stop = async () => {
    await launched.context.close().catch(() => undefined);
    await emulator.close();
  };
  try {
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
    const folder = resolve(root, args.out, stamp);
    const shots = args.headless ? new Screenshots(launched, folder) : null;
    if (shots) mkdirSync(folder, { recursive: true });

    const popup = await launched.context.newPage();
    await popup.goto(launched.url('popup'));
    await shots?.connectScreen(popup);
    await connectThroughPopup(popup, { url: emulator.url, projectId: project.id, apiKey: DEMO_KEY });
    say(`extension ${launched.extensionId} connected to the demo project; syncing its last 90 days …`);
    await shots?.syncScreen(popup);
    await popup.getByTestId('sync-phase').filter({ hasText: /Up to date|Sync failed/ }).waitFor({ timeout: 300_000 });
    say(`sync: ${await popup.getByTestId('sync-phase').innerText()}; ${await popup.getByTestId('stored-events').innerText()}`);

    if (shots) {
      await shots.rolesScreen(popup);
      await shots.dashboardAndProfile();
      await shots.tileNeedingConfiguration();
      say(`screenshots written to ${folder}:`);
      for (const file of shots.written) console.log(`  ${file}`);
      await stop();
      return;
    }
    await popup.getByRole('button', { name: 'Open side panel' }).click();
    say('Chromium is open with the side panel beside the popup tab. Close the browser window (or press Ctrl-C) to stop.');
    await new Promise<void>((done) => {
      launched.context.on('close', () => done());
      process.once('SIGINT', () => done());
      process.once('SIGTERM', () => done());
    });
    await stop();
  } catch (error) {
    await stop();
    throw error;
  }
}

let args: StartArgs;
try {
  args = parseStartArgs(process.argv.slice(2), process.env);
} catch (error) {
  console.error(`npm start: ${(error as Error).message}`);
  process.exit(2);
}
main(args).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
