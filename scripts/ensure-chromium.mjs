// Finds a Chromium for the browser tests, never downloading one through Playwright.
// The tests run in Debian's chromium-headless-shell where it is there: the same Chromium build as
// the chromium package without the desktop browser around it, as Playwright's own downloads run
// headless tests, and about half the CPU per page here (the suite is CPU-bound on two cores).
// Order: $CHROMIUM_PATH, /usr/bin/chromium-headless-shell, /usr/bin/chromium; as root on Debian,
// apt-get installs what is missing (chromium for the bench and screenshots, the shell for tests).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export const defaultChromium = '/usr/bin/chromium';
export const headlessShell = '/usr/bin/chromium-headless-shell';

/** Flags for Chromium on a machine with no GPU and no network beyond the package registries. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The full browser: Lighthouse (the bench) and the screenshot scripts. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH || defaultChromium;
}

/** The browser tests' Chromium: the headless shell where installed, else the full browser. */
export function testChromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync(headlessShell) ? headlessShell : defaultChromium;
}

/** apt-get installs the packages; false where that cannot run (not root, not Debian, no network). */
function install(packages) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) return false;
  console.log(`Installing Debian's ${packages.join(' and ')} with apt-get (one time)…`);
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return true;
  } catch (e) {
    console.error(`apt-get could not install ${packages.join(' ')}: ${e.message}`);
    return false;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) process.exit(0);
    console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist. Point it at a Chromium or Chrome binary.`);
    process.exit(1);
  }
  const missing = [defaultChromium, headlessShell].filter((p) => !existsSync(p)).map((p) => p.replace('/usr/bin/', ''));
  if (missing.length) install(missing);
  if (!existsSync(headlessShell) && existsSync(defaultChromium)) {
    console.log(`${headlessShell} not found: the browser tests run in ${defaultChromium} (about twice the CPU; apt-get install chromium-headless-shell to speed them up).`);
  }
  if (existsSync(testChromiumPath())) process.exit(0);
  console.error('No Chromium found. Install it (Debian/Ubuntu: sudo apt-get install chromium chromium-headless-shell) or set CHROMIUM_PATH=/path/to/chromium, then run npm test again.');
  process.exit(1);
}
