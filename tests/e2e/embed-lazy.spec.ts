// What an embed loads before a reader touches it is all the bench counts against its budget: the
// keyboard walk and the tables' sort buttons come on the reader's first focus or press inside the
// chart, as a chunk of their own. Until then the chart is still one tab stop; keys pressed on it
// while the chunk is on its way still walk; the script embed's chunk comes from our origin, under a
// hashed name, cached for good and readable cross-origin.
import { join } from 'node:path';
import { expect, test, type Page, type Response } from '@playwright/test';
import { serve } from '../../scripts/serve.mjs';
import { SUB_BASE, subPathBuild } from './helpers/build';
import { startHost, type Host } from './helpers/host';
import { charts, expectSettled } from './helpers/registry';

let host: Host;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.close();
});

/** The scripts a page fetched, in order. */
function scriptsOf(page: Page): string[] {
  const urls: string[] = [];
  page.on('response', (r: Response) => {
    if (r.request().resourceType() === 'script') urls.push(r.url());
  });
  return urls;
}

/** data-walk of the focused element, inside the host's shadow root when there is one. */
const focusedWalk = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return (el as HTMLElement | null)?.dataset.walk ?? '';
  });

/** A host page on another origin with the script embed of `chart` from `base`. */
const hostWith = (chart: string, base: string) =>
  host.page(
    `/lazy-${chart}-${base.length}.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><main><h1>A host</h1>` +
      `<div id="slot" data-launch-contest-chart="${chart}"></div><script src="${base}embed.js" async></script></main></body></html>`,
  );

for (const chart of charts) {
  test(`${chart.id} script embed: walk and sorting load on the first touch, from a hashed, cacheable chunk`, async ({ page, baseURL }) => {
    const scripts = scriptsOf(page);
    const chunks: Response[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script' && !r.url().endsWith('/embed.js') && !r.url().includes('/chart/')) chunks.push(r);
    });
    await page.goto(hostWith(chart.id, baseURL!));
    const root = page.locator('#slot [data-chart][data-hydrated]');
    await expectSettled(root);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    // Drawn and untouched: the loader and the chart's module only; plain headers; one stop for the chart.
    expect(scripts.map((u) => new URL(u).pathname.replace(new URL(baseURL!).pathname, '/'))).toEqual(['/embed.js', `/chart/${chart.id}.js`]);
    await expect(root.locator('thead th').first()).toBeAttached();
    await expect(root.locator('.data-table__sort, [aria-sort], [data-sort-type]')).toHaveCount(0);
    const stop = root.locator('[data-walk="chart"]');
    await expect(stop).toHaveAttribute('tabindex', '0');
    await expect(stop).toHaveAccessibleName(new RegExp((await root.locator('.chart__title').textContent())!.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await expect(stop).toHaveAccessibleDescription(/press Down/);
    // Focus and Down while the chunk is held on its way: the key waits for the walk, then moves into
    // the chart's first group.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(`${baseURL}chart-chunks/**`, async (route) => {
      await held;
      await route.continue();
    });
    const requested = page.waitForRequest((r) => r.url().startsWith(`${baseURL}chart-chunks/`));
    await stop.focus();
    await requested;
    await page.keyboard.press('ArrowDown');
    expect(await focusedWalk(page), 'the walk has not come yet').toBe('chart');
    release();
    await expect.poll(() => focusedWalk(page)).toMatch(/^g-/);
    // One chunk, below our base, named by a hash, cached for good, readable from the host's origin.
    expect(chunks).toHaveLength(1);
    const chunk = chunks[0]!;
    expect(chunk.url().startsWith(`${baseURL}chart-chunks/`), chunk.url()).toBe(true);
    expect(chunk.url()).toMatch(/-[A-Z0-9]{8}\.js$/);
    expect(chunk.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(chunk.headers()['access-control-allow-origin']).toBe('*');
    // The tables sort now: every sortable header has its button.
    await expect(root.locator('thead th[data-sort-type] > button.data-table__sort').first()).toBeAttached();
    expect(await root.locator('thead th[data-sort-type] > button.data-table__sort').count()).toBe(await root.locator('thead th').count());
  });
}

test('iframe embed pages: the walk and sorting are a later script, fetched on the first touch', async ({ page }) => {
  for (const chart of charts) {
    const scripts = scriptsOf(page);
    await page.goto(`./embed/${chart.id}/`);
    const root = page.locator('[data-chart]');
    await expectSettled(root);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(root.locator('.data-table__sort, [aria-sort]')).toHaveCount(0);
    const before = scripts.length;
    await page.keyboard.press('Tab');
    expect(await focusedWalk(page), 'the first Tab stop is the chart').toBe('chart');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedWalk(page)).toMatch(/^g-/);
    expect(scripts.length, 'one more script once touched').toBe(before + 1);
    await expect(root.locator('thead th[data-sort-type] > button.data-table__sort').first()).toBeAttached();
    page.removeAllListeners('response');
  }
});

test('built for a sub-path, the script embed’s chunk comes from below the base, and walks', async ({ page }) => {
  test.setTimeout(180_000);
  const build = subPathBuild();
  expect(build.status, build.output).toBe(0);
  const server = await serve({ root: join(build.dir, 'dist'), base: SUB_BASE, port: 0 });
  try {
    const chart = charts[0]!.id;
    const chunk = page.waitForResponse((r) => r.url().includes('/chart-chunks/'));
    await page.goto(hostWith(chart, server.url));
    const root = page.locator('#slot [data-chart][data-hydrated]');
    await expectSettled(root);
    await root.locator('[data-walk="chart"]').focus();
    const res = await chunk;
    expect(res.url().startsWith(`${server.url}chart-chunks/`), res.url()).toBe(true);
    expect(res.status()).toBe(200);
    expect(res.headers()['access-control-allow-origin']).toBe('*');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedWalk(page)).toMatch(/^g-/);
  } finally {
    await server.close();
  }
});

test('a story chart reached by keyboard before it was drawn takes the keys pressed at once, and they do not scroll the page', async ({ page }) => {
  // Far down the story, the last block's chart is still its picture: no data, no walk. The reader
  // focuses it and presses Down before either has come.
  await page.goto('./');
  const root = page.locator('[data-scrolly] [data-chart]').last();
  await expect(root.locator('[data-chart-picture]')).toHaveCount(1);
  const stop = root.locator('[data-walk="chart"]');
  await stop.focus();
  const at = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('ArrowDown');
  // Once the chart is drawn and the walk has come, the key has taken the reader into the first group.
  await expect.poll(() => focusedWalk(page)).toMatch(/^g-/);
  await expectSettled(root);
  expect(await page.evaluate(() => window.scrollY), 'the key did not scroll the page').toBe(at);
});
