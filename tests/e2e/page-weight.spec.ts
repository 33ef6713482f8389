// The story's HTML stays light (issue 19): a size check on the page as served, not a timing.
// The budgets sit a little above today's figures, so a change that puts weight back fails here:
// 165 KB / 27.2 KB gzip / 1,624 elements before the embed panels, chart data and print rules left
// the page; 121 KB / 22.7 KB / 1,400 after; 141 KB / 25.5 KB / 1,442 once issue 18 added each step's
// narration, the Sources buttons and the tables' sort keys; 99.8 KB / 20.3 KB / 1,108 once sort keys,
// step tools and step buttons came from the script, the charts stood as pictures until drawn and a
// figure was its link alone; 88.2 KB / 18.1 KB / 1,109 once the rules below the first screen moved to a
// stylesheet linked at the end of <body> (first-screen.spec checks the first screen does without it);
// 74.9 KB / 15.1 KB / 939 once the source list became a page of its own (sources/); 65.9 KB /
// 13.9 KB / 539 once the data tables became a file the charts fetch after load; 65.7 KB / 13.8 KB
// (14,119 bytes) / 545 once the shell kept only the first screen's target sizes. The gzip budget is
// now the target itself.
// The targets are 100 KB / 14 KB / 1,200.
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { blocksContent, stylesheetLinks } from './helpers/stylesheets';

const BUDGET = { raw: 72 * 1024, gzip: 14 * 1024, elements: 600 };

test('the story\u2019s HTML stays within its byte and element budget, and nothing but it blocks the first paint', async ({ request, browser }) => {
  const res = await request.get('./');
  expect(res.status()).toBe(200);
  const body = await res.body();
  const gzip = gzipSync(body, { level: 9 }).length;
  test.info().annotations.push({ type: 'story HTML', description: `${body.length} B raw, ${gzip} B gzip` });
  expect(body.length).toBeLessThanOrEqual(BUDGET.raw);
  expect(gzip).toBeLessThanOrEqual(BUDGET.gzip);

  // Elements as the document is parsed, before any script adds to it (scripts off).
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  const counts = await page.evaluate(() => ({
    elements: document.querySelectorAll('*').length,
    // the embed panels carry no code until opened; the charts no data
    textareas: document.querySelectorAll('textarea').length,
    dataIslands: [...document.querySelectorAll('script[data-chart-data]')].filter((s) => (s.textContent ?? '').trim()).length,
    // render-blocking: classic scripts in <head> (stylesheets are read below)
    blockingScripts: [...document.head.querySelectorAll('script[src]')].filter((s) => s.getAttribute('type') !== 'module' && !s.hasAttribute('async') && !s.hasAttribute('defer')).length,
    headlineBeforeScripts: (() => {
      const h1 = document.querySelector('h1');
      const first = document.querySelector('script[src], script[type="module"]');
      return !!h1 && (!first || !!(h1.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) || first.getAttribute('type') === 'module');
    })(),
  }));
  const links = await page.evaluate(stylesheetLinks);
  await context.close();
  test.info().annotations.push({ type: 'story elements', description: String(counts.elements) });
  expect(counts.elements).toBeLessThanOrEqual(BUDGET.elements);
  expect(counts).toMatchObject({ textareas: 0, dataIslands: 0, blockingScripts: 0, headlineBeforeScripts: true });
  // No stylesheet holds back a paint: none in <head>, none with content after it. The one for the
  // screen in <body> (the deferred rules) is fetched at low priority: the first paint does not need it.
  expect(links.filter(blocksContent).map((l) => l.href)).toEqual([]);
  expect(links.filter((l) => l.media !== 'print').map((l) => l.fetchpriority)).toEqual(['low']);
});

test('the story\u2019s chart data and data tables are files of their own, cached for good and fetched once per chart', async ({ page }) => {
  const fetched: string[] = [];
  const tables: string[] = [];
  page.on('response', (r) => {
    if (/\/chart-data\/[^/]*\.tables\.[^/]*$/.test(r.url())) tables.push(r.url());
    else if (/\/chart-data\//.test(r.url())) fetched.push(r.url());
  });
  await page.goto('./');
  const charts = page.locator('[data-chart]');
  const n = await charts.count();
  // Each fetches its data as it nears the screen.
  for (let i = 0; i < n; i++) {
    await charts.nth(i).scrollIntoViewIfNeeded();
    await expect(charts.nth(i)).toHaveAttribute('data-settled', 'true');
  }
  await expect(page.locator('[data-table-slot]')).toHaveCount(0);
  const distinct = new Set(await charts.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.chart)));
  for (const [what, urls, name] of [
    ['data', fetched, /\/chart-data\/[a-z0-9-]+\.[0-9a-f]{10}\.json$/],
    ['tables', tables, /\/chart-data\/[a-z0-9-]+\.tables\.[0-9a-f]{10}\.json$/],
  ] as const) {
    expect(urls.length, what).toBe(distinct.size);
    expect(new Set(urls).size, what).toBe(urls.length);
    for (const url of urls) expect(url, what).toMatch(name);
    const res = await page.request.get(urls[0]!);
    expect(res.headers()['cache-control'], what).toContain('immutable');
  }
});
