// New Glenn can be seen: at every step whose chart draws New Glenn's flights beside Falcon's
// launches, each flight is a mark at least 8 px on its shorter side as the reader's browser draws
// it, on a phone (375×667) and on a desktop, inside the chart's canvas and apart from the bars.
// The chart is found by its series, the steps by walking the page: no chart or state is named.
import { expect, test } from '@playwright/test';
import { scrollToStep } from './helpers/story';

const SERIES = 'new-glenn';

test.use({ reducedMotion: 'reduce' });

for (const viewport of [
  { width: 375, height: 667 },
  { width: 1280, height: 800 },
]) {
  test(`every New Glenn flight is a mark at least 8 px a side at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('./');
    // The blocks whose chart has New Glenn in its data (any state), and their steps.
    const steps = await page.$$eval('[data-scrolly] [data-step]', (els) =>
      els.map((e) => ({ id: e.id, state: (e as HTMLElement).dataset.step!, block: e.closest<HTMLElement>('[data-scrolly]')!.id })),
    );
    let measured = 0;
    let comparing = 0;
    for (const step of steps) {
      await scrollToStep(page, step.id);
      const chart = page.locator(`#${step.block} [data-chart]`);
      await expect(chart).toHaveAttribute('data-state', step.state);
      const boxes = () =>
        chart.evaluate((root, series) => {
          const canvas = root.querySelector('.chart__canvas svg')!.getBoundingClientRect();
          const rects = [...root.querySelectorAll<SVGGraphicsElement>('.chart__canvas svg [data-series]')].filter((m) => Number(m.getAttribute('opacity') ?? '1') > 0);
          const box = (m: Element) => {
            const r = m.getBoundingClientRect();
            return { key: m.getAttribute('data-key')!, value: m.getAttribute('data-value'), x: r.x, y: r.y, width: r.width, height: r.height };
          };
          return {
            canvas: { x: canvas.x, y: canvas.y, width: canvas.width, height: canvas.height },
            ours: rects.filter((m) => m.getAttribute('data-series') === series).map(box),
            others: rects.filter((m) => m.getAttribute('data-series') !== series).map(box),
          };
        }, SERIES);
      const first = await boxes();
      if (first.ours.length === 0) continue;
      comparing += 1;
      // Motion is reduced, but the chart may still be redrawing at its canvas's size: wait for the marks.
      await expect.poll(async () => Math.min(...(await boxes()).ours.map((m) => Math.min(m.width, m.height))), step.id).toBeGreaterThanOrEqual(8);
      const { canvas, ours, others } = await boxes();
      expect(others.length, `${step.id}: New Glenn is shown beside Falcon`).toBeGreaterThan(0);
      for (const m of ours) {
        const at = `${step.id} ${m.key}: ${m.width.toFixed(1)}×${m.height.toFixed(1)} px`;
        expect(Math.min(m.width, m.height), at).toBeGreaterThanOrEqual(8);
        expect(m.value, at).toBe('1');
        expect(m.x >= canvas.x - 0.5 && m.y >= canvas.y - 0.5 && m.x + m.width <= canvas.x + canvas.width + 0.5 && m.y + m.height <= canvas.y + canvas.height + 0.5, `${at} inside the canvas`).toBe(true);
        for (const o of [...others, ...ours.filter((x) => x !== m)]) {
          const apart = m.x + m.width <= o.x + 0.5 || o.x + o.width <= m.x + 0.5 || m.y + m.height <= o.y + 0.5 || o.y + o.height <= m.y + 0.5;
          expect(apart, `${at} apart from ${o.key}`).toBe(true);
        }
        measured += 1;
      }
    }
    expect(comparing, 'steps whose chart shows New Glenn').toBeGreaterThanOrEqual(1);
    expect(measured).toBeGreaterThanOrEqual(comparing);
  });
}
