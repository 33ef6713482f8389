// The web fonts are subset at build time (src/integrations/fonts.mjs) and each has a
// metric-matched fallback, so the page reads in the fallback before the fonts arrive and the swap
// moves nothing: the layout shift it causes stays under 0.01, with the fonts preloaded or not.
import { expect, test } from '@playwright/test';
import { create, type Font } from 'fontkit';
import { LAYOUT_FEATURES } from '../../src/integrations/fonts.mjs';
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

test('the story loads two subset fonts, 60 KB in all, and no italic face; each keeps the features text is set with and no other', async ({ page }) => {
  const fonts: { url: string; bytes: number; features: string[] }[] = [];
  page.on('response', async (res) => {
    if (!res.url().endsWith('.woff2')) return;
    const body = await res.body();
    fonts.push({ url: res.url(), bytes: body.length, features: (create(body) as Font).availableFeatures });
  });
  await page.goto('./');
  await page.evaluate(() => document.fonts.ready);
  await expect.poll(() => fonts.length).toBe(2);
  expect(fonts.reduce((a, f) => a + f.bytes, 0)).toBeLessThanOrEqual(60 * 1024);
  expect(fonts.map((f) => f.url).join(' ')).not.toMatch(/italic/);
  // Kerning, the serif's ligatures, and Inter's contextual alternates and the tabular figures the
  // charts' labels (set in Inter) ask for stay; fractions and the like, which nothing asks for, were
  // cut with their glyphs.
  const featuresOf = (name: RegExp) => fonts.find((f) => name.test(f.url))?.features ?? [];
  expect(featuresOf(/\/inter\.[^/]*\.woff2$/)).toEqual(expect.arrayContaining(['kern', 'calt', 'tnum']));
  expect(featuresOf(/\/source-serif-4\.[^/]*\.woff2$/)).toEqual(expect.arrayContaining(['kern', 'liga']));
  for (const f of fonts) expect(f.features.filter((t) => !LAYOUT_FEATURES.includes(t)), f.url).toEqual([]);
  // the faces the page declares: the two web fonts and their fallbacks, none italic
  const faces = await page.evaluate(() => [...document.fonts].map((f) => `${f.family} ${f.style}`));
  expect(faces.every((f) => f.endsWith('normal'))).toBe(true);
  // Each fallback has a words face and a word-space face at regular and at bold, whatever fonts the
  // build machine had (they are measured in the Arimo and Tinos packages): a fresh machine had built
  // one face per weight from capsize's averages.
  const fallbacks = await page.evaluate(() =>
    [...document.fonts].filter((f) => /Fallback/.test(f.family)).map((f) => `${f.family.replace(/"/g, '')} ${f.weight} ${f.unicodeRange.replace(/\s/g, '')}`),
  );
  const expected = ['Inter Fallback', 'Source Serif 4 Fallback'].flatMap((family) =>
    ['100 549', '550 900'].flatMap((weight) => [`${family} ${weight} U+0-1F,U+21-9F,U+A1-10FFFF`, `${family} ${weight} U+20,U+A0`]),
  );
  expect(fallbacks.sort()).toEqual(expected.sort());
});
