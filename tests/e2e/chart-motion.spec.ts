// A state change animates: marks that stay move through the values between where they were and
// where they go (d3-transition tweening numbers), in every chart's embed page, with motion allowed.
// Under reduced motion the same change lands in one step (reader.spec.ts, embed-scrolly.spec.ts).
import { expect, test } from '@playwright/test';
import { charts } from './helpers/registry';
import { scrollToStep, stepsOf, storyReady } from './helpers/story';

for (const chart of charts) {
  test(`${chart.id}: marks tween through in-between values when the state changes`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto(`embed/${chart.id}/`);
    const root = page.locator('[data-chart]');
    await expect(root).toHaveAttribute('data-settled', 'true');
    const buttons = page.locator('[data-show-state]');
    const count = await buttons.count();
    expect(count).toBeGreaterThan(1);
    // Every later state in turn, until one moves a mark that both states draw.
    let tweened = false;
    for (let i = 1; i < count && !tweened; i++) {
      tweened = await page.evaluate(async (index) => {
        const attrs = ['x', 'y', 'width', 'height', 'x1', 'x2', 'y1', 'y2', 'opacity'];
        const read = () =>
          new Map(
            [...document.querySelectorAll('[data-chart] svg [data-key]')].flatMap((el) =>
              attrs.filter((a) => el.hasAttribute(a)).map((a) => [`${el.getAttribute('data-key')} ${el.tagName} ${a}`, Number(el.getAttribute(a))] as const),
            ),
          );
        const before = read();
        const frames: Map<string, number>[] = [];
        (document.querySelectorAll('[data-show-state]')[index] as HTMLButtonElement).click();
        const root = document.querySelector<HTMLElement>('[data-chart]')!;
        // Sample each frame until the chart says it has settled.
        await new Promise<void>((done) => {
          const tick = () => {
            frames.push(read());
            if (root.dataset.settled === 'true' && frames.length > 1) done();
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        });
        const after = frames[frames.length - 1]!;
        // A value strictly between its start and its end, seen in some frame.
        return [...before].some(([k, a]) => {
          const b = after.get(k);
          if (b === undefined || Math.abs(b - a) < 0.1) return false;
          const margin = Math.abs(b - a) / 20;
          return frames.some((f) => {
            const v = f.get(k);
            return v !== undefined && v > Math.min(a, b) + margin && v < Math.max(a, b) - margin;
          });
        });
      }, i);
    }
    expect(tweened, 'some mark passed through an in-between value').toBe(true);
  });
}

// Motion only where it is seen (src/charts/client.ts): a story chart that the reader scrolls away from
// mid-transition stops animating at once, drawn at rest, so its frames do not cost the reader's next
// tap. Without that, it would tween on for the rest of its 700 ms (about 40 frames). Scrolling to the
// top also sets the block's first step again: the chart rests in that state.
test('a story chart scrolled away from mid-transition is put at rest at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  const chart = charts[0]!.id;
  const steps = await stepsOf(page, chart);
  const [first, next] = [steps[0]!, steps.find((s) => s.state !== steps[0]!.state)!];
  await scrollToStep(page, first.id);
  const root = page.locator(`[data-scrolly="${chart}"] [data-chart]`);
  await expect(root).toHaveAttribute('data-state', first.state);
  await expect(root).toHaveAttribute('data-settled', 'true');
  await scrollToStep(page, next.id);
  // In the page, so nothing waits between the steps: once the new state is under way, scroll to the top
  // and count the frames until the chart says it is at rest.
  const frames = await page.evaluate(
    (id) =>
      new Promise<number>((done) => {
        const el = document.querySelector<HTMLElement>(`[data-scrolly="${id}"] [data-chart]`)!;
        let n = 0;
        const away = () => {
          if (el.dataset.settled !== 'false') return requestAnimationFrame(away);
          window.scrollTo({ top: 0, behavior: 'instant' as ScrollBehavior });
          const tick = () => (el.dataset.settled === 'true' || n > 60 ? done(n) : (n++, requestAnimationFrame(tick)));
          requestAnimationFrame(tick);
        };
        away();
      }),
    chart,
  );
  expect(frames, 'frames from leaving the screen to rest').toBeLessThanOrEqual(4);
  // At rest means the marks are where the state puts them (the first step's, above the block): the
  // same as that state drawn without motion.
  const left = (await root.getAttribute('data-state'))!;
  const marks = () => root.locator('svg [data-key]').evaluateAll((els) => els.map((el) => `${el.getAttribute('data-key')} ${['x', 'y', 'width', 'height', 'opacity'].map((a) => el.getAttribute(a)).join(' ')}`));
  const atRest = await marks();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await scrollToStep(page, next.id);
  await expect(root).toHaveAttribute('data-state', next.state);
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' as ScrollBehavior }));
  await expect(root).toHaveAttribute('data-state', left);
  await expect(root).toHaveAttribute('data-settled', 'true');
  expect(atRest).toEqual(await marks());
});

// The same where the drawing is hidden while its figure is on screen: under the "Pictures" switch the
// scroll-driven chart's canvas is hidden (its heading and tables stay, and each step shows its own
// picture), and a step passed still sets the chart's state: drawn at rest, not tweened unseen.
test('under the "Pictures" switch, a state set while the figure is on screen is drawn at rest, not tweened unseen', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  await storyReady(page);
  await page.locator('[data-layout-toggle]').click();
  await expect(page.locator('html')).toHaveAttribute('data-layout', 'static');
  const chart = charts[0]!.id;
  const root = page.locator(`[data-scrolly="${chart}"] [data-chart]`);
  await root.evaluate((fig) => window.scrollTo({ top: fig.getBoundingClientRect().top + window.scrollY - 60, behavior: 'instant' as ScrollBehavior }));
  await expect(root).toHaveAttribute('data-settled', 'true');
  await expect(root.locator('.chart__canvas')).toBeHidden();
  // Scroll on a little at a time until the state changes; then count the frames until it is at rest.
  const seen = await root.evaluate(
    (fig: HTMLElement) =>
      new Promise<{ from: string; to: string; onScreen: boolean; frames: number }>((done) => {
        const from = fig.dataset.state!;
        const frame = () => new Promise((r) => requestAnimationFrame(r));
        void (async () => {
          for (let i = 0; i < 100 && fig.dataset.state === from; i++) {
            window.scrollBy({ top: 20, behavior: 'instant' as ScrollBehavior });
            await frame();
            await frame();
          }
          const onScreen = fig.getBoundingClientRect().bottom > 0;
          let frames = 0;
          while (fig.dataset.settled !== 'true' && frames < 60) {
            await frame();
            frames++;
          }
          done({ from, to: fig.dataset.state!, onScreen, frames });
        })();
      }),
  );
  expect(seen.to, 'the state changed').not.toBe(seen.from);
  expect(seen.onScreen, 'with the figure still on screen').toBe(true);
  expect(seen.frames, 'frames to rest').toBeLessThanOrEqual(4);
});
