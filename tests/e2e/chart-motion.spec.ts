// A state change animates: marks that stay move through the values between where they were and
// where they go (d3-transition tweening numbers), in every chart's embed page, with motion allowed.
// Under reduced motion the same change lands in one step (reader.spec.ts, embed-scrolly.spec.ts).
import { expect, test } from '@playwright/test';
import { charts } from './helpers/registry';

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
