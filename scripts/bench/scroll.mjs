// Scroll smoothness: the story is loaded in Chromium, the CPU is slowed 4x over CDP
// (Emulation.setCPUThrottlingRate, as a mid-range phone), then a requestAnimationFrame loop in the
// page scrolls it top to bottom and back up at a steady pace (position advanced by speed x elapsed
// time each frame, window.scrollTo, so a slow frame does not slow the reader down). The same loop
// records the interval between rAF timestamps; a PerformanceObserver('longtask', installed before
// the page's own scripts run) records tasks over 50 ms. Only tasks that start during the scroll count.
import { loadavg } from 'node:os';
import { percentile, median } from './util.mjs';

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {{ viewport: { width: number, height: number }, speed?: number, cpuRate?: number, label: string, isMobile?: boolean }} opts
 */
export async function scrollRun(browser, url, { viewport, speed = 1200, cpuRate = 4, label, isMobile = false, blockScripts = false }) {
  const context = await browser.newContext({ viewport, isMobile, hasTouch: isMobile, deviceScaleFactor: isMobile ? 2 : 1 });
  // The baseline: the same page and scroll with the page's own scripts blocked, so what is left is
  // the browser's cost of scrolling this document on this machine.
  if (blockScripts) await context.route('**/*', (r) => (r.request().resourceType() === 'script' ? r.abort() : r.continue()));
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__longtasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      window.__longtasks = null; // not supported
    }
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // The controller hydrates the charts once the page has loaded and its fonts are in.
  if (!blockScripts) await page.waitForFunction(() => document.querySelectorAll('[data-chart][data-hydrated]').length > 0, null, { timeout: 15_000 }).catch(() => {});
  // Every drawn chart at rest (data-settled), then a couple of frames under the throttled CPU.
  if (!blockScripts) await page.waitForFunction(() => [...document.querySelectorAll('[data-chart][data-hydrated]')].every((c) => c.dataset.settled !== 'false'), null, { timeout: 15_000 }).catch(() => {});
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

  const load = loadavg()[0]; // other work on the machine skews every figure here: reported beside them
  const run = await page.evaluate(async (speed) => {
    scrollTo({ top: 0, behavior: 'instant' });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const max = document.documentElement.scrollHeight - innerHeight;
    const frames = [];
    const start = performance.now();
    await new Promise((resolve) => {
      let y = 0;
      let dir = 1;
      let last = null;
      const step = (ts) => {
        if (last !== null) {
          frames.push(ts - last);
          y += (dir * speed * (ts - last)) / 1000;
        }
        last = ts;
        if (dir === 1 && y >= max) {
          y = max;
          dir = -1;
        } else if (dir === -1 && y <= 0) {
          scrollTo({ top: 0, behavior: 'instant' });
          return resolve();
        }
        scrollTo({ top: y, behavior: 'instant' });
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
    const end = performance.now();
    // Let a task begun in the last frame finish and be reported.
    await new Promise((r) => setTimeout(r, 300));
    const all = window.__longtasks;
    return {
      pageHeight: max + innerHeight,
      distance: 2 * max,
      seconds: (end - start) / 1000,
      frames,
      longtasks: all && all.filter((t) => t.start >= start && t.start <= end),
      longtasksSupported: all !== null,
    };
  }, speed);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();

  const longest = run.longtasks?.reduce((m, t) => Math.max(m, t.duration), 0) ?? null;
  return {
    label,
    blockScripts,
    loadAverage1m: +load.toFixed(2),
    viewport,
    cpuRate,
    speed,
    pageHeight: run.pageHeight,
    distance: Math.round(run.distance),
    seconds: +run.seconds.toFixed(2),
    frameCount: run.frames.length,
    frameMedian: +median(run.frames).toFixed(2),
    frameP95: +percentile(run.frames, 95).toFixed(2),
    frameP99: +percentile(run.frames, 99).toFixed(2),
    frameMax: +Math.max(...run.frames).toFixed(2),
    framesOver20: run.frames.filter((f) => f > 20).length,
    longtaskSupported: run.longtasksSupported,
    longtasks: run.longtasks?.length ?? null,
    longestTask: longest === null ? null : +longest.toFixed(1),
  };
}
