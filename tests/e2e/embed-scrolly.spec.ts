// Scrollytelling inside someone else's page: a host on another origin marks its own paragraphs with
// data-chart-step; our loader pins the chart and shows each paragraph's state as it passes the
// trigger line. And what must stay inert: state messages from anyone but the parent, unknown or
// malformed states, data-chart-step values naming nothing or carrying markup.
import { axeViolations, COLOUR_RULES } from './helpers/axe';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { startHost, hostPage, rebaseSnippet, type Host } from './helpers/host';
import { blocks, chartInfo, firstBlocks, longestBlock, recordStates, stateLog } from './helpers/registry';

let host: Host;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.close();
});

const FRAME = 'iframe[data-launch-contest-embed]';
// The host tells the story's longest block with its own paragraphs; a second chart, where one is needed.
const A = longestBlock().chart;
const AS = longestBlock().steps.map((s) => s.state);
const B = firstBlocks.find((b) => b.chart !== A)!.chart;
const BS = firstBlocks.find((b) => b.chart !== A)!.steps.map((s) => s.state);
/** A state late in A's run, and one in its middle. */
const LATE = AS[Math.floor((AS.length * 2) / 3)]!;
const MID = AS[Math.floor(AS.length / 2)]!;

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
    await page.goto(host.page(`/scrolly-${width}.html`, withLoader(baseURL!, `<p>Intro.</p>${block(baseURL!, A, AS)}`)));
    await expect(page.frameLocator(FRAME).locator('[data-chart][data-hydrated]')).toHaveCount(1);
    // Before the first paragraph reaches the line, the chart shows the first paragraph's state (as in the story).
    await expect.poll(() => frameState(page, A)).toBe(AS[0]);
    for (const [i, state] of AS.entries()) {
      const id = `${A}--${state}`;
      await scrollToStep(page, id);
      await expect.poll(() => frameState(page, A)).toBe(state);
      const g = await layout(page, id);
      // The first paragraph may reach the line while the chart is still arriving in the flow; from then on it is pinned.
      expect(g.frameTop, 'the chart is in view').toBeGreaterThanOrEqual(-1);
      if (i > 0) expect(Math.abs(g.frameTop), 'the chart is pinned at the top').toBeLessThanOrEqual(1);
      if (i > 0) expect(g.frameBottom, 'the chart leaves room for the text').toBeLessThanOrEqual(g.vh * 0.62);
      expect(g.pTop, 'the paragraph is below the chart').toBeGreaterThanOrEqual(g.frameBottom);
      expect(g.pBottom, 'and inside the window').toBeLessThanOrEqual(g.vh);
    }
    // Scrolling back up goes back through the states: position decides, not history.
    await scrollToStep(page, `${A}--${AS[1]}`);
    await expect.poll(() => frameState(page, A)).toBe(AS[1]);
    // Pinned, the embed fits its chart in the height it was given: nothing is cut off at its foot.
    const frame = page.frameLocator(FRAME);
    await expect(frame.getByRole('link', { name: 'Read the story' })).toBeInViewport();
    const svg = await frame.locator('.chart__canvas svg').boundingBox();
    expect(svg!.height).toBeGreaterThan(120);
  });
}

test('a jump or a reload mid-article applies one state, and the loader never scrolls the page', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  // In every frame: record each state the chart root takes.
  await recordStates(page);
  const url = host.page('/jump.html', withLoader(baseURL!, block(baseURL!, A, AS)));
  await page.goto(`${url}#p-${A}--${LATE}`);
  // The rule, worked out in the page: the last marked paragraph whose top is above the trigger line.
  const expected = await page.evaluate(() => {
    const bottom = document.querySelector('iframe')!.getBoundingClientRect().bottom;
    const trigger = bottom + (innerHeight - bottom) / 2;
    const passed = [...document.querySelectorAll('[data-chart-step]')].filter((p) => p.getBoundingClientRect().top <= trigger);
    return passed.at(-1)!.getAttribute('data-chart-step')!.split('--')[1];
  });
  expect(AS.indexOf(expected!)).toBeGreaterThanOrEqual(AS.indexOf(LATE));
  await expect.poll(() => frameState(page, A)).toBe(expected);
  const y = await page.evaluate(() => scrollY);
  // The chart at rest in its height, then the reader moves on one paragraph: that state arrives after
  // whatever else the loader had sent, in order, so the log shows everything the jump applied.
  const frame = page.frames().find((f) => f.url().includes(`/embed/${A}/`))!;
  await expect(page.frameLocator(FRAME).locator('[data-chart]')).toHaveAttribute('data-settled', 'true');
  expect(await page.evaluate(() => scrollY), 'the loader did not scroll the page').toBe(y);
  const next = AS[AS.indexOf(expected!) + 1] ?? AS[AS.indexOf(expected!) - 1]!;
  await scrollToStep(page, `${A}--${next}`);
  await expect.poll(() => frameState(page, A)).toBe(next);
  expect((await stateLog(frame, A)).map((e) => e.state)).toEqual([expected, next]);
});

