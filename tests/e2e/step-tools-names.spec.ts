// Fewer, better-named stops: each "Copy link" names its step ("Copy link to step 2 of 6: <chart>"),
// no two alike; figures are sourced by one "Sources" button per paragraph or step (a figure is no tab
// stop of its own, but a tap still opens its card); only the step being read has its tools in the tab
// order; and each block's previous/next buttons are one toolbar. Blocks and steps come from the page.
import { expect, test } from '@playwright/test';
import { storyReady } from './helpers/story';
import { axeViolations, describeViolations } from './helpers/axe';
import { blocks } from './helpers/registry';

test('every "Copy link" names its step, and no two names are alike', async ({ page }) => {
  await page.goto('./');
  const names: string[] = [];
  for (const block of blocks) {
    for (const [i, s] of block.steps.entries()) {
      const button = page.locator(`[id="${s.id}"] [data-copy-step-link]`);
      await expect(button).toHaveAccessibleName(new RegExp(`^Copy link to step ${i + 1} of ${block.steps.length}: \\S`));
      // what is seen is the start of what is heard (WCAG 2.5.3)
      expect(await button.evaluate((b) => [...b.childNodes].filter((n) => !(n as Element).classList?.contains('visually-hidden')).map((n) => n.textContent).join('').trim())).toBe('Copy link');
      names.push((await button.evaluate((b) => b.textContent ?? '')).trim());
    }
  }
  expect(names.length).toBe(blocks.reduce((n, b) => n + b.steps.length, 0));
  expect(new Set(names).size, names.join('\n')).toBe(names.length);
});

test('one "Sources" button per paragraph or step with figures; it lists every figure’s sources', async ({ page }) => {
  await page.goto('./');
  // the buttons are the script's, which starts after the first paint
  await storyReady(page);
  const groups = await page.evaluate(() => {
    const figures = [...document.querySelectorAll<HTMLAnchorElement>('main a.fact')];
    const groupOf = (a: Element) => a.closest('[data-step]') ?? a.closest('p, li, dd, td, th, figcaption')!;
    const map = new Map<Element, HTMLAnchorElement[]>();
    for (const a of figures) map.set(groupOf(a), [...(map.get(groupOf(a)) ?? []), a]);
    return [...map].map(([g, fs]) => ({
      buttons: g.querySelectorAll('button.step__sources, button.fact-sources').length,
      // each figure's sources as the list's entry ids
      entries: [...new Set(fs.flatMap((a) => (a.dataset.factSources ?? a.hash.slice(1)).split(' ')))],
      tabbableFigures: fs.filter((a) => a.tabIndex >= 0).length,
      id: g.id || g.textContent!.slice(0, 40),
    }));
  });
  expect(groups.length).toBeGreaterThan(10);
  for (const g of groups) {
    expect(g.buttons, g.id).toBe(1);
    expect(g.tabbableFigures, `${g.id}: figures are not tab stops`).toBe(0);
  }
  // Open each paragraph's card with the keyboard: it cites every source of its figures. Keys are
  // pressed as a reader's; what each press shows is read in one call.
  const selector = 'main button.step__sources, main button.fact-sources';
  const card = page.locator('.fact-pop');
  const n = await page.locator(selector).count();
  expect(n).toBe(groups.length);
  for (let i = 0; i < n; i++) {
    await page.evaluate(([sel, i]) => document.querySelectorAll<HTMLElement>(sel)[i]!.focus(), [selector, i] as const);
    await page.keyboard.press('Enter');
    const shown = await page.evaluate(
      async ([sel, i]) => {
        const button = document.querySelectorAll<HTMLElement>(sel)[i]!;
        const pop = document.querySelector<HTMLElement>('.fact-pop')!;
        // The card opens in answer to the press: give it up to two seconds of frames.
        // (and is filled: the source list is fetched once, at idle or at the first press)
        for (let f = 0; f < 120 && (!pop.matches(':popover-open') || pop.querySelector('[data-loading]')); f++) await new Promise((ok) => requestAnimationFrame(ok));
        const group = button.closest('[data-step]') ?? button.closest('p, li, dd, td, th, figcaption')!;
        return {
          id: group.id || group.textContent!.slice(0, 40),
          visible: pop.matches(':popover-open') && pop.getClientRects().length > 0,
          expanded: button.getAttribute('aria-expanded'),
          listed: [...pop.querySelectorAll('.source-cite__more')].map((a) => a.getAttribute('href')!.split('#')[1]!).sort(),
          expected: [...new Set([...group.querySelectorAll<HTMLAnchorElement>('a.fact')].flatMap((a) => (a.dataset.factSources ?? a.hash.slice(1)).split(' ')))].sort(),
          // each source names the figures it supports
          figures: pop.querySelector('.source-cite__figures')?.textContent?.trim() ?? '',
        };
      },
      [selector, i] as const,
    );
    expect(shown.visible, `${shown.id}: the card is open`).toBe(true);
    expect(shown.expanded, shown.id).toBe('true');
    expect(shown.listed, shown.id).toEqual(shown.expected);
    expect(shown.figures, `${shown.id}: the first source names its figures`).not.toBe('');
    // Tab goes into the card, Escape closes it
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.fact-pop')), shown.id).toBe(true);
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
  }
});

test('axe finds nothing with a paragraph’s sources open', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  const button = page.locator('main button.fact-sources').first();
  await button.click();
  await expect(page.locator('.fact-pop')).toBeVisible();
  // The open card and the paragraph or step whose button opened it: what opening it changes (the
  // whole story is checked by a11y.spec.ts; axe over all of it costs seconds).
  await button.evaluate((el) => el.closest('p, [data-step]')!.setAttribute('data-axe-scope', ''));
  expect(describeViolations(await axeViolations(page, { include: ['.fact-pop:popover-open', '[data-axe-scope]'] }))).toEqual([]);
  await expect(page.locator('[data-axe-scope] button.fact-sources[aria-expanded="true"]'), 'the opener is in the checked part').toHaveCount(1);
});

test('only the step being read has its tools in the tab order, and previous/next are one toolbar', async ({ page }) => {
  await page.goto('./');
  for (const block of blocks.filter((b) => b.steps.length > 1)) {
    const target = block.steps[1]!;
    await page.locator(`[id="${target.id}"] .step__box`).scrollIntoViewIfNeeded();
    const toolbar = page.locator(`[id="${block.id}"] .scrolly__controls`);
    await expect(toolbar).toHaveAttribute('role', 'toolbar');
    // wait until the model has this block's step in view
    await expect(toolbar.locator('[data-step-counter]')).toHaveText(`2 / ${block.steps.length}`);
    const tabbable = await page.locator(`[id="${block.id}"] .step__tools button`).evaluateAll((bs) =>
      bs.filter((b) => (b as HTMLElement).tabIndex >= 0).map((b) => b.closest('[data-step]')!.id),
    );
    expect(new Set(tabbable), block.id).toEqual(new Set([target.id]));
    // one stop in the toolbar; arrows move within it
    const next = toolbar.locator('[data-step-next]');
    const prev = toolbar.locator('[data-step-prev]');
    expect(await toolbar.locator('button').evaluateAll((bs) => bs.filter((b) => (b as HTMLElement).tabIndex === 0).length)).toBe(1);
    await next.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(prev).toBeFocused();
    await page.keyboard.press('End');
    await expect(next).toBeFocused();
  }
});
