// Every chart embeds on its own: embed pages, auto-height in a host on another origin (pym.js,
// our oEmbed snippet, two charts at once), oEmbed, CSV and PNG downloads, and hostile query strings.
import { expect, test, type Page } from '@playwright/test';
import { startHost, hostPage, expectFitted, frameHeights, type Host } from './helpers/host';
import { parseCsv } from './helpers/csv';
import { falcon, newGlenn, nssl, trackErrors, visibleSeries } from './helpers/story';

const charts = ['mission-split', 'launch-cadence'];
let host: Host;

test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.close();
});

const statesOf = async (page: Page, chart: string) =>
  page.$$eval('[data-show-state]', (bs) => bs.map((b) => (b as HTMLElement).dataset.showState!));

for (const chart of charts) {
  test(`${chart}: the embed page draws the chart with title, source, story link and CSV link`, async ({ page }) => {
    const errors = trackErrors(page);
    await page.goto(`./embed/${chart}/`);
    const root = page.locator(`[data-chart="${chart}"]`);
    await expect(root).toHaveCount(1);
    expect(Object.values(await visibleSeries(page, chart)).reduce((a, b) => a + b, 0)).toBeGreaterThan(5);
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
    // No sticky, no scrollbars, no page margin.
    const layout = await page.evaluate(() => ({
      sticky: [...document.querySelectorAll('*')].some((e) => getComputedStyle(e).position === 'sticky'),
      margin: getComputedStyle(document.body).margin,
      overflow: getComputedStyle(document.documentElement).overflow,
    }));
    expect(layout).toEqual({ sticky: false, margin: '0px', overflow: 'hidden' });
    expect(errors).toEqual([]);
  });

  test(`${chart}: ?state= shows each known state, and the switcher works from the keyboard`, async ({ page }) => {
    await page.goto(`./embed/${chart}/`);
    const states = await statesOf(page, chart);
    expect(states.length).toBeGreaterThanOrEqual(6);
    for (const state of states) {
      await page.goto(`./embed/${chart}/?state=${state}`);
      await expect(page.locator(`[data-chart="${chart}"]`)).toHaveAttribute('data-state', state);
      await expect(page.locator(`[data-show-state="${state}"]`)).toHaveAttribute('aria-pressed', 'true');
    }
    await page.goto(`./embed/${chart}/`);
    // The switcher appears once the embed's script has wired it up; a reader can only use it then.
    await expect(page.locator('[data-state-switcher]')).toBeVisible();
    await page.locator(`[data-show-state="${states[2]}"]`).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator(`[data-chart="${chart}"]`)).toHaveAttribute('data-state', states[2]!);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(page.locator(`[data-chart="${chart}"]`)).toHaveAttribute('data-state', states[3]!);
  });

  test(`${chart}: the oEmbed response is valid oEmbed 1.0 "rich", and the embed page links it`, async ({ page, request, baseURL }) => {
    await page.goto(`./embed/${chart}/`);
    const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
    const href = (await link.getAttribute('href'))!;
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
    await page.goto(`./embed/${chart}/?state=value`);
    const root = page.locator(`[data-chart="${chart}"]`);
    await expect(root.locator('.chart__canvas svg rect[data-series]').first()).toBeVisible();
    expect(await root.locator('table tbody tr').count()).toBeGreaterThan(2);
    await expect(page.locator('[data-state-switcher]')).toBeHidden();
    await context.close();
  });
}

test('mission-split CSV parses back to the award in the data file', async ({ request }) => {
  const res = await request.get('./data/mission-split.csv');
  expect(res.headers()['content-type']).toContain('text/csv');
  const [head, ...rows] = parseCsv(await res.text());
  const col = (name: string) => head!.indexOf(name);
  expect(col('source')).toBeGreaterThan(-1);
  expect(rows).toHaveLength(nssl.providers.length);
  for (const p of nssl.providers) {
    const r = rows.find((x) => x[col('provider_id')] === p.id)!;
    expect(Number(r[col('missions')])).toBe(p.missions);
    expect(Number(r[col('value_usd_millions')])).toBe(p.valueUsdMillions);
    expect(r[col('source')]!.length).toBeGreaterThan(10);
  }
});

