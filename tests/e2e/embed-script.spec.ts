// The script embed: <div data-launch-contest-chart> plus embed.js draws the chart in the host page
// itself (a shadow root, no iframe), on another origin; it resizes with its container, follows the
// host's marked paragraphs directly, becomes an iframe where the host's CSP blocks our module, and
// ignores attribute values that name no chart or state.
import { expect, test, type Page } from '@playwright/test';
import { startHost, expectFitted, type Host } from './helpers/host';

let host: Host;
let chart: string;
let states: string[];
test.beforeAll(async ({ request }) => {
  host = await startHost();
  // A chart and its states as the story declares them: the first block's chart and steps.
  const html = await (await request.get('./')).text();
  chart = /data-chart="([a-z0-9-]+)"/.exec(html)![1]!;
  states = [...html.matchAll(new RegExp(`data-step="([a-z0-9-]+)" id="${chart}--\\1"`, 'g'))].map((m) => m[1]!);
  expect(states.length).toBeGreaterThan(2);
});
test.afterAll(async () => {
  await host.close();
});

const page$ = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${head}` +
  `<title>Host</title><style>body{margin:0;padding:16px;font-family:Georgia,serif} .p{margin:0 0 60vh}</style></head><body><main><h1>A host page</h1>${body}</main></body></html>`;

const div = (baseURL: string, attrs: string) =>
  `<div id="slot" ${attrs}><a href="${baseURL}"><img src="${baseURL}images/${chart}.png" alt="The chart" width="600" height="400" style="max-width:100%;height:auto"></a></div>`;
const loader = (baseURL: string) => `<script src="${baseURL}embed.js" async></script>`;

/** The drawn chart inside the div's shadow root: its state and how many marks show. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('#slot')?.shadowRoot?.querySelector<HTMLElement>('[data-chart]');
    if (!root) return undefined;
    const marks = [...root.querySelectorAll('svg [data-series]')].filter((m) => Number(getComputedStyle(m).opacity) > 0);
    return { state: root.dataset.state, marks: marks.length, width: root.querySelector('svg')!.getBoundingClientRect().width };
  });

test('the script embed draws the chart in the host page, in the state asked for, with real text', async ({ page, baseURL }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(host.page('/script.html', page$(div(baseURL!, `data-launch-contest-chart="${chart}" data-state="${states[1]}"`) + loader(baseURL!))));
  await expect.poll(async () => (await drawn(page))?.state).toBe(states[1]);
  expect((await drawn(page))!.marks).toBeGreaterThan(0);
  // No iframe: the chart's title, source and table are text in the host's page.
  await expect(page.locator('iframe')).toHaveCount(0);
  await expect(page.locator('#slot .chart__title')).toHaveText(/\S/);
  await expect(page.locator('#slot .chart__source')).toContainText('Source:');
  await expect(page.locator('#slot table')).toHaveCount(1);
  // "Read the story" leads to our story at the step that shows this state.
  await expect(page.locator('#slot [data-story-link]')).toHaveAttribute('href', `${baseURL}#${chart}--${states[1]}`);
  await expect(page.locator('#slot a[download]')).toHaveAttribute('href', `${baseURL}data/${chart}.csv`);
  // The fallback image is not shown once the chart is drawn.
  await expect(page.locator('#slot > a img')).toBeHidden();
  expect(errors).toEqual([]);
});

test('it resizes with its container and takes the host font when asked', async ({ page, baseURL }) => {
  await page.goto(
    host.page('/sizes.html', page$(`<div id="box" style="width:320px">${div(baseURL!, `data-launch-contest-chart="${chart}" data-font="inherit"`)}</div>${loader(baseURL!)}`)),
  );
  await expect.poll(async () => (await drawn(page))?.marks ?? 0).toBeGreaterThan(0);
  const narrow = (await drawn(page))!.width;
  expect(narrow).toBeLessThanOrEqual(320);
  await page.locator('#box').evaluate((b) => ((b as HTMLElement).style.width = '900px'));
  await expect.poll(async () => (await drawn(page))!.width).toBeGreaterThan(800);
  const font = await page.locator('#slot .chart__title').evaluate((t) => getComputedStyle(t).fontFamily);
  expect(font).toMatch(/Georgia/);
});

test('host paragraphs drive the script embed directly, in order, both ways', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  const paras = states.map((s) => `<p class="p" data-chart-step="${chart}--${s}">About ${s}.</p>`).join('');
  await page.goto(host.page('/scrolly.html', page$(`<div>${div(baseURL!, `data-launch-contest-chart="${chart}"`)}${paras}<p class="p">After.</p></div>${loader(baseURL!)}`)));
  await expect.poll(async () => (await drawn(page))?.marks ?? 0).toBeGreaterThan(0);
  // Pinned at the top while its paragraphs pass.
  const order = [...states, ...[...states].reverse()];
  for (const s of order) {
    await page.locator(`[data-chart-step="${chart}--${s}"]`).evaluate((p) => p.scrollIntoView({ block: 'end' }));
    await page.evaluate(() => window.scrollBy(0, innerHeight * 0.2));
    await expect.poll(async () => (await drawn(page))!.state).toBe(s);
    const top = await page.locator('#slot').evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThanOrEqual(1);
  }
});

