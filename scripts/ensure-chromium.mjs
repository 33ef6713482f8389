// Finds a Chromium for the browser tests, never downloading one through Playwright.
// Order: $CHROMIUM_PATH, /usr/bin/chromium, then (as root on Debian) apt-get install chromium.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export const defaultChromium = '/usr/bin/chromium';

/** Flags for Chromium on a machine with no GPU and no network beyond the package registries. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath() {
  return process.env.CHROMIUM_PATH || defaultChromium;
}

function install() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) return false;
  console.log('Chromium not found: installing Debian\'s chromium package with apt-get (one time)…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return existsSync(defaultChromium);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const path = chromiumPath();
  if (existsSync(path)) process.exit(0);
  if (process.env.CHROMIUM_PATH) {
    console.error(`CHROMIUM_PATH=${path} does not exist. Point it at a Chromium or Chrome binary.`);
    process.exit(1);
  }
  if (install()) process.exit(0);
  console.error('No Chromium found. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH=/path/to/chromium, then run npm test again.');
  process.exit(1);
}