test('two charts on one host page each follow their own paragraphs', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(host.page('/two.html', withLoader(baseURL!, `${block(baseURL!, A, AS)}<p>Between.</p>${block(baseURL!, B, BS)}`)));
  await scrollToStep(page, `${A}--${MID}`);
  await expect.poll(() => frameState(page, A)).toBe(MID);
  await expect.poll(() => frameState(page, B)).toBe(BS[0]);
  await scrollToStep(page, `${B}--${BS.at(-1)}`);
  await expect.poll(() => frameState(page, B)).toBe(BS.at(-1));
  // The first chart's paragraphs have all passed: it rests on its last one.
  expect(await frameState(page, A)).toBe(AS.at(-1));
});

test('the scrolly snippet from "Embed this chart" works as pasted', async ({ page, baseURL }) => {
  await page.goto('./');
  // A panel builds its code when it is first opened.
  await page.locator('[data-embed-panel] summary').first().click();
  const code = await page.locator('[data-embed-snippet="scrolly"] textarea').first().inputValue();
  const first = blocks[0]!;
  expect(code).toContain(`data-chart-step="${first.chart}--${first.steps[0]!.state}"`);
  await page.setViewportSize({ width: 360, height: 667 });
  // Spacing is the host's business; give each pasted paragraph room, as an article's text would.
  await page.goto(host.page('/pasted.html', hostPage(`<style>p[data-chart-step]{margin-bottom:70vh}</style>${rebaseSnippet(code, baseURL!)}<p style="height:150vh">More.</p>`)));
  const steps = page.locator('[data-chart-step]');
  await expect.poll(() => frameState(page, first.chart)).toBe(first.steps[0]!.state);
  await steps.nth(2).evaluate((p) => window.scrollBy(0, p.getBoundingClientRect().top - innerHeight * 0.7));
  await expect.poll(() => frameState(page, first.chart)).toBe(await steps.nth(2).getAttribute('data-chart-step').then((s) => s!.split('--')[1]));
});

