// Interaction to next paint for what a reader does on the story: the step buttons (next, then
// previous), opening and closing a source card, and "Copy link to this step". The story is loaded
// in Chromium at a phone size, the CPU is slowed 4x over CDP (as for the scroll run), and each
// interaction is a tap (mouse input at the element's centre), repeated. The latency of one interaction is the
// longest Event Timing entry (PerformanceObserver 'event', durationThreshold 16, the API's floor)
// with its interactionId: input delay + processing + the wait for the next paint, as web-vitals'
// onINP reads it. An interaction under 16 ms leaves no entry and counts as 16 ms (an upper bound).
// Each kind reports its worst repetition: with ten or fewer interactions INP is the worst one.

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {{ cpuRate?: number, repeats?: number }} [opts]
 */
export async function inpRun(browser, url, { cpuRate = 4, repeats = 5 } = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.interactionId) window.__events.push({ id: e.interactionId, start: e.startTime, duration: e.duration, name: e.name });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.querySelectorAll('[data-chart][data-hydrated]').length > 0, null, { timeout: 15_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  const frames = () => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 50)))));

  /** Latency of each of `n` repetitions of `act`, in ms. */
  const measure = async (act, n) => {
    const out = [];
    for (let i = 0; i < n; i++) {
      const t0 = await page.evaluate(() => performance.now());
      await act(i);
      await frames();
      // Entries are queued after the paint: wait until the observer has one for this interaction
      // (or a few frames have passed without one, for an interaction that the browser did not time).
      await page
        .waitForFunction((t) => window.__events.some((e) => e.start >= t), t0, { timeout: 1_000 })
        .catch(() => undefined);
      const d = await page.evaluate((t) => window.__events.filter((e) => e.start >= t).reduce((m, e) => Math.max(m, e.duration), 0), t0);
      out.push(Math.max(16, d));
    }
    return out;
  };

  // A tap as the browser gets it: input events at the element's centre (CDP), without Playwright's
  // click machinery, whose checks run in the page and add their own listeners on pointerdown and
  // click (a hit-target check each): at 4x they showed up in the interaction's own task.
  const tap = async (locator) => {
    const box = await locator.boundingBox();
    if (!box) throw new Error(`inp: nothing to tap for ${locator}`);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  };

  const result = {};
  // Step buttons: the first block's next button, then back.
  const block = page.locator('[data-scrolly]').first();
  await block.locator('[data-step]').first().scrollIntoViewIfNeeded();
  await frames();
  const next = page.locator('button[data-step-next]:visible').first();
  const prev = page.locator('button[data-step-prev]:visible').first();
  result.stepButtons = await measure((i) => tap(i % 2 ? prev : next), repeats * 2);

  // The source card: a figure in the prose, opened and closed.
  const fact = page.locator('main section[data-chapter] > p a.fact').first();
  await fact.scrollIntoViewIfNeeded();
  await frames();
  result.sourceCard = await measure(() => tap(fact), repeats * 2);

  // "Copy link to this step".
  const copy = page.locator('[data-copy-step-link]').first();
  await copy.scrollIntoViewIfNeeded();
  await frames();
  result.copyLink = await measure(() => tap(copy), repeats);

  await context.close();
  const summary = {};
  for (const [k, xs] of Object.entries(result)) summary[k] = { worst: Math.max(...xs), runs: xs };
  return { cpuRate, viewport: '390×844', ...summary };
}
