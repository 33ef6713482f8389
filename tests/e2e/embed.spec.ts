// Every chart embeds on its own: embed pages, auto-height in a host on another origin (pym.js,
// our oEmbed snippet, two charts at once), oEmbed, CSV and PNG downloads, and hostile query strings.
import { expect, test, type Page } from '@playwright/test';
import { startHost, hostPage, expectFitted, frameHeights, type Host } from './helpers/host';
import { parseCsv } from './helpers/csv';
import { trackErrors, visibleSeries } from './helpers/story';
import { charts, expectSettled } from './helpers/registry';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const listedSources = (JSON.parse(readFileSync(join(process.cwd(), 'content', 'data', 'sources.json'), 'utf8')) as { sources: { publisher: string; date: string }[] }).sources;
let host: Host;

test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.close();
});

const statesOf = async (page: Page, chart: string) =>
  page.$$eval('[data-show-state]', (bs) => bs.map((b) => (b as HTMLElement).dataset.showState!));

for (const { id: chart, states: chartStates } of charts) {
  test(`${chart}: the embed page draws the chart with title, source, story link and CSV link`, async ({ page }) => {
    const errors = trackErrors(page);
    await page.goto(`./embed/${chart}/`);
    const root = page.locator(`[data-chart="${chart}"]`);
    await expect(root).toHaveCount(1);
    expect(Object.values(await visibleSeries(page, chart)).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    await expect(root.locator('.chart__title')).not.toBeEmpty();
    await expect(root.locator('.chart__source:visible')).toContainText('Source:');
    const story = page.getByRole('link', { name: 'Read the story' });
    await expect(story).toHaveAttribute('target', '_top');
    // It opens the story at the step that shows the embed's current state, and follows the switcher.
    const state = await root.getAttribute('data-state');
    await expect(story).toHaveAttribute('href', new RegExp(`#${chart}--${state}$`));
    const last = page.locator('[data-show-state]').last();
    await last.click();
    await expect(story).toHaveAttribute('href', new RegExp(`#${chart}--${await last.getAttribute('data-show-state')}$`));
    await expect(page.getByRole('link', { name: /CSV/ })).toHaveAttribute('href', new RegExp(`data/${chart}\\.csv$`));
    // No sticky, no page margin; opened on its own it scrolls where it is taller than the window
    // (a host that sizes the frame turns scrolling off: tests/e2e/outline-embeds.spec.ts).
    const layout = await page.evaluate(() => ({
      sticky: [...document.querySelectorAll('*')].some((e) => getComputedStyle(e).position === 'sticky'),
      margin: getComputedStyle(document.body).margin,
      overflow: getComputedStyle(document.documentElement).overflow,
    }));
    expect(layout).toEqual({ sticky: false, margin: '0px', overflow: 'auto' });
    expect(errors).toEqual([]);
  });

  test(`${chart}: ?state= shows each known state, and the switcher works from the keyboard`, async ({ page }) => {
    await page.goto(`./embed/${chart}/`);
    const states = await statesOf(page, chart);
    expect(states).toEqual(chartStates);
    expect(states.length).toBeGreaterThanOrEqual(2);
    for (const state of states) {
      await page.goto(`./embed/${chart}/?state=${state}`);
      await expect(page.locator(`[data-chart="${chart}"]`)).toHaveAttribute('data-state', state);
      await expect(page.locator(`[data-show-state="${state}"]`)).toHaveAttribute('aria-pressed', 'true');
    }
    await page.goto(`./embed/${chart}/`);
    // The switcher appears once the embed's script has wired it up; a reader can only use it then.
    await expect(page.locator('[data-state-switcher]')).toBeVisible();
    // The last two buttons: Enter on the last, then Shift+Tab back and Space (one of the two is a change).
    await page.locator(`[data-show-state="${states.at(-1)}"]`).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator(`[data-chart="${chart}"]`)).toHaveAttribute('data-state', states.at(-1)!);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expect(page.locator(`[data-chart="${chart}"]`)).toHaveAttribute('data-state', states.at(-2)!);
  });

  test(`${chart}: the oEmbed response is valid oEmbed 1.0 "rich", and the embed page links it`, async ({ request }) => {
    // The link is in the page as served (a consumer reads it from the HTML, running nothing).
    const page = await (await request.get(`./embed/${chart}/`)).text();
    const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(page)?.[1];
    expect(href).toMatch(new RegExp(`^https?://[^/]+/.*oembed/${chart}\\.json$`));
    const res = await request.get(`./oembed/${chart}.json`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/json');
    const o = await res.json();
    expect(o.version).toBe('1.0');
    expect(o.type).toBe('rich');
    for (const k of ['html', 'title', 'provider_name', 'provider_url', 'thumbnail_url']) expect(typeof o[k], k).toBe('string');
    for (const k of ['width', 'height', 'thumbnail_width', 'thumbnail_height']) expect(Number.isInteger(o[k]) && o[k] > 0, k).toBe(true);
    expect(o.html).toMatch(/^<iframe [^>]*src="https?:\/\/[^"]+\/embed\/[^"]+"[^>]*><\/iframe><script src="https?:\/\/[^"]+\/embed\.js" async><\/script>$/);
    expect(o.html).toContain(`title="`);
    expect(o.html).toContain('loading="lazy"');
    expect(o.html).toContain(`height="${o.height}"`);
    expect(o.thumbnail_url).toMatch(new RegExp(`/images/plain/${chart}\\.light@2x\\.png$`));
  });

  test(`${chart}: the PNG image exists at the size oEmbed announces`, async ({ request }) => {
    const o = await (await request.get(`./oembed/${chart}.json`)).json();
    const res = await request.get(new URL(o.thumbnail_url).pathname.replace(/^\//, './'));
    expect(res.status()).toBe(200);
    const png = await res.body();
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(o.thumbnail_width);
    expect(png.readUInt32BE(20)).toBe(o.thumbnail_height);
  });

  test(`${chart}: with JavaScript off the embed still shows the chart and its table`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(`./embed/${chart}/?state=${chartStates.at(-1)}`);
    const root = page.locator(`[data-chart="${chart}"]`);
    await expect(root.locator('.chart__canvas svg rect[data-series]').first()).toBeVisible();
    expect(await root.locator('table tbody tr').count()).toBeGreaterThan(2);
    await expect(page.locator('[data-state-switcher]')).toBeHidden();
    // The drawing for a wide frame, and no phone picture beside it.
    const narrow = root.locator('.chart__canvas img.chart__narrow');
    await expect(narrow).toBeHidden();
    // In a phone-wide frame, even the narrowest, the chart drawn for that width, shown at its size or
    // larger (labels at their drawn size), in place of the desktop drawing scaled down.
    await page.setViewportSize({ width: 320, height: 568 });
    await expect(root.locator('.chart__canvas svg[data-chart-svg]')).toBeHidden();
    await expect(narrow).toBeVisible();
    const shown = await narrow.evaluate((img: HTMLImageElement) => {
      const r = img.getBoundingClientRect();
      return { scale: Math.min(r.width / img.naturalWidth, r.height / img.naturalHeight), natural: img.naturalWidth, fit: getComputedStyle(img).objectFit };
    });
    expect(shown.natural, 'the picture loaded').toBeGreaterThan(0);
    expect(shown.fit).toBe('contain');
    expect(shown.scale, 'not scaled down').toBeGreaterThanOrEqual(1);
    // It is the chart's image now, named with the state's description (the one the drawing carries).
    const desc = (await root.locator('.chart__canvas svg desc').textContent())!.trim();
    await expect(root.getByRole('img', { name: desc, exact: true })).toBeVisible();
    const file = await page.request.get(new URL((await narrow.getAttribute('src'))!, page.url()).href);
    expect(await file.text()).toContain('data-series');
    await context.close();
  });

  test(`${chart}: the CSV parses back to the chart's own table as the embed page shows it, with a listed source on every row`, async ({ page, request }) => {
    const res = await request.get(`./data/${chart}.csv`);
    expect(res.headers()['content-type']).toContain('text/csv');
    const [head, ...rows] = parseCsv(await res.text());
    expect(head!.every((h) => /^[a-z0-9_]+$/.test(h)), `column names: ${head!.join(', ')}`).toBe(true);
    expect(new Set(head).size, 'unique column names').toBe(head!.length);
    const source = head!.indexOf('source');
    expect(source, 'a source column').toBeGreaterThan(-1);
    expect(rows.length).toBeGreaterThan(0);
    for (const [i, r] of rows.entries()) {
      expect(r, `row ${i + 1}: one field per column`).toHaveLength(head!.length);
      // The citation of a source that sources.json lists: its publisher, then its date.
      expect(listedSources.some((s) => r[source]!.startsWith(s.publisher) && r[source]!.includes(s.date)), `row ${i + 1}: source "${r[source]}"`).toBe(true);
    }
    // Each row of the table the embed shows is in the CSV (it shares a value with a record), and every
    // whole number the table shows is one of the CSV's.
    await page.goto(`./embed/${chart}/`);
    const table = await page.locator(`[data-chart="${chart}"] table tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));
    expect(table.length).toBeGreaterThan(0);
    const cells = new Set(rows.flat());
    for (const row of table) {
      expect(row.some((c) => c !== '' && cells.has(c)), `table row "${row.join(' | ')}" in the CSV`).toBe(true);
      for (const c of row.filter((x) => /^\d+$/.test(x))) expect(cells.has(c), `${c} of table row "${row.join(' | ')}" in the CSV`).toBe(true);
    }
  });
}

const hostile = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', 'javascript:alert(1)', '', '__proto__', 'constructor', '%00'];

test('unknown and hostile ?state, ?theme and childId fall back, open no dialog and inject nothing', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  const [first, last] = [charts[0]!, charts.at(-1)!];
  for (const bad of hostile) {
    const q = new URLSearchParams({ state: bad, theme: bad, childId: bad }).toString();
    await page.goto(`./embed/${first.id}/?${q}`);
    await expect(page.locator(`[data-chart="${first.id}"]`)).toHaveAttribute('data-state', first.defaultState);
    expect(await page.locator('body img, body script:not([type="application/json"]):not([type="module"]):not([src])').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.dataset.theme ?? 'auto')).toBe('auto');
    expect(await page.content()).not.toContain('onerror=alert');
  }
  await page.goto(`./embed/${last.id}/?state=nonsense&theme=dark`);
  await expect(page.locator(`[data-chart="${last.id}"]`)).toHaveAttribute('data-state', last.defaultState);
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(dialogs).toBe(0);
});

const heights = frameHeights;

test.describe('auto-height in a host page on another origin', () => {
  for (const width of [360, 1000]) {
    test(`pym.js Parent at ${width}px`, async ({ page, baseURL }) => {
      // A chart at a state other than its default, as a link from a host would ask for.
      const chart = charts.at(-1)!;
      const state = chart.states.find((s) => s !== chart.defaultState)!;
      await page.setViewportSize({ width, height: 900 });
      const url = host.page(
        `/pym-${width}.html`,
        hostPage(`<div id="chart"></div><script src="/pym.v1.min.js"></script><script>new pym.Parent('chart', '${baseURL}embed/${chart.id}/?state=${state}', {});</script>`),
      );
      await page.goto(url);
      await expectFitted(page, '#chart iframe', 1);
      const frame = page.frameLocator('#chart iframe');
      await expect(frame.locator(`[data-chart="${chart.id}"]`)).toHaveAttribute('data-state', state);
      await page.setViewportSize({ width: width === 360 ? 1000 : 360, height: 900 });
      await expectFitted(page, '#chart iframe', 1);
    });

    test(`our oEmbed snippet, two charts on one page, at ${width}px`, async ({ page, request }) => {
      await page.setViewportSize({ width, height: 900 });
      const [ca, cb] = [charts[0]!, charts[1]!];
      const a = (await (await request.get(`./oembed/${ca.id}.json`)).json()).html as string;
      const b = (await (await request.get(`./oembed/${cb.id}.json`)).json()).html as string;
      // The snippet carries SITE_URL's origin; in the test the site is served from the test server.
      const rebase = (html: string) => html.replace(/https?:\/\/[^/"]+\//g, `${new URL(test.info().project.use.baseURL!).origin}/`);
      const url = host.page(`/snippet-${width}.html`, hostPage(`${rebase(a)}<p>Between the charts.</p>${rebase(b)}`));
      await page.goto(url);
      await expectFitted(page, 'iframe[data-launch-contest-embed]', 2);
      const before = await heights(page, 'iframe[data-launch-contest-embed]');
      await page.setViewportSize({ width: width === 360 ? 1000 : 360, height: 900 });
      await expectFitted(page, 'iframe[data-launch-contest-embed]', 2);
      const after = await heights(page, 'iframe[data-launch-contest-embed]');
      expect(after[0]!.outer).not.toBe(before[0]!.outer);
      // A state change inside the embed re-sizes it too.
      const frame = page.frameLocator(`iframe[data-launch-contest-embed="${ca.id}"]`);
      const state = ca.states.find((s) => s !== ca.defaultState)!;
      await frame.locator(`[data-show-state="${state}"]`).click();
      await expectSettled(frame.locator('[data-chart]'), state);
      await expectFitted(page, 'iframe[data-launch-contest-embed]', 2);
    });
  }

  test('the loader ignores height messages from any other origin', async ({ page, baseURL }) => {
    const siteOrigin = new URL(baseURL!).origin;
    const chart = charts[0]!.id;
    // A frame on the host's own origin (not the site's) impersonates a chart and asks for 1234px.
    host.page('/impostor.html', `<!doctype html><title>x</title><script>parent.postMessage({type:'launch-contest:height',chart:${JSON.stringify(chart)},height:1234},'*')</script>`);
    const url = host.page(
      '/impostor-host.html',
      hostPage(
        `<iframe id="fake" src="/impostor.html" title="impostor" height="200" data-launch-contest-embed="${chart}"></iframe>` +
          `<script src="${siteOrigin}${new URL(baseURL!).pathname}embed.js" async></script>`,
      ),
    );
    await page.goto(url);
    // The loader is running once it has registered itself; a listener added after it hears each
    // message after the loader has handled it.
    await page.waitForFunction((origin) => !!(window as unknown as { __launchContestLoaders?: Record<string, unknown> }).__launchContestLoaders?.[origin], siteOrigin);
    await page.evaluate(() => {
      const w = window as unknown as { __heard: number };
      w.__heard = 0;
      addEventListener('message', (e) => {
        if ((e.data as { type?: string })?.type === 'launch-contest:height') w.__heard++;
      });
    });
    const heard = () => page.evaluate(() => (window as unknown as { __heard: number }).__heard);
    const before = (await page.locator('#fake').boundingBox())!.height;
    expect(before).toBeLessThan(300);
    // The impostor asks again, now that the loader listens.
    await page.evaluate(() => (document.getElementById('fake') as HTMLIFrameElement).contentWindow!.location.reload());
    await expect.poll(heard).toBe(1);
    // A message posted straight from the host window is ignored as well.
    await page.evaluate((id) => window.postMessage({ type: 'launch-contest:height', chart: id, height: 999 }, '*'), chart);
    await expect.poll(heard).toBe(2);
    expect((await page.locator('#fake').boundingBox())!.height).toBe(before);
    expect(await page.locator('#fake').evaluate((f) => (f as HTMLElement).style.height)).toBe('');
  });
});
