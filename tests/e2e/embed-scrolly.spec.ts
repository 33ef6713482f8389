// Scrollytelling inside someone else's page: a host on another origin marks its own paragraphs with
// data-chart-step; our loader pins the chart and shows each paragraph's state as it passes the
// trigger line. And what must stay inert: state messages from anyone but the parent, unknown or
// malformed states, data-chart-step values naming nothing or carrying markup.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { startHost, hostPage, rebaseSnippet, type Host } from './helpers/host';

let host: Host;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.close();
});

const FRAME = 'iframe[data-launch-contest-embed]';
const MISSION = ['award', 'spacex', 'blue-origin', 'ula', 'value', 'per-mission'];
const CADENCE = ['early', 'climb', 'record-2024'];

/** A host article: an iframe for `chart`, then one marked paragraph per state, all inside one wrapper. */
function block(baseURL: string, chart: string, states: string[], extra = '') {
  const paragraphs = states
    .map((s) => `<p id="p-${chart}--${s}" data-chart-step="${chart}--${s}">The host's own words about ${s}. <a href="${baseURL}#${chart}--${s}">In the story</a>.</p>`)
    .join('');
  return (
    `<div class="scrolly"><iframe src="${baseURL}embed/${chart}/" title="${chart}" width="100%" height="620" style="border:0;width:100%" data-launch-contest-embed="${chart}"></iframe>` +
    `${paragraphs}${extra}</div>`
  );
}
const style = `<style>.scrolly p{margin:0 0 60vh;padding:8px;background:#eee}.scrolly{padding-bottom:40vh}</style>`;
const withLoader = (baseURL: string, body: string) => hostPage(`${style}${body}<p style="height:150vh">The rest of the host's article.</p><script src="${baseURL}embed.js" async></script>`);

const frameState = (page: Page, chart: string) =>
  page.frameLocator(`iframe[data-launch-contest-embed="${chart}"]`).locator(`[data-chart="${chart}"]`).getAttribute('data-state');

/** Scrolls so the paragraph's top sits just above the trigger line the loader uses (middle of the space below the chart). */
async function scrollToStep(page: Page, stepId: string) {
  await page.evaluate((id) => {
    const p = document.getElementById(`p-${id}`)!;
    const frame = document.querySelector<HTMLIFrameElement>(`iframe[data-launch-contest-embed="${id.split('--')[0]}"]`)!;
    // Once pinned, the chart's bottom is its height from the top of the viewport.
    const chartBottom = frame.getBoundingClientRect().height;
    const trigger = chartBottom + (innerHeight - chartBottom) / 2;
    window.scrollBy(0, p.getBoundingClientRect().top - trigger + 20);
  }, stepId);
}

/** Geometry of the pinned chart and the paragraph at the moment it is active. */
const layout = (page: Page, stepId: string) =>
  page.evaluate((id) => {
    const p = document.getElementById(`p-${id}`)!.getBoundingClientRect();
    const f = document.querySelector(`iframe[data-launch-contest-embed="${id.split('--')[0]}"]`)!.getBoundingClientRect();
    return { frameTop: f.top, frameBottom: f.bottom, pTop: p.top, pBottom: p.bottom, vh: innerHeight };
  }, stepId);

for (const [width, height] of [
  [360, 667],
  [1000, 800],
] as const) {
  test(`at ${width}×${height}: the chart stays pinned and shows each paragraph's state as it passes, readable beside it`, async ({ page, baseURL }) => {
    await page.setViewportSize({ width, height });
    await page.goto(host.page(`/scrolly-${width}.html`, withLoader(baseURL!, `<p>Intro.</p>${block(baseURL!, 'mission-split', MISSION)}`)));
    await expect(page.frameLocator(FRAME).locator('[data-chart][data-hydrated]')).toHaveCount(1);
    // Before the first paragraph reaches the line, the chart shows the first paragraph's state (as in the story).
    await expect.poll(() => frameState(page, 'mission-split')).toBe(MISSION[0]);
    for (const [i, state] of MISSION.entries()) {
      const id = `mission-split--${state}`;
      await scrollToStep(page, id);
      await expect.poll(() => frameState(page, 'mission-split')).toBe(state);
      const g = await layout(page, id);
      // The first paragraph may reach the line while the chart is still arriving in the flow; from then on it is pinned.
      expect(g.frameTop, 'the chart is in view').toBeGreaterThanOrEqual(-1);
      if (i > 0) expect(Math.abs(g.frameTop), 'the chart is pinned at the top').toBeLessThanOrEqual(1);
      if (i > 0) expect(g.frameBottom, 'the chart leaves room for the text').toBeLessThanOrEqual(g.vh * 0.62);
      expect(g.pTop, 'the paragraph is below the chart').toBeGreaterThanOrEqual(g.frameBottom);
      expect(g.pBottom, 'and inside the window').toBeLessThanOrEqual(g.vh);
    }
    // Scrolling back up goes back through the states: position decides, not history.
    await scrollToStep(page, `mission-split--${MISSION[1]}`);
    await expect.poll(() => frameState(page, 'mission-split')).toBe(MISSION[1]);
    // Pinned, the embed fits its chart in the height it was given: nothing is cut off at its foot.
    const frame = page.frameLocator(FRAME);
    await expect(frame.getByRole('link', { name: 'Read the story' })).toBeInViewport();
    const svg = await frame.locator('.chart__canvas svg').boundingBox();
    expect(svg!.height).toBeGreaterThan(120);
  });
}

