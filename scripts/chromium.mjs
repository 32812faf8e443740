// Finds a Chromium or Chrome to load the extension into. Plain JavaScript, because `npm install` runs it
// (postinstall) before anything is built; scripts/start.ts and the e2e tests import it too.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The browser to use: $CHROMIUM_PATH when set, else the first one installed in a usual place, else null. */
export function findChromium() {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) return existsSync(chosen) ? chosen : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** What to tell a user who has no browser we can use. */
export function chromiumHelp() {
  const chosen = process.env.CHROMIUM_PATH;
  return [
    chosen ? `CHROMIUM_PATH is set to ${chosen}, but there is no file there.` : 'No Chromium or Chrome was found.',
    'Install one:',
    '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
    '  Fedora:         sudo dnf install -y chromium',
    '  macOS:          brew install --cask chromium',
    'or point the project at an existing Chrome or Chromium (version 120 or later):',
    '  export CHROMIUM_PATH=/path/to/chrome',
  ].join('\n');
}
