// Screenshot of a page as a reader sees it, for reviewing a change by eye:
//   npm run screenshot -- <url> <out.png> [width] [height] [#step-or-selector | scrollY]
// Prints console errors and the state of each chart root.
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './ensure-chromium.mjs';

const [, , url, out = 'screenshot.png', w = '1280', h = '800', target] = process.argv;
if (!url) {
  console.error('usage: npm run screenshot -- <url> <out.png> [width] [height] [#id | scrollY]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
const errors = [];
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(url);
if (target) {
  await page.evaluate((t) => {
    const el = t.startsWith('#') ? document.querySelector(t) : null;
    if (el) el.scrollIntoView();
    else window.scrollTo(0, Number(t));
  }, target);
}
// Every drawn chart at rest (its transitions ended), and the fonts in.
await page.evaluate(() => document.fonts.ready);
await page
  .waitForFunction(() => [...document.querySelectorAll('[data-chart][data-hydrated]')].every((c) => c.dataset.settled !== 'false'), null, { timeout: 5_000 })
  .catch(() => console.log('a chart did not come to rest within 5 s'));
await page.screenshot({ path: out });
if (errors.length) console.log(errors.join('\n'));
console.log(await page.evaluate(() => [...document.querySelectorAll('[data-chart]')].map((c) => `${c.dataset.chart}:${c.dataset.state}`).join(' ')));
await browser.close();
