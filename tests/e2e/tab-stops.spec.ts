// Tab stops from the top of the story to the last chart's "next step" button: a keyboard reader
// should not have to press Tab a hundred times to get through the charts (issue 18: under 40;
// 119 on a desktop before figures became one "Sources" stop per paragraph, step tools a stop only
// in the step being read, and each block's previous/next one toolbar). Counted with real Tab
// presses, reading document.activeElement after each.
import { expect, test, type Page } from '@playwright/test';
import { blocks, firstBlocks } from './helpers/registry';

const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 667 },
];

/** Tab presses from the top of the page until a block's next-step button has focus, with what each landed on. */
async function tabsTo(page: Page, blockId: string): Promise<{ count: number; stops: string[] }> {
  await page.goto('./');
  await expect(page.locator(`[id="${blockId}"] [data-step-next]`)).toBeAttached();
  await expect(page.locator(`[id="${blockId}"] .scrolly__controls`)).toHaveAttribute('role', 'toolbar');
  const stops: string[] = [];
  // A generous ceiling, so a failure reports the real count rather than running forever.
  for (let i = 0; i < 250; i++) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate((id) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { label: 'body', done: false };
      const label = `${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 50)}`;
      return { label, done: el.matches(`[id="${id}"] [data-step-next]`) };
    }, blockId);
    stops.push(here.label);
    if (here.done) return { count: stops.length, stops };
  }
  throw new Error(`Tab never reached the next-step button of ${blockId}; stops:\n${stops.join('\n')}`);
}

for (const size of sizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('fewer than 40 Tab presses reach the last chart’s next-step button', async ({ page }) => {
      // The chart the story introduces last (its first block); later blocks revisit earlier charts.
      const last = firstBlocks.at(-1)!;
      const { count, stops } = await tabsTo(page, last.id);
      console.log(`${size.name}: ${count} Tab presses to the next-step button of the last chart (${last.id})`);
      expect(count, stops.join('\n')).toBeLessThan(40);
    });

    test('the story’s last block is reached in under half the Tab presses it took before (119)', async ({ page }) => {
      const last = blocks.at(-1)!;
      const { count, stops } = await tabsTo(page, last.id);
      const steps = blocks.reduce((n, b) => n + b.steps.length, 0);
      console.log(`${size.name}: ${count} Tab presses to the next-step button of the last block (${last.id}); the story has ${steps} steps`);
      expect(count, stops.join('\n')).toBeLessThan(60);
      // No step's tools but the one being read: each block's step tools appear at most once.
      expect(stops.filter((s) => s.startsWith('button Copy link')).length).toBeLessThanOrEqual(blocks.length);
    });
  });
}