test('launch-cadence CSV parses back to the launch counts, the expectation and the flights', async ({ request }) => {
  const [head, ...rows] = parseCsv(await (await request.get('./data/launch-cadence.csv')).text());
  const col = (name: string) => head!.indexOf(name);
  for (const y of falcon.years) {
    const r = rows.find((x) => x[col('series')] === 'falcon' && x[col('year')] === String(y.year) && x[col('kind')]!.startsWith('count'))!;
    expect(Number(r[col('launches')])).toBe(y.launches);
  }
  const e = rows.find((x) => x[col('kind')] === 'expectation')!;
  expect(Number(e[col('launches')])).toBe(falcon.expectations[0]!.launches);
  expect(rows.filter((x) => x[col('series')] === 'new-glenn')).toHaveLength(newGlenn.flights.length);
  for (const r of rows) expect(r[col('source')]!.length).toBeGreaterThan(10);
});

const hostile = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', 'javascript:alert(1)', '', '__proto__', 'constructor', '%00'];

test('unknown and hostile ?state, ?theme and childId fall back, open no dialog and inject nothing', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  for (const bad of hostile) {
    const q = new URLSearchParams({ state: bad, theme: bad, childId: bad }).toString();
    await page.goto(`./embed/mission-split/?${q}`);
    await expect(page.locator('[data-chart="mission-split"]')).toHaveAttribute('data-state', 'award');
    expect(await page.locator('body img, body script:not([type="application/json"]):not([type="module"]):not([src])').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.dataset.theme ?? 'auto')).toBe('auto');
    expect(await page.content()).not.toContain('onerror=alert');
  }
  await page.goto('./embed/launch-cadence/?state=nonsense&theme=dark');
  await expect(page.locator('[data-chart="launch-cadence"]')).toHaveAttribute('data-state', 'early');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(dialogs).toBe(0);
});

const heights = frameHeights;

test.describe('auto-height in a host page on another origin', () => {
  for (const width of [360, 1000]) {
    test(`pym.js Parent at ${width}px`, async ({ page, baseURL }) => {
      await page.setViewportSize({ width, height: 900 });
      const url = host.page(
        `/pym-${width}.html`,
        hostPage(`<div id="chart"></div><script src="/pym.v1.min.js"></script><script>new pym.Parent('chart', '${baseURL}embed/launch-cadence/?state=record-2024', {});</script>`),
      );
      await page.goto(url);
      await expectFitted(page, '#chart iframe', 1);
      const frame = page.frameLocator('#chart iframe');
      await expect(frame.locator('[data-chart="launch-cadence"]')).toHaveAttribute('data-state', 'record-2024');
      await page.setViewportSize({ width: width === 360 ? 1000 : 360, height: 900 });
      await expectFitted(page, '#chart iframe', 1);
    });

    test(`our oEmbed snippet, two charts on one page, at ${width}px`, async ({ page, request }) => {
      await page.setViewportSize({ width, height: 900 });
      const a = (await (await request.get('./oembed/mission-split.json')).json()).html as string;
      const b = (await (await request.get('./oembed/launch-cadence.json')).json()).html as string;
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
      const frame = page.frameLocator('iframe[data-launch-contest-embed="mission-split"]');
      await frame.locator('[data-show-state="value"]').click();
      await expectFitted(page, 'iframe[data-launch-contest-embed]', 2);
    });
  }

  test('the loader ignores height messages from any other origin', async ({ page, baseURL }) => {
    const siteOrigin = new URL(baseURL!).origin;
    // A frame on the host's own origin (not the site's) impersonates a chart and asks for 1234px.
    host.page('/impostor.html', `<!doctype html><title>x</title><script>parent.postMessage({type:'launch-contest:height',chart:'mission-split',height:1234},'*')</script>`);
    const url = host.page(
      '/impostor-host.html',
      hostPage(
        `<iframe id="fake" src="/impostor.html" title="impostor" height="200" data-launch-contest-embed="mission-split"></iframe>` +
          `<script src="${siteOrigin}${new URL(baseURL!).pathname}embed.js" async></script>`,
      ),
    );
    await page.goto(url);
    await page.waitForTimeout(500);
    const before = (await page.locator('#fake').boundingBox())!.height;
    expect(before).toBeLessThan(300);
    await page.evaluate(() => (document.getElementById('fake') as HTMLIFrameElement).contentWindow!.location.reload());
    await page.waitForTimeout(500);
    // A message posted straight from the host window is ignored as well.
    await page.evaluate(() => window.postMessage({ type: 'launch-contest:height', chart: 'mission-split', height: 999 }, '*'));
    await page.waitForTimeout(300);
    expect((await page.locator('#fake').boundingBox())!.height).toBe(before);
    expect(await page.locator('#fake').evaluate((f) => (f as HTMLElement).style.height)).toBe('');
  });
});