test('under a host CSP that blocks our module, the script embed becomes the iframe embed', async ({ page, baseURL }) => {
  const csp = `<meta http-equiv="Content-Security-Policy" content="script-src ${baseURL}embed.js">`;
  await page.goto(host.page('/csp.html', page$(div(baseURL!, `data-launch-contest-chart="${chart}" data-state="${states[2]}"`) + loader(baseURL!), csp)));
  const frame = page.locator(`#slot iframe[data-launch-contest-embed="${chart}"]`);
  await expect(frame).toHaveCount(1);
  await expect(frame).toHaveAttribute('src', `${baseURL}embed/${chart}/?state=${states[2]}`);
  await expectFitted(page, '#slot iframe', 1);
  await expect(page.frameLocator('#slot iframe').locator('[data-chart]')).toHaveAttribute('data-state', states[2]!);
});

test('a browser without light-dark() colours gets the iframe embed, whose page has the fallback palette', async ({ page, baseURL }) => {
  // Such a browser (before 2024) answers no to CSS.supports for light-dark(); nothing else differs.
  await page.addInitScript(() => {
    const supports = CSS.supports.bind(CSS);
    CSS.supports = ((...args: [string, string?]) => (args.join(' ').includes('light-dark') ? false : supports(...(args as [string, string])))) as typeof CSS.supports;
  });
  await page.goto(host.page('/old.html', page$(div(baseURL!, `data-launch-contest-chart="${chart}" data-state="${states[1]}"`) + loader(baseURL!))));
  const frame = page.locator(`#slot iframe[data-launch-contest-embed="${chart}"]`);
  await expect(frame).toHaveAttribute('src', `${baseURL}embed/${chart}/?state=${states[1]}`);
  expect(await page.evaluate(() => document.querySelector('#slot')!.shadowRoot)).toBeNull();
});

test('hostile attribute values do nothing: the fallback image stays, or the default state shows', async ({ page, baseURL }) => {
  for (const [i, attrs] of [
    `data-launch-contest-chart="&lt;img src=x onerror=alert(1)&gt;"`,
    `data-launch-contest-chart="no-such-chart"`,
    `data-launch-contest-chart="${chart.toUpperCase()}"`,
    `data-launch-contest-chart="../${chart}"`,
  ].entries()) {
    await page.goto(host.page(`/hostile-${i}.html`, page$(div(baseURL!, attrs) + loader(baseURL!))));
    await page.waitForFunction(() => (window as unknown as { __launchContestLoaders?: object }).__launchContestLoaders !== undefined);
    await expect(page.locator('#slot > a img')).toBeVisible();
    expect(await page.evaluate(() => document.querySelector('#slot')!.shadowRoot)).toBeNull();
    await expect(page.locator('iframe')).toHaveCount(0);
  }
  await page.goto(host.page('/hostile-state.html', page$(div(baseURL!, `data-launch-contest-chart="${chart}" data-state="&quot;&gt;&lt;script&gt;"`) + loader(baseURL!))));
  await expect.poll(async () => (await drawn(page))?.marks ?? 0).toBeGreaterThan(0);
  const shown = (await drawn(page))!.state;
  expect(states.concat(shown!)).toContain(shown);
  expect(shown).not.toMatch(/[<>"]/);
});

// Paper is white: a chart a host set in dark prints in the light palette, as every page of ours does
// (src/embed/inline/host-palette.ts: the host's theme attribute matches only through :host(...)).
test('a script embed in the dark theme prints in light colours', async ({ page, baseURL }) => {
  await page.goto(host.page('/script-dark.html', page$(div(baseURL!, `data-launch-contest-chart="${chart}" data-theme="dark"`) + loader(baseURL!))));
  await expect.poll(async () => (await drawn(page))?.state).toBeTruthy();
  const scheme = () =>
    page.evaluate(() => {
      const el = document.querySelector('#slot')!;
      const figure = el.shadowRoot!.querySelector('[data-chart]')!;
      return { host: el.getAttribute('data-theme'), scheme: getComputedStyle(el).colorScheme, fg: getComputedStyle(figure).color };
    });
  const screen = await scheme();
  expect(screen.host).toBe('dark');
  expect(screen.scheme).toBe('dark');
  await page.emulateMedia({ media: 'print' });
  const paper = await scheme();
  expect(paper.scheme).toBe('light');
  // the text colour is the light palette's (dark ink), not the dark theme's
  expect(paper.fg).not.toBe(screen.fg);
});
