// How soon a reader who arrives by a step link (as everyone from a share card does) sees that step's
// chart. The story's last step, opened at a phone's size over the network Lighthouse simulates (slow 4G:
// 150 ms round trips, 1.6 Mbps down, 750 kbps up) and with the CPU slowed 4x, both over CDP, behind the
// compressing layer. Measured in the page: the first paint, and when the step's chart first has marks
// (a MutationObserver; until then it is blank, its picture being for readers without a script).

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url the story, served compressed (scripts/bench/gzip-proxy.mjs)
 * @param {{ runs?: number, cpuRate?: number }} [opts]
 */
export async function stepLinkRun(browser, url, { runs = 5, cpuRate = 4 } = {}) {
  // Which step: read once from the built page, without throttling.
  const probe = await browser.newPage();
  await probe.goto(url, { waitUntil: 'domcontentloaded' });
  const step = await probe.evaluate(() => {
    const s = [...document.querySelectorAll('[data-scrolly] [data-step]')].at(-1);
    return s && { id: s.id, chart: s.closest('[data-scrolly]')?.querySelector('[data-chart]')?.getAttribute('data-chart') };
  });
  await probe.close();
  if (!step?.id || !step.chart) throw new Error('step link: the story has no step in a block with a chart');

  const out = { step: step.id, cpuRate, firstPaint: [], drawn: [] };
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    await page.addInitScript((step) => {
      const t = (window.__stepLink = {});
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') t.firstPaint = e.startTime;
      }).observe({ type: 'paint', buffered: true });
      new MutationObserver(() => {
        if (t.drawn) return;
        const fig = document.getElementById(step.id)?.closest('[data-scrolly]')?.querySelector(`[data-chart="${step.chart}"]`);
        if (fig?.querySelector('svg[data-chart-svg] [data-series]')) t.drawn = performance.now();
      }).observe(document, { subtree: true, childList: true });
    }, step);
    await page.goto(`${url}#${step.id}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__stepLink.drawn, null, { timeout: 30_000, polling: 100 });
    const t = await page.evaluate(() => window.__stepLink);
    out.firstPaint.push(Math.round(t.firstPaint));
    out.drawn.push(Math.round(t.drawn));
    await context.close();
  }
  return out;
}
