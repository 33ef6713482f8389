// Browser tests run against the built site (dist/), served by the same static server as `npm start`,
// in Debian's Chromium: Playwright never downloads a browser here (scripts/ensure-chromium.mjs finds one).
import { cpus } from 'node:os';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/ensure-chromium.mjs';

const port = Number(process.env.TEST_PORT ?? 4399);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two per core, at most eight: the browser tests spend most of their time waiting (on frames, a
  // debounce, the network going idle), not computing. Measured on a 2-core machine, the whole run used
  // about 530 s of CPU in 720 s of wall time with two workers. PW_WORKERS overrides.
  workers: Number(process.env.PW_WORKERS ?? Math.min(8, Math.max(2, 2 * cpus().length))),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: chromiumPath(),
      args: chromiumArgs,
    },
    viewport: { width: 1280, height: 800 },
    // States drawn at once: most tests read a chart at rest after each step, and an animating chart
    // costs the two cores frames they need elsewhere. The tests of motion itself (scrolly.spec.ts,
    // chart-motion.spec.ts, the motion toggle, smooth-scroll presses) ask for it.
    reducedMotion: 'reduce',
  },
  webServer: {
    command: `node scripts/serve.mjs dist`,
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
