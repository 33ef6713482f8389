// "Show all steps as pictures": a switch in the reader bar (beside "Reduce motion", in the phone bar
// itself) turns on the static layout: every step with its own state's picture, nothing pinned, no
// scroll-driven chart. It is remembered across visits and applied before the page is first drawn;
// turning it off brings the pinned charts back with the reader where they were. Blocks, steps and
// charts come from the built page (helpers/registry), never named here.
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, describeViolations } from './helpers/axe';
import { blocks, chartOfStep, expectSettled, longestBlock, steps } from './helpers/registry';

const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 667 },
];

/** Elements inside the story's scrolly blocks that stay put while the page scrolls. */
const pinned = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-scrolly], [data-scrolly] *')]
      .filter((el) => ['sticky', 'fixed'].includes(getComputedStyle(el).position) && el.checkVisibility())
      .map((el) => `${el.className}`),
  );

for (const size of sizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height }, reducedMotion: 'reduce' });

    test('the switch shows every step with its own picture and pins nothing', async ({ page }) => {
      await page.goto('./');
      const toggle = page.getByRole('button', { name: 'Show all steps as pictures' });
      // In the bar as it stands: no menu to open first.
      await expect(toggle).toBeVisible();
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      expect((await pinned(page)).length, 'charts pin before the switch').toBeGreaterThan(0);
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('html')).toHaveAttribute('data-layout', 'static');
      expect(await pinned(page)).toEqual([]);
      for (const block of blocks) {
        // no scroll-driven chart and no step buttons: the pictures are the chart
        await expect(page.locator(`[id="${block.id}"] .scrolly__graphic .chart__canvas`)).toBeHidden();
        await expect(page.locator(`[id="${block.id}"] .scrolly__controls`)).toBeHidden();
      }
      for (const s of steps) {
        // Scrolled to as a reader would, then read in one call once it has loaded (or failed to).
        const shown = await page.evaluate(async (id) => {
          const img = document.querySelector<HTMLImageElement>(`[id="${id}"] .step__inline-chart img`);
          if (!img) return null;
          img.scrollIntoView({ block: 'center' });
          await img.decode().catch(() => undefined);
          const r = img.getBoundingClientRect();
          return {
            visible: r.width > 0 && r.height > 0 && img.checkVisibility() && r.bottom > 0 && r.top < innerHeight,
            src: img.getAttribute('src') ?? '',
            loaded: img.complete && img.naturalWidth > 0,
            alt: img.getAttribute('alt') ?? '',
          };
        }, s.id);
        expect(shown, `${s.id}: a picture`).not.toBeNull();
        expect(shown!.visible, `${s.id}: the picture is on screen`).toBe(true);
        // its own state's picture, loaded
        expect(shown!.src).toContain(`/${s.id}.`);
        expect(shown!.loaded, `${s.id}: the picture loaded`).toBe(true);
        expect(shown!.alt.length).toBeGreaterThan(10);
      }
      // the reader bar (with the switch) stays at hand
      await expect(toggle).toBeInViewport();
    });

    test('the choice is remembered after a reload and in place before the page is drawn', async ({ page }) => {
      await page.goto('./');
      await page.getByRole('button', { name: 'Show all steps as pictures' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-layout', 'static');
      // Record the attribute as the <body> is created, before anything is painted.
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.body) return;
          (window as unknown as { __layoutAtBody: string | null }).__layoutAtBody = document.documentElement.getAttribute('data-layout');
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      await page.reload();
      expect(await page.evaluate(() => (window as unknown as { __layoutAtBody?: string | null }).__layoutAtBody)).toBe('static');
      await expect(page.getByRole('button', { name: 'Show all steps as pictures' })).toHaveAttribute('aria-pressed', 'true');
      expect(await pinned(page)).toEqual([]);
    });

    test('turning it off pins the charts again, with the reader at the same step', async ({ page }) => {
      const block = longestBlock();
      const step = block.steps[Math.floor(block.steps.length / 2)]!;
      await page.goto('./');
      const toggle = page.getByRole('button', { name: 'Show all steps as pictures' });
      await toggle.click();
      await expect(page.locator('html')).toHaveAttribute('data-layout', 'static');
      // Reading that step: its text just below the bar.
      await page.locator(`[id="${step.id}"] .step__box`).evaluate((box) => scrollTo(0, box.getBoundingClientRect().top + scrollY - innerHeight * 0.2));
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      await expect(page.locator('html')).not.toHaveAttribute('data-layout', /./);
      expect((await pinned(page)).length).toBeGreaterThan(0);
      await expect(page.locator(`[id="${block.id}"] .scrolly__graphic .chart__canvas`)).toBeVisible();
      // The same step is in view and its chart shows its state.
      await expect(page.locator(`[id="${step.id}"] .step__box`)).toBeInViewport();
      await expectSettled(chartOfStep(page, step.id), step.state);
      // and it stays off after a reload
      await page.reload();
      await expect(page.getByRole('button', { name: 'Show all steps as pictures' })).toHaveAttribute('aria-pressed', 'false');
      await expect(page.locator('html')).not.toHaveAttribute('data-layout', /./);
    });

    test('the skip link to the switch puts focus on it', async ({ page }) => {
      await page.goto('./');
      // the switch is the script's (it starts after the first paint)
      await expect(page.getByRole('button', { name: 'Show all steps as pictures' })).toBeVisible();
      const skip = page.getByRole('link', { name: 'Show all steps as pictures' });
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(skip).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('button', { name: 'Show all steps as pictures' })).toBeFocused();
      await page.keyboard.press('Space');
      await expect(page.locator('html')).toHaveAttribute('data-layout', 'static');
    });

    test('axe finds nothing with every step shown as a picture', async ({ page }) => {
      test.slow();
      await page.goto('./');
      await page.getByRole('button', { name: 'Show all steps as pictures' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-layout', 'static');
      // What the switch changes: the blocks (each step with its picture) and the bar that holds it.
      // The page around them is checked as it reads by default in a11y.spec.ts.
      expect(describeViolations(await axeViolations(page, { include: ['[data-scrolly]', '.reader-bar'] }))).toEqual([]);
    });
  });
}
