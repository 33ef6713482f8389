// An embed page on a phone paints once: what its script adds (the state switcher, the keys' guide)
// keeps its room from the first paint, and the web fonts' arrival moves nothing. It measures set
// type, so it runs in the full Chromium (playwright.config.ts), as fonts.spec.ts does: the headless
// shell matches the metric-matched fallback faces' local() fonts differently, and a swap there,
// when a busy machine paints before the fonts arrive, shifts lines that do not move for readers.
import { expect, test } from '@playwright/test';
import { charts, expectSettled } from './helpers/registry';

test('on a phone, each embed page loads with nothing moving: what its script adds keeps its room from the first paint', async ({ page }) => {
  // The switcher and the keys' guide appear once the script has wired them; on a 412 px phone the
  // links, table and source below them are on the first screen, and used to jump 50 px (CLS 0.037).
  await page.setViewportSize({ width: 412, height: 823 });
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: { value: number; nodes: string[] }; __shiftFlush: () => { value: number; nodes: string[] } };
    w.__shift = { value: 0, nodes: [] };
    const add = (entries: PerformanceEntryList) => {
      for (const e of entries as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
        w.__shift.value += e.value;
        for (const s of e.sources) w.__shift.nodes.push((s.node as Element | undefined)?.className?.toString() ?? '?');
      }
    };
    const observer = new PerformanceObserver((list) => add(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    // Entries not yet handed to the callback are taken when the test reads the total.
    w.__shiftFlush = () => {
      add(observer.takeRecords());
      return w.__shift;
    };
  });
  for (const { id } of charts) {
    await page.goto(`./embed/${id}/`);
    await expect(page.locator('[data-state-switcher]')).toBeVisible();
    await expect(page.locator('[data-walk-howto]')).toBeVisible();
    await expectSettled(page.locator('[data-chart]'));
    await page.evaluate(() => document.fonts.ready.then(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)))));
    const shift = await page.evaluate(() => (window as unknown as { __shiftFlush: () => { value: number; nodes: string[] } }).__shiftFlush());
    expect(shift.value, `${id}: ${shift.nodes.join(', ')}`).toBeLessThan(0.001);
  }
});
