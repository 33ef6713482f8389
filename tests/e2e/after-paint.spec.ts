// Issue 19, the first round trips: the story's headline paints before the page asks for anything it
// does not need for that paint. Its script (a module held in an inert <template>) and its labels' face
// are fetched once the first contentful paint has been reported (src/lib/first-paint.ts); no picture
// (a chart's stand-in, a step's or a print one, for readers without a script or on paper) is fetched
// with one; the favicon is in the HTML. Read
// from the browser's own resource and paint timings, at a phone's size and a desktop's.
import { expect, test, type Page } from '@playwright/test';
import { storyReady } from './helpers/story';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LATE_UI_FAMILY } from '../../src/lib/first-paint';

/** Every resource the story fetched, with when it started (ms) and the first contentful paint. */
async function fetchedAround(page: Page) {
  return page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    resources: performance.getEntriesByType('resource').map((r) => ({ path: new URL(r.name).pathname, start: r.startTime })),
  }));
}

const lateFace = (page: Page) =>
  page.evaluate((family) => [...document.fonts].find((f) => f.family.replace(/"/g, '') === family)?.status ?? 'absent', LATE_UI_FAMILY);

for (const viewport of [
  { width: 375, height: 667 },
  { width: 1280, height: 800 },
]) {
  test(`at ${viewport.width}×${viewport.height}, only the text face and the deferred stylesheet are fetched before the first paint; the script and the labels' face after it`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('./');
    // the script has run: it tied the first figure to its card, and added the labels' face
    await expect(page.locator('main a.fact').first()).toHaveAttribute('data-fact-source', /\S/);
    await expect.poll(() => lateFace(page)).toBe('loaded');
    const { fcp, resources } = await fetchedAround(page);
    expect(fcp).toBeGreaterThan(0);
    const before = resources.filter((r) => r.start < fcp).map((r) => r.path.replace(/\.[\w-]+\.(woff2|css)$/, '.$1'));
    expect(before.sort()).toEqual(['/_astro/source-serif-4.woff2', '/_astro/story-deferred.css']);
    const script = resources.find((r) => /\/StoryScript\.[^/]*\.js$/.test(r.path));
    const face = resources.find((r) => /\/inter\.[^/]*\.woff2$/.test(r.path));
    expect(script, 'the story module').toBeDefined();
    expect(face, "the labels' face").toBeDefined();
    expect(script!.start).toBeGreaterThan(fcp);
    expect(face!.start).toBeGreaterThan(fcp);
    // no picture at all, before the paint or after: with a script the charts are drawn, and the steps'
    // and print pictures are the deferred sheet's to show (no script or a short window, and paper),
    // hidden until it comes (deferred-guard.css)
    expect(resources.filter((r) => r.path.includes('/pictures/')).map((r) => r.path)).toEqual([]);
    // the labels, captions and reader bar are set in Inter once it has come
    const family = await page.locator('.reader-bar').evaluate((el) => getComputedStyle(el).fontFamily);
    expect(family.split(',')[0]!.replace(/"/g, '').trim()).toBe(LATE_UI_FAMILY);
    expect(await page.evaluate((family) => document.fonts.check(`700 13px "${family}"`), LATE_UI_FAMILY)).toBe(true);
  });
}

test('without JavaScript, the labels are set in Inter as on every other page, and each chart shows its picture', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  await page.locator('[data-scrolly]').first().scrollIntoViewIfNeeded();
  const family = await page.locator('.reader-bar').evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family.split(',')[0]!.replace(/"/g, '').trim()).toBe('Inter Variable');
  await expect.poll(() => page.evaluate(() => [...document.fonts].find((f) => f.family.replace(/"/g, '') === 'Inter Variable')?.status)).toBe('loaded');
  const picture = page.locator('[data-scrolly] .chart__canvas [data-chart-picture]').first();
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await context.close();
});

test("every page's favicon is public/favicon.svg itself, written into the page (no request after load)", async ({ page }) => {
  const svg = readFileSync(join(process.cwd(), 'public', 'favicon.svg'), 'utf8').trim();
  for (const path of ['./', 'sources/', 'embed/mission-split/']) {
    await page.goto(path);
    const href = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute('href');
    expect(href, path).toMatch(/^data:image\/svg\+xml,/);
    expect(decodeURIComponent(href!.slice('data:image/svg+xml,'.length)).replace(/'/g, '"'), path).toBe(svg);
  }
});

test('a step opened by its link stays on screen through the script’s start and through reload after reload', async ({ page }) => {
  // The script adds the steps' tool rows after load, when the browser no longer holds the fragment in
  // place, and a reload puts back an offset measured with those rows (src/scrolly/main.ts).
  const id = await page.goto('./').then(() => page.locator('[data-scrolly] [data-step]').nth(7).getAttribute('id'));
  await page.goto(`./#${id}`);
  for (const load of ['link', 'reload', 'second reload', 'third reload']) {
    if (load !== 'link') await page.reload();
    await storyReady(page);
    const y = await page.locator(`[id="${id}"] .step__box`).evaluate((el) => el.getBoundingClientRect().top);
    expect(y, load).toBeGreaterThanOrEqual(0);
    expect(y, load).toBeLessThan(page.viewportSize()!.height * 0.6);
  }
});
