// Every step of every scrolly block, at a phone and a desktop size, into one folder, for reviewing a
// layout change by eye:
//   npm run screenshots [-- <out-dir> [WxH ...]]      (default: screenshots/ 375x667 1280x800)
// Serves the built dist/ on a free local port (run `npm run build` first). Each step is shown where
// the step buttons put it (its top just above the trigger line), at rest (reduced motion).
// File names: <W>x<H>-<NN>-<step id>.png, NN in reading order. Prints each step's chart state.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './ensure-chromium.mjs';
import { serve } from './serve.mjs';
import { TRIGGER_OFFSET } from '../src/styles/layout-constants.ts';

const [outDir = 'screenshots', ...sizeArgs] = process.argv.slice(2);
const sizes = (sizeArgs.length ? sizeArgs : ['375x667', '1280x800']).map((s) => {
  const [width, height] = s.split('x').map(Number);
  if (!width || !height) throw new Error(`size "${s}" is not WxH, e.g. 375x667`);
  return { width, height };
});

mkdirSync(outDir, { recursive: true });
// Old shots would mix with new ones when a step is renamed: clear our own PNGs first.
for (const f of readdirSync(outDir)) if (/^\d+x\d+-\d+-.*\.png$/.test(f)) rmSync(join(outDir, f));

const server = await serve({ root: 'dist', port: 0 });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
let problems = 0;
try {
  for (const size of sizes) {
    const page = await browser.newPage({ viewport: size, reducedMotion: 'reduce' });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(server.url);
    await page.waitForFunction(() => document.readyState === 'complete');
    await page.evaluate(() => document.fonts.ready);
    // The story's script starts after the first paint (src/lib/first-paint.ts); until it has taken its
    // first look the charts are not drawn yet, and a chart's state already matches its first step.
    await page.waitForFunction(() => document.documentElement.dataset.story === 'ready', null, { timeout: 15_000 });
    const steps = await page.$$eval('[data-scrolly] [data-step]', (els) => els.map((e) => e.id));
    for (const [i, id] of steps.entries()) {
      await page.evaluate(
        ([stepId, at]) => {
          const top = document.getElementById(stepId).getBoundingClientRect().top + scrollY;
          scrollTo({ top: top - innerHeight * at, behavior: 'instant' });
        },
        [id, TRIGGER_OFFSET - 0.1],
      );
      // Wait for the controller to apply the step's state and the chart to come to rest (data-settled).
      const state = await page
        .waitForFunction(
          (stepId) => {
            const step = document.getElementById(stepId);
            const root = step.closest('[data-scrolly]').querySelector('[data-chart]');
            return root.dataset.state === step.dataset.step && root.dataset.settled !== 'false';
          },
          id,
          { timeout: 5_000 },
        )
        .then(() => 'ok', () => 'WRONG STATE');
      if (state !== 'ok') problems++;
      const file = join(outDir, `${size.width}x${size.height}-${String(i + 1).padStart(2, '0')}-${id}.png`);
      await page.screenshot({ path: file });
      console.log(`${file}  chart: ${state}`);
    }
    if (errors.length) {
      problems += errors.length;
      console.log(errors.join('\n'));
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
process.exitCode = problems ? 1 : 0;
