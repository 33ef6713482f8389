// Cumulative layout shift while the story loads with every web font held back until the first paint
// in the fallback faces has happened, then released: what the swap to the web fonts moves.
import { expect, test, type Page } from '@playwright/test';

export async function shiftOverFontSwap(page: Page, preload: boolean): Promise<{ cls: number; fonts: number; sources: string[] }> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((ok) => (release = ok));
  let fontBytes = 0;
  await page.route('**/*.woff2', async (route) => {
    await held;
    const res = await route.fetch();
    fontBytes += (await res.body()).length;
    await route.fulfill({ response: res });
  });
  if (!preload) {
    // the same page without its font preloads: each font is found late, by the stylesheet
    // the story only (its address, or index.html), not the sources page the story fetches at idle
    const story = new URL(test.info().project.use.baseURL ?? 'http://localhost/').pathname;
    await page.route((url) => url.pathname === story || url.pathname === `${story}index.html`, async (route) => {
      const res = await route.fetch();
      const html = (await res.text()).replace(/<link rel="preload"[^>]*as="font"[^>]*>/g, '');
      await route.fulfill({ response: res, body: html });
    });
  }
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __shifted: string[] };
    w.__cls = 0;
    w.__shifted = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[]) {
        if (e.hadRecentInput) continue;
        w.__cls += e.value;
        for (const s of e.sources ?? []) {
          const el = s.node instanceof Element ? s.node : s.node?.parentElement;
          if (el) w.__shifted.push(`${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} ${e.value.toFixed(4)}`);
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  const frames = () => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await frames();
  const webFontsLoaded = () => page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded' && !/Fallback/.test(f.family)).length);
  expect(await webFontsLoaded()).toBe(0);
  release();
  await expect.poll(webFontsLoaded).toBe(2);
  await frames();
  return {
    cls: await page.evaluate(() => (window as unknown as { __cls: number }).__cls),
    fonts: fontBytes,
    sources: await page.evaluate(() => (window as unknown as { __shifted: string[] }).__shifted),
  };
}
