// Bytes a page really loads: the page is opened in Chromium (fresh context, no cache), scrolled to
// the bottom so anything requested late (a font first needed further down) is requested too, and
// every response is recorded: raw bytes as served (our server does not compress) and the gzip -9
// size of each file on its own. That is what the page loads before a reader touches it. Then a
// reader's first touch of a chart (focus on its keyboard walk) is made, and what that loads (the
// walk and table sorting, src/charts/enhance.ts) is recorded apart, as `touched`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize } from './util.mjs';

const kindOf = (type) =>
  ({ document: 'html', script: 'js', stylesheet: 'css', font: 'font', image: 'image' })[type] ?? 'other';

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 */
export async function pageBytes(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const pending = [];
  page.on('response', (res) => {
    if (res.status() >= 300 && res.status() < 400) return;
    pending.push(
      res
        .body()
        .then((body) => ({
          url: res.url(),
          status: res.status(),
          kind: kindOf(res.request().resourceType()),
          raw: body.length,
          gzip: gzipSize(body),
        }))
        .catch(() => null),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(async () => {
    const step = innerHeight;
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      scrollTo({ top: y, behavior: 'instant' });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    await document.fonts.ready;
  });
  await page.waitForLoadState('networkidle');
  // Every drawn chart at rest: nothing it asked for is still on its way.
  await page.waitForFunction(() => [...document.querySelectorAll('[data-chart][data-hydrated]')].every((c) => c.dataset.settled !== 'false'), null, { timeout: 15_000 }).catch(() => {});
  const files = (await Promise.all(pending)).filter(Boolean);
  pending.length = 0;
  // The first touch: focus on the first chart's walk; its chunk is in once the tables have sort buttons.
  const walk = page.locator('[data-walk="chart"]').first();
  if (await walk.count()) {
    await walk.focus();
    await page.waitForFunction(() => document.querySelector('[data-chart][data-hydrated] thead th > button'), null, { timeout: 15_000 }).catch(() => {});
    await page.waitForLoadState('networkidle');
  }
  const touchedFiles = (await Promise.all(pending)).filter(Boolean);
  // The stylesheet is inlined into the HTML (counted there); its share is reported on its own.
  const styles = await page.evaluate(() => [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''));
  const inlineCss = { elements: styles.length, raw: Buffer.byteLength(styles.join('')), gzip: gzipSize(Buffer.from(styles.join(''))) };
  await context.close();

  const byKind = {};
  for (const kind of ['html', 'css', 'js', 'font', 'image', 'other']) {
    const of = files.filter((f) => f.kind === kind);
    byKind[kind] = { files: of.length, raw: sum(of, 'raw'), gzip: sum(of, 'gzip') };
  }
  const core = files.filter((f) => ['html', 'css', 'js', 'font'].includes(f.kind));
  return {
    url,
    files: files.map((f) => ({ ...f, url: new URL(f.url).pathname })).sort((a, b) => b.gzip - a.gzip),
    byKind,
    inlineCss,
    total: { raw: sum(core, 'raw'), gzip: sum(core, 'gzip') }, // HTML + CSS + JS + fonts
    /** what the first touch of a chart loaded besides */
    touched: {
      files: touchedFiles.map((f) => ({ ...f, url: new URL(f.url).pathname })),
      js: { files: touchedFiles.filter((f) => f.kind === 'js').length, raw: sum(touchedFiles.filter((f) => f.kind === 'js'), 'raw'), gzip: sum(touchedFiles.filter((f) => f.kind === 'js'), 'gzip') },
    },
  };
}

const sum = (xs, key) => xs.reduce((n, x) => n + x[key], 0);

/** The yardstick: the whole d3 bundle plus scrollama, minified, each gzipped on its own. */
export function d3Yardstick(root) {
  const parts = [];
  for (const [name, file] of [
    ['d3', 'd3/dist/d3.min.js'],
    ['scrollama', 'scrollama/build/scrollama.min.js'],
  ]) {
    // Read straight from node_modules: d3's "exports" map hides its dist/ files from require.resolve.
    const body = readFileSync(join(root, 'node_modules', file));
    const version = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
    parts.push({ name, version, file: `node_modules/${file}`, raw: body.length, gzip: gzipSize(body) });
  }
  return { parts, raw: sum(parts, 'raw'), gzip: sum(parts, 'gzip') };
}
