// postinstall: make sure a Chromium is there for `npm start` and `npm test`. As root on Debian it installs
// Debian's package; elsewhere it says what to install. It never fails the install itself.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumHelp, findChromium } from './chromium.mjs';

function canInstallWithApt() {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

if (process.env.PMF_LENS_SKIP_CHROMIUM === '1' || findChromium()) process.exit(0);

if (!process.env.CHROMIUM_PATH && canInstallWithApt()) {
  console.log('[pmf-lens] No Chromium found; installing Debian\'s chromium package (apt-get)…');
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env });
  } catch (error) {
    console.warn(`[pmf-lens] Installing chromium failed: ${error.message}`);
  }
}
if (!findChromium()) console.warn(`[pmf-lens] ${chromiumHelp().replaceAll('\n', '\n[pmf-lens] ')}`);
