// Every control outside running text is at least 44×44 CSS px at a phone's width (WCAG 2.5.5): the
// reader bar, the step controls, the chapters menu, the switches, every disclosure and what it opens,
// the step tools, and each embed's switcher and links. Controls are found generically (anything a
// reader can press or focus); a figure or link inside a sentence is exempt, as it keeps its text's size.
import { expect, test, type Page } from '@playwright/test';
import { blocks, charts } from './helpers/registry';

const MIN = 44;

/** Controls on the page that are drawn (not inside a closed disclosure, not hidden) and not in running text, with their size. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const CONTROLS = 'a[href], button, summary, select, textarea, input:not([type="hidden"]), [role="button"], [tabindex]:not([tabindex="-1"])';
    /** Text of a block that is not inside a control or hidden from readers: a sentence around the control. */
    const ownText = (block: Element): string => {
      let text = '';
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement!;
        if (parent.closest(`${CONTROLS}, [aria-hidden="true"], .visually-hidden, [role="status"], [popover]`)) continue;
        text += n.textContent;
      }
      return text.trim();
    };
    const inRunningText = (el: Element): boolean => {
      const block = el.parentElement?.closest('p, li, dd, td, th, figcaption, blockquote');
      return !!block && ownText(block).length > 0;
    };
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(CONTROLS)) {
      if (el.closest('.visually-hidden, [popover]') || !el.checkVisibility({ visibilityProperty: true })) continue;
      // a checkbox's target is its label
      const target = el.matches('input') ? (el.closest('label') ?? el) : el;
      const r = target.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      // visually hidden text for screen readers (1 px, clipped) is no target
      if (r.width <= 1 || r.height <= 1) continue;
      if (inRunningText(el)) continue;
      if (r.width < min - 0.5 || r.height < min - 0.5) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        out.push(`${el.tagName.toLowerCase()}.${el.className} “${name}”: ${r.width.toFixed(0)}×${r.height.toFixed(0)}`);
      }
    }
    return [...new Set(out)];
  }, MIN);
}

test.describe('at 375 px wide', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test('the story: bar, chapters menu, step controls, step tools and every disclosure are at least 44×44', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('[data-layout-toggle]')).toBeVisible();
    const small: string[] = [];
    // the bar at the top, then with the chapters menu open
    small.push(...(await smallTargets(page)));
    await page.locator('[data-toc] summary').click();
    await expect(page.locator('[data-motion-toggle]')).toBeVisible();
    small.push(...(await smallTargets(page)));
    await page.locator('[data-toc] summary').click();
    // each block with its step controls in the bar and a step's tools in view
    for (const block of blocks) {
      const step = block.steps[1] ?? block.steps[0]!;
      await page.locator(`[id="${step.id}"] .step__box`).scrollIntoViewIfNeeded();
      await expect(page.locator(`[id="${block.id}"] .scrolly__controls`)).toBeVisible();
      small.push(...(await smallTargets(page)));
    }
    // every disclosure open (tables, "How to read", embed code and its options), each looked at in turn
    await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    for (const figure of await page.locator('main [data-scrolly] .scrolly__graphic').all()) {
      await figure.evaluate((f) => f.scrollIntoView({ block: 'start' }));
      small.push(...(await smallTargets(page)));
    }
    // the skip links, as a keyboard reader sees them
    await page.evaluate(() => scrollTo(0, 0));
    for (const link of await page.locator('.skip-link').all()) {
      await link.focus();
      const box = (await link.boundingBox())!;
      if (box.width < MIN || box.height < MIN) small.push(`skip link “${await link.textContent()}”: ${box.width}×${box.height}`);
    }
    expect([...new Set(small)]).toEqual([]);
  });

  test('with every step shown as a picture, the controls are still at least 44×44', async ({ page }) => {
    await page.goto('./');
    await page.locator('[data-layout-toggle]').click();
    await expect(page.locator('html')).toHaveAttribute('data-layout', 'static');
    const step = blocks[0]!.steps[0]!;
    await page.locator(`[id="${step.id}"]`).scrollIntoViewIfNeeded();
    expect(await smallTargets(page)).toEqual([]);
    await page.evaluate(() => localStorage.clear());
  });

  for (const chart of charts) {
    test(`embed of ${chart.id}: switcher, links, disclosures and the table's sort buttons are at least 44×44`, async ({ page }) => {
      await page.goto(`./embed/${chart.id}/`);
      await expect(page.locator('[data-state-switcher]')).toBeVisible();
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
      // the sort buttons come with the chart's enhancements, loaded on the first press inside it
      await page.locator('.chart__table summary').first().click();
      await page.locator('.chart__table summary').first().click();
      await expect(page.locator('.data-table__sort').first()).toBeVisible();
      expect(await smallTargets(page)).toEqual([]);
    });
  }
});
