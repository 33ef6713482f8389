// Browser tests run against the built site (dist/), served by the same static server as `npm start`,
// in Debian's Chromium: Playwright never downloads a browser here (scripts/ensure-chromium.mjs finds one).
import { cpus } from 'node:os';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath, testChromiumPath } from './scripts/ensure-chromium.mjs';
import { lightenStackTraces } from './tests/e2e/helpers/stack-traces';

// Each test worker loads this file, after Playwright has installed its source-map support.
lightenStackTraces();

const port = Number(process.env.TEST_PORT ?? 4399);
// The specs that measure set type (font swaps, layout shift) run in the full browser, as readers
// have it: the headless shell matches the metric-matched fallback faces' local() fonts differently
// (a swap then shifts lines there).
// Everything else runs in the shell, which takes about half the CPU.
const typeSpecs = [/fonts\.spec\.ts$/, /embed-shift\.spec\.ts$/];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // One more than the cores, at most eight: a worker waiting on its page (a frame, a timer, a
  // request) leaves its share of the CPU idle, and a third worker on two cores fills it (the suite:
  // 264 s on three workers, 318-328 s on two; four took 282 s, with a crawl starved past its
  // timeout). PW_WORKERS overrides.
  workers: Number(process.env.PW_WORKERS ?? Math.min(8, cpus().length + 1)),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 800 },
    // States drawn at once: most tests read a chart at rest after each step, and an animating chart
    // costs the two cores frames they need elsewhere. The tests of motion itself (scrolly.spec.ts,
    // chart-motion.spec.ts, the motion toggle, smooth-scroll presses) ask for it.
    reducedMotion: 'reduce',
  },
  // The full browser's few specs go first: run last, they left a tail of half-idle workers (about
  // 25 s in which fewer than three tests ran) while the shell's long queue drains evenly at the end.
  projects: [
    { name: 'chromium-full', testMatch: typeSpecs, use: { launchOptions: { executablePath: chromiumPath(), args: chromiumArgs } } },
    { name: 'chromium', testIgnore: typeSpecs, use: { launchOptions: { executablePath: testChromiumPath(), args: chromiumArgs } } },
  ],
  webServer: {
    command: `node scripts/serve.mjs dist`,
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