test('a jump or a reload mid-article applies one state, and the loader never scrolls the page', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 1000, height: 800 } });
  // In every frame: record each state the chart root takes.
  await context.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __states: string[] }).__states = []);
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as HTMLElement;
        if (r.attributeName === 'data-state' && el.dataset.chart) seen.push(el.dataset.state ?? '');
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-state'] });
  });
  const page = await context.newPage();
  const url = host.page('/jump.html', withLoader(baseURL!, block(baseURL!, 'mission-split', MISSION)));
  await page.goto(`${url}#p-mission-split--value`);
  // The rule, worked out in the page: the last marked paragraph whose top is above the trigger line.
  const expected = await page.evaluate(() => {
    const bottom = document.querySelector('iframe')!.getBoundingClientRect().bottom;
    const trigger = bottom + (innerHeight - bottom) / 2;
    const passed = [...document.querySelectorAll('[data-chart-step]')].filter((p) => p.getBoundingClientRect().top <= trigger);
    return passed.at(-1)!.getAttribute('data-chart-step')!.split('--')[1];
  });
  expect(MISSION.indexOf(expected!)).toBeGreaterThanOrEqual(MISSION.indexOf('value'));
  await expect.poll(() => frameState(page, 'mission-split')).toBe(expected);
  const y = await page.evaluate(() => scrollY);
  await page.waitForTimeout(800);
  const frame = page.frames().find((f) => f.url().includes('/embed/mission-split/'))!;
  expect(await frame.evaluate(() => (window as unknown as { __states: string[] }).__states)).toEqual([expected]);
  expect(await page.evaluate(() => scrollY)).toBe(y);
  await context.close();
});

test('two charts on one host page each follow their own paragraphs', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(host.page('/two.html', withLoader(baseURL!, `${block(baseURL!, 'mission-split', MISSION)}<p>Between.</p>${block(baseURL!, 'launch-cadence', CADENCE)}`)));
  await scrollToStep(page, 'mission-split--ula');
  await expect.poll(() => frameState(page, 'mission-split')).toBe('ula');
  await expect.poll(() => frameState(page, 'launch-cadence')).toBe(CADENCE[0]);
  await scrollToStep(page, `launch-cadence--${CADENCE[2]}`);
  await expect.poll(() => frameState(page, 'launch-cadence')).toBe(CADENCE[2]);
  // The first chart's paragraphs have all passed: it rests on its last one.
  expect(await frameState(page, 'mission-split')).toBe(MISSION.at(-1));
});

test('the scrolly snippet from "Embed this chart" works as pasted', async ({ page, baseURL }) => {
  await page.goto('./');
  const code = await page.locator('[data-embed-snippet="scrolly"] textarea').first().inputValue();
  expect(code).toContain('data-chart-step="mission-split--award"');
  await page.setViewportSize({ width: 360, height: 667 });
  // Spacing is the host's business; give each pasted paragraph room, as an article's text would.
  await page.goto(host.page('/pasted.html', hostPage(`<style>p[data-chart-step]{margin-bottom:70vh}</style>${rebaseSnippet(code, baseURL!)}<p style="height:150vh">More.</p>`)));
  const steps = page.locator('[data-chart-step]');
  await expect.poll(() => frameState(page, 'mission-split')).toBe('award');
  await steps.nth(2).evaluate((p) => window.scrollBy(0, p.getBoundingClientRect().top - innerHeight * 0.7));
  await expect.poll(() => frameState(page, 'mission-split')).toBe(await steps.nth(2).getAttribute('data-chart-step').then((s) => s!.split('--')[1]));
});

