// The web fonts are subset at build time (src/integrations/fonts.mjs) and each has a
// metric-matched fallback, so the page reads in the fallback before the fonts arrive and the swap
// moves nothing: the layout shift it causes stays under 0.01, with the fonts preloaded or not.
import { expect, test } from '@playwright/test';
import { shiftOverFontSwap } from './helpers/font-swap';

// A phone, Lighthouse's 412 px phone (where the headline's wrap used to change) and a desktop.
for (const viewport of [
  { width: 375, height: 667 },
  { width: 412, height: 823 },
  { width: 1280, height: 800 },
]) {
  for (const preload of [true, false]) {
    test(`at ${viewport.width}×${viewport.height}, fonts ${preload ? 'preloaded' : 'not preloaded'}: swapping in the web fonts shifts the layout by less than 0.01`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const { cls, fonts, sources } = await shiftOverFontSwap(page, preload);
      test.info().annotations.push({ type: 'CLS over the font swap', description: `${cls.toFixed(4)} ${sources.join(', ')}` });
      expect(cls, sources.join(', ')).toBeLessThan(0.01);
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
