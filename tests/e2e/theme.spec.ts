// Light, dark and an embed's ?theme, as the reader's browser resolves them from the one palette
// (src/styles/palette.ts): the computed colours are the palette's, whichever way the scheme is chosen.
import { expect, test, type Page } from '@playwright/test';
import { palette, type Scheme } from '../../src/styles/palette';
import { blocks, chartOfStep, charts, expectSettled } from './helpers/registry';
import { scrollToStep } from './helpers/story';

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** The page background, the text colour and the fill of the first mark of a series. */
const computed = (page: Page, series: string) =>
  page.evaluate((s) => {
    const mark = document.querySelector(`.chart__canvas [data-series="${s}"], .chart__print [data-series="${s}"]`);
    return {
      bg: getComputedStyle(document.body).backgroundColor,
      fg: getComputedStyle(document.body).color,
      mark: mark ? getComputedStyle(mark).fill : 'no mark',
      scheme: getComputedStyle(document.documentElement).colorScheme,
    };
  }, series);

type Colour = { light: string; dark: string };
/** A series' colour in the palette (a chart's series may alias a company's colour). */
const seriesColour = (series: string, scheme: Scheme): string => {
  let entry: unknown = (palette as Record<string, unknown>)[`c-${series}`];
  while (typeof entry === 'string') entry = (palette as Record<string, unknown>)[entry];
  if (!entry) throw new Error(`no palette colour for series ${series}`);
  return (entry as Colour)[scheme];
};

const expected = (scheme: Scheme, forced: boolean, series = 'unassigned') => ({
  bg: rgb(palette.bg[scheme]),
  fg: rgb(palette.fg[scheme]),
  mark: rgb(seriesColour(series, scheme)),
  scheme: forced ? scheme : 'light dark',
});

// One embed stands for all (they share the page and the palette): the first in the registry, its default state.
const chart = charts[0]!;
const firstSeries = (page: Page) => page.locator('.chart__canvas [data-series]').first().getAttribute('data-series').then((s) => s!);

for (const system of ['light', 'dark'] as const) {
  test(`embed, system ${system}: no ?theme follows the system; ?theme=light and ?theme=dark override it`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: system });
    await page.goto(`./embed/${chart.id}/`);
    const series = await firstSeries(page);
    expect(await computed(page, series)).toEqual(expected(system, false, series));
    for (const theme of ['light', 'dark'] as const) {
      await page.goto(`./embed/${chart.id}/?theme=${theme}`);
      expect(await computed(page, series), `?theme=${theme}`).toEqual(expected(theme, true, series));
    }
  });
}

test('the story follows the system scheme, and prints in light colours from a dark system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  // The story's charts are pictures until their data has come and the script draws them: at the first block.
  const first = blocks[0]!.steps[0]!;
  await scrollToStep(page, first.id);
  await expectSettled(chartOfStep(page, first.id), first.state);
  await expect(page.locator('.chart__canvas [data-series="unassigned"]').first()).toBeAttached();
  const dark = await computed(page, 'unassigned');
  expect(dark).toEqual(expected('dark', false));
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  const printed = await computed(page, 'unassigned');
  // Paper is white: print.css make the page #fff on #000, and the marks take the light palette.
  expect(printed.bg).toBe('rgb(255, 255, 255)');
  expect(printed.fg).toBe('rgb(0, 0, 0)');
  expect(printed.mark).toBe(rgb(palette['c-unassigned'].light));
});
