// Accessibility-tree snapshots of one step per chart (its second, or its only one) with its chart,
// once the reader has settled there: what a screen reader meets, reviewed and committed under
// tests/e2e/aria/ (one file per chart, numbered in page order). A change shows up as a diff of that
// file; after reading it, accept it with `UPDATE_ARIA=1 npm exec -- playwright test tests/e2e/narration-aria.spec.ts`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { chartOfStep, expectSettled, firstBlocks } from './helpers/registry';
import { scrollToStep } from './helpers/story';

const dir = join(process.cwd(), 'tests', 'e2e', 'aria');

test('one step per chart, and its chart, read as committed', async ({ page }) => {
  expect(firstBlocks.length).toBeGreaterThan(0);
  // The settle (800 ms) is skipped ahead on Playwright's clock rather than sat through.
  await page.clock.install();
  await page.goto('./');
  for (const [i, block] of firstBlocks.entries()) {
    const step = block.steps[1] ?? block.steps[0]!;
    await scrollToStep(page, step.id);
    const root = chartOfStep(page, step.id);
    await expectSettled(root, step.state);
    await page.clock.fastForward(1000);
    // Settled: the live region has said the step (it is part of the tree).
    await expect(root.locator('[data-chart-status]')).not.toBeEmpty({ timeout: 4000 });
    const tree = `# step\n${await page.locator(`[id="${step.id}"]`).ariaSnapshot()}\n# chart\n${await root.ariaSnapshot()}\n`;
    const file = join(dir, `chart-${i + 1}.aria.yml`);
    if (process.env.UPDATE_ARIA || !existsSync(file)) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, tree);
    }
    expect(tree, `${file} (UPDATE_ARIA=1 to accept a reviewed change)`).toBe(readFileSync(file, 'utf8'));
  }
});
