// The browser tests drive Debian's chromium package through playwright-core. When it is missing
// and this runs as root on Debian, it is installed; otherwise one line says what to install.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(
      `accord: the browser tests need Chromium at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH`,
    );
    return false;
  }
  console.log('accord: installing Chromium (Debian package chromium) for the browser tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const aptGet = (...args) => spawnSync('apt-get', ['-qq', ...args], { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
  // The package lists may be missing or stale on a fresh machine: refresh them once if the install fails.
  const installed = aptGet('install', '-y', 'chromium') || (aptGet('update') && aptGet('install', '-y', 'chromium'));
  if (!installed || !existsSync(CHROMIUM)) {
    console.error('accord: could not install Chromium with apt-get; install the chromium package, or set CHROMIUM_PATH');
    return false;
  }
  return true;
}
