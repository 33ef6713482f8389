// Scroll-driven steps: the chart state is a function of the step in view, however the reader got there.
import { expect, test, type Page } from '@playwright/test';
import { chartState, scrollToStep, stepsOf, trackErrors } from './helpers/story';
import { expectSettled, storyCharts } from './helpers/registry';

const charts = storyCharts;
// As most readers meet it: with motion (the suite's default is reduced motion).
test.use({ reducedMotion: 'no-preference' });

async function recordStates(page: Page, chart: string) {
  await page.evaluate((id) => {
    const root = document.querySelector<HTMLElement>(`[data-chart="${id}"]`)!;
    (window as unknown as { __states: string[] }).__states = [];
    new MutationObserver(() => (window as unknown as { __states: string[] }).__states.push(root.dataset.state!)).observe(root, {
      attributes: true,
      attributeFilter: ['data-state'],
    });
  }, chart);
}
const recorded = (page: Page) => page.evaluate(() => (window as unknown as { __states: string[] }).__states);

for (const chart of charts) {
  test(`${chart}: scrolling down and back up, the chart shows each step's state`, async ({ page }) => {
    const errors = trackErrors(page);
    await page.goto('./');
    const steps = await stepsOf(page, chart);
    expect(steps.length).toBeGreaterThanOrEqual(2);
    for (const step of steps) {
      await scrollToStep(page, step.id);
      await expect.poll(() => chartState(page, chart)).toBe(step.state);
    }
    for (const step of [...steps].reverse()) {
      await scrollToStep(page, step.id);
      await expect.poll(() => chartState(page, chart)).toBe(step.state);
    }
    expect(errors).toEqual([]);
  });

  test(`${chart}: jumping straight to the third step, and reloading there, shows the third state`, async ({ page }) => {
    await page.goto('./');
    const third = (await stepsOf(page, chart))[2]!;
    await page.goto(`./#${third.id}`);
    await expect.poll(() => chartState(page, chart)).toBe(third.state);
    await page.reload();
    await expect.poll(() => chartState(page, chart)).toBe(third.state);
  });

  test(`${chart}: a fast jump applies the destination state once, with no burst of intermediate states`, async ({ page }) => {
    await page.goto('./');
    const steps = await stepsOf(page, chart);
    await scrollToStep(page, steps[0]!.id);
    await expect.poll(() => chartState(page, chart)).toBe(steps[0]!.state);
    await recordStates(page, chart);
    await scrollToStep(page, steps[steps.length - 1]!.id);
    await expect.poll(() => chartState(page, chart)).toBe(steps[steps.length - 1]!.state);
    // At rest: the transition to the destination has run its course, and nothing came after it.
    await expectSettled(page.locator(`[data-chart="${chart}"]`).first(), steps[steps.length - 1]!.state);
    expect(await recorded(page)).toEqual([steps[steps.length - 1]!.state]);
  });
}

for (const viewport of [
  { width: 375, height: 740 },
  { width: 1280, height: 800 },
]) {
  test.describe(`at ${viewport.width}px`, () => {
    // Layout, not motion: each state drawn at once. (With motion, every step set off a chart
    // transition whose frames the walk paid for and never looked at.)
    test.use({ viewport, reducedMotion: 'reduce' });

    test('no sideways scrolling anywhere in the story', async ({ page }) => {
      await page.goto('./');
      // A screen at a time, each position given a frame to answer the scroll; read in the page in one call.
      const overflows = await page.evaluate(async () => {
        const found: string[] = [];
        for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
          window.scrollTo(0, y);
          await new Promise((ok) => requestAnimationFrame(ok));
          const overflow = document.documentElement.scrollWidth - window.innerWidth;
          if (overflow > 0) found.push(`${overflow} px at scroll ${y}`);
        }
        return found;
      });
      expect(overflows, 'sideways overflow').toEqual([]);
    });

    // Every block on the page, found from the page (two blocks may show the same chart).
    test('in every block, the chart stays put and keeps its size while steps pass, and never covers step text', async ({ page }) => {
      await page.goto('./');
      const blocks = await page.$$eval('[data-scrolly]', (els) => els.map((e) => [...e.querySelectorAll<HTMLElement>('[data-step]')].map((s) => ({ id: s.id, state: s.dataset.step! }))));
      expect(blocks.length).toBeGreaterThan(1);
      for (const [b, steps] of blocks.entries()) {
        const block = page.locator('[data-scrolly]').nth(b);
        // The pinned part: on phones the chart's canvas (its head and links scroll away), on desktops the whole graphic.
        const canvas = block.locator('[data-chart] .chart__canvas');
        let pinned: { y: number; height: number } | undefined;
        for (const step of steps) {
          await scrollToStep(page, step.id);
          await expect.poll(() => block.locator('[data-chart]').getAttribute('data-state')).toBe(step.state);
          const box = (await canvas.boundingBox())!;
          pinned ??= box;
          expect(Math.abs(box.y - pinned.y), `chart moved at ${step.id}`).toBeLessThanOrEqual(1);
          expect(Math.abs(box.height - pinned.height), `chart resized at ${step.id}`).toBeLessThanOrEqual(1);
          // Every line of the active step's text is the topmost thing where it is drawn.
          const covered = await page.evaluate((id) => {
            const box = document.querySelector(`#${CSS.escape(id)} .step__box`)!;
            const r = box.getBoundingClientRect();
            const points: [number, number][] = [];
            for (let y = Math.max(r.top + 4, 0); y < Math.min(r.bottom - 4, window.innerHeight); y += 12) {
              for (const x of [r.left + 6, (r.left + r.right) / 2, r.right - 6]) points.push([x, y]);
            }
            return points.filter(([x, y]) => !box.contains(document.elementFromPoint(x, y))).length;
          }, step.id);
          expect(covered, `step ${step.id} covered`).toBe(0);
        }
      }
    });
  });
}