async function storyLinkWorks(browser: Browser, baseURL: string, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 360, height: 667 } });
  const page = await context.newPage();
  await page.goto(host.page(`/links-${javaScriptEnabled}.html`, withLoader(baseURL, block(baseURL, 'mission-split', MISSION))));
  if (javaScriptEnabled) await scrollToStep(page, 'mission-split--spacex');
  const link = page.locator('#p-mission-split--spacex a');
  await link.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(`${baseURL}#mission-split--spacex`, { waitUntil: 'domcontentloaded' });
  await expect(page.locator('#mission-split--spacex')).toBeInViewport();
  await context.close();
}

test('a link to the story\'s step inside a marked paragraph opens the story at that step, with and without scripts', async ({ browser, baseURL }) => {
  await storyLinkWorks(browser, baseURL!, true);
  await storyLinkWorks(browser, baseURL!, false);
});

test('the embed takes state messages only from its parent, and only states it knows', async ({ page, baseURL }) => {
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  // A frame on the host's origin that tries to drive our chart from beside it.
  host.page('/sibling.html', `<!doctype html><title>x</title><script>onmessage=()=>parent.frames[0].postMessage({type:'launch-contest:state',chart:'mission-split',state:'value'},'*')</script>`);
  await page.goto(
    host.page(
      '/state-messages.html',
      hostPage(`<iframe id="ours" src="${baseURL}embed/mission-split/" title="chart" width="100%" height="620" data-launch-contest-embed="mission-split"></iframe><iframe id="sibling" src="/sibling.html" title="other"></iframe>`),
    ),
  );
  const root = page.frameLocator('#ours').locator('[data-chart="mission-split"]');
  await expect(root).toHaveAttribute('data-hydrated', 'true');
  await page.evaluate(() => (document.getElementById('sibling') as HTMLIFrameElement).contentWindow!.postMessage('go', '*'));
  // The host page itself sends what it must not be able to apply.
  await page.evaluate(() => {
    const w = (document.getElementById('ours') as HTMLIFrameElement).contentWindow!;
    const bad: unknown[] = [
      { type: 'launch-contest:state', chart: 'mission-split', state: 'nonsense' },
      { type: 'launch-contest:state', chart: 'mission-split', state: '__proto__' },
      { type: 'launch-contest:state', chart: 'mission-split', state: 'constructor' },
      { type: 'launch-contest:state', chart: 'mission-split', state: '<img src=x onerror=alert(1)>' },
      { type: 'launch-contest:state', chart: 'mission-split', state: ['value'] },
      { type: 'launch-contest:state', chart: 'mission-split', state: { toString: null } },
      { type: 'launch-contest:state', chart: 'mission-split' },
      { type: 'launch-contest:state', chart: 'launch-cadence', state: 'value' },
      { type: 'launch-contest:state', state: 'value' },
      { type: 'launch-contest:pin', height: -1 },
      { type: 'launch-contest:pin', height: 'tall' },
      'launch-contest:state value',
      null,
    ];
    for (const m of bad) {
      try {
        w.postMessage(m, '*');
      } catch {
        // not cloneable: never sent
      }
    }
  });
  await page.waitForTimeout(600);
  await expect(root).toHaveAttribute('data-state', 'award');
  expect(await page.frameLocator('#ours').locator('html').getAttribute('data-pinned')).toBeNull();
  expect(await page.frameLocator('#ours').locator('body img').count()).toBe(0);
  // The parent with a state the chart knows: applied, so the checks above could have failed.
  await page.evaluate(() =>
    (document.getElementById('ours') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'launch-contest:state', chart: 'mission-split', state: 'value' }, '*'),
  );
  await expect(root).toHaveAttribute('data-state', 'value');
  expect(dialogs).toBe(0);
});

