// Tab stops from the top of the story to the last chart's "next step" button: a keyboard reader
// should not have to press Tab a hundred times to get through the charts (issue 18: under 40;
// 119 on a desktop before figures became one "Sources" stop per paragraph, step tools a stop only
// in the step being read, and each block's previous/next one toolbar). Counted with real Tab
// presses, the page noting document.activeElement as each one's key comes up.
import { expect, test, type Page } from '@playwright/test';
import { blocks, firstBlocks } from './helpers/registry';

const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 667 },
];

/**
 * Tab presses from the top of the page until the next-step button of block `untilId` has focus: what
 * each press landed on, and which block's next-step button it was, if one. The page records where
 * focus is after each Tab as it happens, so presses go in runs of eight, read back once a run.
 */
async function tabStops(page: Page, untilId: string): Promise<{ label: string; nextOf: string }[]> {
  await page.addInitScript(() => {
    const w = window as unknown as { tabStops: { label: string; nextOf: string }[] };
    w.tabStops = [];
    const here = () => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { label: 'body', nextOf: '' };
      const label = `${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 50)}`;
      return { label, nextOf: el.matches('[data-step-next]') ? (el.closest('[data-scrolly]')?.id ?? '') : '' };
    };
    // Focus moves in the Tab's keydown default action; its keyup comes after, where focus landed.
    document.addEventListener('keyup', (e) => {
      if (e.key === 'Tab') w.tabStops.push(here());
    }, true);
  });
  await page.goto('./');
  await expect(page.locator(`[id="${untilId}"] [data-step-next]`)).toBeAttached();
  await expect(page.locator(`[id="${untilId}"] .scrolly__controls`)).toHaveAttribute('role', 'toolbar');
  // A generous ceiling, so a failure reports the real count rather than running forever.
  for (let pressed = 0; pressed < 256; ) {
    for (let i = 0; i < 8; i++, pressed++) await page.keyboard.press('Tab');
    let stops: { label: string; nextOf: string }[] = [];
    await expect.poll(async () => (stops = await page.evaluate(() => (window as unknown as { tabStops: typeof stops }).tabStops)).length).toBe(pressed);
    const at = stops.findIndex((s) => s.nextOf === untilId);
    if (at >= 0) return stops.slice(0, at + 1);
  }
  const stops = await page.evaluate(() => (window as unknown as { tabStops: { label: string }[] }).tabStops);
  throw new Error(`Tab never reached the next-step button of ${untilId}; stops:\n${stops.map((s) => s.label).join('\n')}`);
}

for (const size of sizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('fewer than 40 Tab presses reach the last chart’s next-step button, and under half of 119 the story’s last block', async ({ page }) => {
      // The chart the story introduces last (its first block); later blocks revisit earlier charts.
      const lastChart = firstBlocks.at(-1)!;
      const last = blocks.at(-1)!;
      const stops = await tabStops(page, last.id);
      const toChart = stops.findIndex((s) => s.nextOf === lastChart.id) + 1;
      const labels = stops.map((s) => s.label).join('\n');
      console.log(`${size.name}: ${toChart} Tab presses to the next-step button of the last chart (${lastChart.id}), ${stops.length} to the last block's (${last.id})`);
      expect(toChart, `the last chart's next-step button is reached\n${labels}`).toBeGreaterThan(0);
      expect.soft(toChart, labels).toBeLessThan(40);
      expect(stops.length, labels).toBeLessThan(60);
      // No step's tools but the one being read: each block's step tools appear at most once.
      expect(stops.filter((s) => s.label.startsWith('button Copy link')).length).toBeLessThanOrEqual(blocks.length);
    });
  });
}
