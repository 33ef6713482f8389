// The story's first screen paints from its HTML and the small stylesheet inlined in it (issue 19); the
// rest of the story's rules come in a stylesheet linked at the end of <body> (story-deferred.css),
// which the first paint does not wait for. So the first screen must look the same without that sheet,
// and a tall screen, whose first scrolly block starts on the first screen, must not flash that block
// unstyled nor shift it when the sheet arrives.
import { expect, test, type Page, type Route } from '@playwright/test';
import { LATE_UI_FAMILY } from '../../src/lib/first-paint';

const DEFERRED = /\/_astro\/story-deferred\.[^/]*\.css$/;

/** Every element on the first screen: its box and what the eye sees of it. */
function firstScreen(page: Page) {
  return page.evaluate(() =>
    [...document.body.querySelectorAll('*')].flatMap((el, index) => {
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height || r.bottom <= 0 || r.top >= innerHeight || !el.checkVisibility({ visibilityProperty: true })) return [];
      const s = getComputedStyle(el);
      const round = (n: number) => Math.round(n * 10) / 10;
      return [
        {
          index,
          el: `${el.tagName.toLowerCase()}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`,
          // the part on screen: a box running on below it may grow with what the deferred sheet lays out
          box: [r.left, Math.max(r.top, 0), r.right, Math.min(r.bottom, innerHeight)].map(round).join(' '),
          look: [s.color, s.backgroundColor, s.fontFamily.split(',')[0], s.fontSize, s.fontWeight, s.textDecorationLine, s.textDecorationStyle, s.borderTopWidth, s.borderBottomColor, s.opacity].join(' | '),
        },
      ];
    }),
  );
}

/** The first screen once the fonts are in and the script (if any) has stopped changing it: read until
 *  two readings in a row agree. */
async function settledFirstScreen(page: Page, js: boolean) {
  await page.evaluate(() => document.fonts.ready);
  // With a script, the labels' face comes after the first paint, added by the story's script
  // (src/lib/ui-font-late.ts), which document.fonts.ready does not wait for.
  if (js) await expect.poll(() => page.evaluate((family) => [...document.fonts].some((f) => f.family.replace(/"/g, '') === family && f.status === 'loaded'), LATE_UI_FAMILY)).toBe(true);
  let last = '';
  let shot: Awaited<ReturnType<typeof firstScreen>> = [];
  await expect
    .poll(async () => {
      shot = await firstScreen(page);
      const now = JSON.stringify(shot);
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
  return shot;
}

// A phone, a desktop, and a laptop whose first screen reaches the first paragraph's "Sources" button.
for (const viewport of [
  { width: 375, height: 667 },
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
]) {
  for (const js of [true, false]) {
    test(`at ${viewport.width}×${viewport.height}${js ? '' : ' without JavaScript'}, the first screen looks the same without the deferred stylesheet`, async ({ browser }) => {
      const shots = [];
      for (const lose of [false, true]) {
        const context = await browser.newContext({ viewport, javaScriptEnabled: js });
        const page = await context.newPage();
        let asked = false;
        await page.route(DEFERRED, (route: Route) => {
          asked = true;
          return lose ? route.abort() : route.continue();
        });
        await page.goto('./');
        shots.push(await settledFirstScreen(page, js));
        expect(asked, 'the story links its deferred stylesheet').toBe(true);
        await context.close();
      }
      const [full, inlineOnly] = shots;
      // the first screen holds the header and the bar at least
      expect(full!.map((e) => e.el).join(' ')).toMatch(/h1.*p\.dek/);
      expect(inlineOnly).toEqual(full);
    });
  }
}

test.describe('on a screen tall enough to show the first scrolly block', () => {
  test.use({ viewport: { width: 2560, height: 1440 } });

  test('the block stays hidden until the deferred stylesheet lays it out, and nothing shifts', async ({ page }) => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(DEFERRED, async (route) => {
      await held;
      await route.continue();
    });
    await page.addInitScript(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('./', { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    const block = page.locator('.scrolly').first();
    const before = await block.evaluate((el) => ({
      top: el.getBoundingClientRect().top,
      shown: [...el.querySelectorAll('*')].some((d) => d.getBoundingClientRect().height > 0 && d.checkVisibility({ visibilityProperty: true })),
    }));
    // the block starts on this first screen (else the test proves nothing), and none of it is shown yet
    expect(before.top).toBeLessThan(1440);
    expect(before.shown).toBe(false);
    await expect(page.locator('h1')).toBeVisible();
    // What is measured is the sheet's arrival: the web fonts first. (Their swap is fonts.spec's, in
    // the full browser; in this headless shell the fallback faces match differently and the dek can
    // lose a line, a shift that showed here whenever a busy machine brought the fonts after the first
    // paint.)
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(() => ((window as unknown as { cls: number }).cls = 0));

    release();
    await expect(block.locator('.chart__title').first()).toBeVisible();
    // the script has drawn the block's chart over its picture: the last change the load makes here
    await expect(block.locator('[data-chart]')).toHaveAttribute('data-settled', 'true');
    await settledFirstScreen(page, true);
    expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThan(0.01);
  });

  test('should the deferred stylesheet never come, the block shows anyway', async ({ page }) => {
    await page.route(DEFERRED, (route) => route.abort());
    await page.goto('./');
    const block = page.locator('.scrolly').first();
    await expect(block.locator('.step__box').first()).toBeVisible({ timeout: 6000 });
  });
});
