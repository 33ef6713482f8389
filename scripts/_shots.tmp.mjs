// temporary: screenshots of the timeline at each step with the step boxes hidden
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './ensure-chromium.mjs';
const [, , w, h, prefix, scheme = 'light'] = process.argv;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) }, colorScheme: scheme, reducedMotion: 'reduce' });
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
await page.goto('http://127.0.0.1:4405/');
for (const s of ['jan-apr', 'rupture', 'feud', 'outreach', 'report']) {
  await page.evaluate((id) => { document.querySelector('.hide-steps')?.remove(); document.getElementById(id).scrollIntoView(); }, `first-half-2025--${s}`);
  await page.waitForTimeout(600);
  await page.addStyleTag({ content: '.scrolly__steps .step__box { visibility: hidden !important; }' }).then((el) => el.evaluate((e) => e.classList.add('hide-steps')));
  await page.waitForTimeout(200);
  const state = await page.getAttribute('[data-chart="first-half-2025"]', 'data-state');
  const box = await page.evaluate(() => { const r = document.querySelector('[data-chart="first-half-2025"] .chart__canvas').getBoundingClientRect(); return `${r.width.toFixed(0)}x${r.height.toFixed(0)}`; });
  await page.screenshot({ path: `${prefix}-${s}.png` });
  console.log(s, state, box);
}
console.log(errors.join('\n'));
await browser.close();
