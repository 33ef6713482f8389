// The web fonts are subset at build time (src/integrations/fonts.mjs) and each has a
// metric-matched fallback, so the page reads in the fallback before the fonts arrive and the swap
// moves nothing: the layout shift it causes stays under 0.01, with the fonts preloaded or not.
import { expect, test, type Page } from '@playwright/test';

/** Cumulative layout shift while the page loads with every font held back until `release()`. */
async function shiftOverFontSwap(page: Page, preload: boolean): Promise<{ cls: number; fonts: number }> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((ok) => (release = ok));
  let fontBytes = 0;
  await page.route('**/*.woff2', async (route) => {
    await held;
    const res = await route.fetch();
    fontBytes += (await res.body()).length;
    await route.fulfill({ response: res });
  });
  if (!preload) {
    // the same page without its font preloads: each font is found late, by the stylesheet
    await page.route(/\/$|index\.html$/, async (route) => {
      const res = await route.fetch();
      const html = (await res.text()).replace(/<link rel="preload"[^>]*as="font"[^>]*>/g, '');
      await route.fulfill({ response: res, body: html });
    });
  }
  await page.addInitScript(() => {
    (window as unknown as { __cls: number }).__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  // the first paint, in the fallback faces
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  // (the fallback faces are local fonts, loaded at once; the web fonts are held back)
  const webFontsLoaded = () => page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded' && !/Fallback/.test(f.family)).length);
  expect(await webFontsLoaded()).toBe(0);
  release();
  await expect.poll(webFontsLoaded).toBe(2);
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  return { cls: await page.evaluate(() => (window as unknown as { __cls: number }).__cls), fonts: fontBytes };
}

for (const viewport of [
  { width: 375, height: 667 },
  { width: 1280, height: 800 },
]) {
  for (const preload of [true, false]) {
    test(`at ${viewport.width}×${viewport.height}, fonts ${preload ? 'preloaded' : 'not preloaded'}: swapping in the web fonts shifts the layout by less than 0.01`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const { cls, fonts } = await shiftOverFontSwap(page, preload);
      test.info().annotations.push({ type: 'CLS over the font swap', description: cls.toFixed(4) });
      expect(cls).toBeLessThan(0.01);
      expect(fonts).toBeGreaterThan(0);
    });
  }
}

test('the story loads two subset fonts, 60 KB in all, and no italic face', async ({ page }) => {
  const fonts: { url: string; bytes: number }[] = [];
  page.on('response', async (res) => {
    if (res.url().endsWith('.woff2')) fonts.push({ url: res.url(), bytes: (await res.body()).length });
  });
  await page.goto('./');
  await page.evaluate(() => document.fonts.ready);
  await expect.poll(() => fonts.length).toBe(2);
  expect(fonts.reduce((a, f) => a + f.bytes, 0)).toBeLessThanOrEqual(60 * 1024);
  expect(fonts.map((f) => f.url).join(' ')).not.toMatch(/italic/);
  // the faces the page declares: the two web fonts and their fallbacks, none italic
  const faces = await page.evaluate(() => [...document.fonts].map((f) => `${f.family} ${f.style}`));
  expect(faces.every((f) => f.endsWith('normal'))).toBe(true);
});