test('data-chart-step values naming unknown charts or states, or carrying markup, do nothing', async ({ page, baseURL }) => {
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.setViewportSize({ width: 1000, height: 800 });
  const hostile = [
    'nonsense--award',
    'mission-split--nonsense',
    'mission-split--&lt;img src=x onerror=alert(1)&gt;',
    '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;',
    'mission-split--award--spacex',
    '__proto__--constructor',
    'mission-split',
    '',
  ]
    .map((v, i) => `<p id="p-bad-${i}" data-chart-step="${v}">Hostile ${i}.</p>`)
    .join('');
  // Valid paragraphs first, then the hostile ones; the chart must rest on the last valid state it was sent.
  const body = block(baseURL!, 'mission-split', ['award', 'spacex'], hostile);
  await page.goto(host.page('/hostile-steps.html', withLoader(baseURL!, body)));
  await expect(page.frameLocator(FRAME).locator('[data-chart][data-hydrated]')).toHaveCount(1);
  const before = await page.evaluate(() => document.querySelectorAll('img, script').length);
  for (let i = 0; i < 8; i++) {
    await page.evaluate((n) => {
      const p = document.getElementById(`p-bad-${n}`)!;
      window.scrollBy(0, p.getBoundingClientRect().top - innerHeight * 0.75);
    }, i);
    await page.waitForTimeout(150);
    expect(['award', 'spacex']).toContain(await frameState(page, 'mission-split'));
  }
  await expect.poll(() => frameState(page, 'mission-split')).toBe('spacex');
  expect(await page.evaluate(() => document.querySelectorAll('img, script').length)).toBe(before);
  expect(await page.frameLocator(FRAME).locator('body img').count()).toBe(0);
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});

test('the built site carries a live example host page: every chart follows its paragraphs, on a phone', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('./embed-example/');
  const blocks = page.locator('[data-example-block]');
  expect(await blocks.count()).toBeGreaterThanOrEqual(2);
  for (const chart of await blocks.evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.exampleBlock!))) {
    const steps = page.locator(`[data-example-block="${chart}"] [data-chart-step]`);
    const last = steps.last();
    const state = (await last.getAttribute('data-chart-step'))!.split('--')[1]!;
    await last.evaluate((p) => window.scrollBy(0, p.getBoundingClientRect().top - innerHeight * 0.7));
    await expect.poll(() => frameState(page, chart)).toBe(state);
    const f = await page.locator(`iframe[data-launch-contest-embed="${chart}"]`).boundingBox();
    const p = await last.boundingBox();
    expect(Math.abs(f!.y)).toBeLessThanOrEqual(1);
    expect(p!.y).toBeGreaterThanOrEqual(f!.y + f!.height);
    expect(p!.y + p!.height).toBeLessThanOrEqual(667);
  }
  expect(errors).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the example host page, ${scheme}, with its charts pinned: axe finds no violations, iframes included`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto('./embed-example/');
    const second = page.locator('[data-chart-step]').nth(1);
    await second.evaluate((p) => window.scrollBy(0, p.getBoundingClientRect().top - innerHeight * 0.7));
    const chart = (await second.getAttribute('data-chart-step'))!.split('--');
    await expect.poll(() => frameState(page, chart[0]!)).toBe(chart[1]);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  });
}

for (const reducedMotion of ['reduce', 'no-preference'] as const) {
  test(`host-driven state changes animate only if the reader allows motion (${reducedMotion})`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ reducedMotion, viewport: { width: 1000, height: 800 } });
    // In every frame: note, as each state lands, whether any mark is mid-transition (d3 keeps __transition on it).
    await context.addInitScript(() => {
      const seen: boolean[] = ((window as unknown as { __animated: boolean[] }).__animated = []);
      new MutationObserver(() => {
        seen.push([...document.querySelectorAll('svg *')].some((n) => '__transition' in n));
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-state'] });
    });
    const page = await context.newPage();
    await page.goto(host.page(`/motion-${reducedMotion}.html`, withLoader(baseURL!, block(baseURL!, 'mission-split', MISSION))));
    await expect(page.frameLocator(FRAME).locator('[data-chart][data-hydrated]')).toHaveCount(1);
    await scrollToStep(page, 'mission-split--value');
    await expect.poll(() => frameState(page, 'mission-split')).toBe('value');
    const frame = page.frames().find((f) => f.url().includes('/embed/mission-split/'))!;
    const animated = await frame.evaluate(() => (window as unknown as { __animated: boolean[] }).__animated);
    expect(animated.length).toBeGreaterThan(0);
    expect(animated.at(-1)).toBe(reducedMotion === 'no-preference');
    await context.close();
  });
}
