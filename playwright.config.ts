// Browser tests run against the built site (dist/), served by the same static server as `npm start`,
// in Debian's Chromium: Playwright never downloads a browser here (scripts/ensure-chromium.mjs finds one).
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/ensure-chromium.mjs';

const port = Number(process.env.TEST_PORT ?? 4399);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two cores here; PW_WORKERS overrides (the browser tests spend much of their time waiting on frames, not computing).
  workers: Number(process.env.PW_WORKERS ?? 2),
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