async function storyLinkWorks(browser: Browser, baseURL: string, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 360, height: 667 } });
  const page = await context.newPage();
  await page.goto(host.page(`/links-${javaScriptEnabled}.html`, withLoader(baseURL, block(baseURL, A, AS))));
  const id = `${A}--${AS[1]}`;
  if (javaScriptEnabled) await scrollToStep(page, id);
  const link = page.locator(`[id="p-${id}"] a`);
  await link.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(`${baseURL}#${id}`, { waitUntil: 'domcontentloaded' });
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
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
  const { defaultState, states } = chartInfo(A);
  const good = states.find((s) => s !== defaultState)!;
  const other = states.find((s) => s !== defaultState && s !== good) ?? good;
  await recordStates(page);
  // A frame on the host's origin that tries to drive our chart from beside it, then says it has.
  host.page(
    '/sibling.html',
    `<!doctype html><title>x</title><script>onmessage=()=>{parent.frames[0].postMessage({type:'launch-contest:state',chart:${JSON.stringify(A)},state:${JSON.stringify(other)}},'*');parent.postMessage('sibling-sent','*')}</script>`,
  );
  await page.goto(
    host.page(
      '/state-messages.html',
      hostPage(`<iframe id="ours" src="${baseURL}embed/${A}/" title="chart" width="100%" height="620" data-launch-contest-embed="${A}"></iframe><iframe id="sibling" src="/sibling.html" title="other"></iframe>`),
    ),
  );
  const root = page.frameLocator('#ours').locator(`[data-chart="${A}"]`);
  await expect(root).toHaveAttribute('data-hydrated', 'true');
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        addEventListener('message', (e) => e.data === 'sibling-sent' && done());
        (document.getElementById('sibling') as HTMLIFrameElement).contentWindow!.postMessage('go', '*');
      }),
  );
  // The host page itself sends what it must not be able to apply, then one state the chart knows.
  // Messages from this process reach the frame in the order sent (the sibling's first): once the
  // last one is applied, every one before it has been handled.
  await page.evaluate(
    ([chart, otherChart, state, good]) => {
      const w = (document.getElementById('ours') as HTMLIFrameElement).contentWindow!;
      const bad: unknown[] = [
        { type: 'launch-contest:state', chart, state: 'nonsense' },
        { type: 'launch-contest:state', chart, state: '__proto__' },
        { type: 'launch-contest:state', chart, state: 'constructor' },
        { type: 'launch-contest:state', chart, state: '<img src=x onerror=alert(1)>' },
        { type: 'launch-contest:state', chart, state: [state] },
        { type: 'launch-contest:state', chart, state: { toString: null } },
        { type: 'launch-contest:state', chart },
        { type: 'launch-contest:state', chart: otherChart, state },
        { type: 'launch-contest:state', state },
        { type: 'launch-contest:pin', height: -1 },
        { type: 'launch-contest:pin', height: 'tall' },
        `launch-contest:state ${state}`,
        null,
      ];
      for (const m of bad) {
        try {
          w.postMessage(m, '*');
        } catch {
          // not cloneable: never sent
        }
      }
      w.postMessage({ type: 'launch-contest:state', chart, state: good }, '*');
    },
    [A, B, other, good] as const,
  );
  await expect(root).toHaveAttribute('data-state', good);
  const frame = page.frames().find((f) => f.url().includes(`/embed/${A}/`))!;
  expect((await stateLog(frame, A)).map((e) => e.state), 'the states the chart took').toEqual([good]);
  expect(await page.frameLocator('#ours').locator('html').getAttribute('data-pinned')).toBeNull();
  expect(await page.frameLocator('#ours').locator('body img').count()).toBe(0);
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
  await recordStates(page);
  const [first, second, last] = AS as [string, string, string];
  const hostile = [
    'nonsense--award',
    `${A}--nonsense`,
    `${A}--&lt;img src=x onerror=alert(1)&gt;`,
    '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;',
    `${A}--${first}--${second}`,
    '__proto__--constructor',
    A,
    '',
  ];
  const paragraphs = hostile.map((v, i) => `<p id="p-bad-${i}" data-chart-step="${v}">Hostile ${i}.</p>`).join('');
  // Valid paragraphs, the hostile ones, then one more valid one: the chart must go straight from the
  // second state to the third, whatever it passed on the way.
  const body = block(baseURL!, A, [first, second], `${paragraphs}<p id="p-${A}--${last}" data-chart-step="${A}--${last}">Valid again.</p>`);
  await page.goto(host.page('/hostile-steps.html', withLoader(baseURL!, body)));
  await expect(page.frameLocator(FRAME).locator('[data-chart][data-hydrated]')).toHaveCount(1);
  await scrollToStep(page, `${A}--${second}`);
  await expect.poll(() => frameState(page, A)).toBe(second);
  const before = await page.evaluate(() => document.querySelectorAll('img, script').length);
  for (let i = 0; i < hostile.length; i++) {
    // Each paragraph at the line for at least one of the loader's frames (it reads positions once a frame).
    await page.evaluate(async (n) => {
      const p = document.getElementById(`p-bad-${n}`)!;
      window.scrollBy(0, p.getBoundingClientRect().top - innerHeight * 0.75);
      for (let f = 0; f < 2; f++) await new Promise(requestAnimationFrame);
    }, i);
  }
  await scrollToStep(page, `${A}--${last}`);
  await expect.poll(() => frameState(page, A)).toBe(last);
  const frame = page.frames().find((f) => f.url().includes(`/embed/${A}/`))!;
  const seen = (await stateLog(frame, A)).map((e) => e.state);
  for (const s of seen) expect([first, second, last], `states the chart took: ${seen.join(', ')}`).toContain(s);
  expect(seen.slice(-2)).toEqual([second, last]);
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
    // The dark scheme changes colours only: there, the rules a colour can break.
    const violations = await axeViolations(page, { rules: scheme === 'dark' ? COLOUR_RULES : undefined });
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  });
}

for (const reducedMotion of ['reduce', 'no-preference'] as const) {
  test(`host-driven state changes animate only if the reader allows motion (${reducedMotion})`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ reducedMotion, viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    // In every frame: note, as each state lands, whether any mark is mid-transition.
    await recordStates(page);
    await page.goto(host.page(`/motion-${reducedMotion}.html`, withLoader(baseURL!, block(baseURL!, A, AS))));
    await expect(page.frameLocator(FRAME).locator('[data-chart][data-hydrated]')).toHaveCount(1);
    await scrollToStep(page, `${A}--${LATE}`);
    await expect.poll(() => frameState(page, A)).toBe(LATE);
    const frame = page.frames().find((f) => f.url().includes(`/embed/${A}/`))!;
    const log = await stateLog(frame, A);
    expect(log.length).toBeGreaterThan(0);
    expect(log.at(-1)!.animated).toBe(reducedMotion === 'no-preference');
    await expect(page.frameLocator(FRAME).locator('[data-chart]')).toHaveAttribute('data-settled', 'true');
    await context.close();
  });
}
