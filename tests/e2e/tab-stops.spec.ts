// Tab stops from the top of the story to the last chart's "next step" button: a keyboard reader
// should not have to press Tab a hundred times to get through the charts (issue 18: under 40;
// 119 on a desktop before figures became one "Sources" stop per paragraph, step tools a stop only
// in the step being read, and each block's previous/next one toolbar). Counted with real Tab
// presses, the page noting where each one left focus (helpers/keys.ts).
import { expect, test, type Page } from '@playwright/test';
import { type FocusStop, noteKeyStops, readKeyStops } from './helpers/keys';
import { blocks, firstBlocks } from './helpers/registry';

const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 667 },
];

/**
 * Tab presses from the top of the page until the next-step button of block `untilId` has focus, with
 * where each one left focus. Presses go in runs of eight, read back once a run (helpers/keys.ts).
 */
async function tabStops(page: Page, untilId: string): Promise<FocusStop[]> {
  await noteKeyStops(page);
  await page.goto('./');
  await expect(page.locator(`[id="${untilId}"] [data-step-next]`)).toBeAttached();
  await expect(page.locator(`[id="${untilId}"] .scrolly__controls`)).toHaveAttribute('role', 'toolbar');
  const stops: FocusStop[] = [];
  // A generous ceiling, so a failure reports the real count rather than running forever.
  while (stops.length < 256) {
    for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
    stops.push(...(await readKeyStops(page)).log.filter((p) => p.key === 'Tab'));
    const at = stops.findIndex((s) => s.nextOf === untilId);
    if (at >= 0) return stops.slice(0, at + 1);
  }
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
