// Text and chart together on every screen: for every step of every scrolly block, at every window
// size from a small phone to a desktop, there is a scroll position where a reader sees the step's
// whole text box AND the chart in that step's state, with at least 95% of the area of its marks visible.
//
// Definitions (geometric, measured in the browser at rest; reduced motion, so states draw at once):
// - the text box: the step's .step__box. It must lie wholly inside the window and overlap no bar.
// - a bar: any element whose computed position is fixed or sticky, with a box, other than the chart
//   itself (an element that contains, or lies inside, the block's [data-chart]) and other than steps.
//   That is the reader bar, the step controls, and anything a later design pins.
// - the chart of a step: the block's [data-chart] canvas SVG, which must show the step's state in
//   data-state. Where a window unpins the story (short landscape windows), each step carries its
//   own inline picture (.step__inline-chart, displayed): then that picture is the step's chart, and
//   it shows the step's state by construction (it is drawn for that state at build time). It is an
//   <img> of an SVG file, so its marks are not in the page: the whole picture counts as one mark,
//   and only once it has loaded.
// - marks: the chart's SVG elements with data-series whose opacity attribute is > 0. A mark's area
//   is its bounding box; the visible part is what lies inside the window and outside every step box
//   on the page (not only the step's own: a passing box covers the chart as much as its own does)
//   and outside every bar. Sampled on a 10×10 grid per mark, weighted by area.
// No chart or state id is written here: blocks and steps are read from the page.
import { expect, test, type Page } from '@playwright/test';
import { chartOfStep, expectSettled, steps } from './helpers/registry';
import { scrollToStep, storyReady } from './helpers/story';

const sizes = [
  { width: 320, height: 568 },
  { width: 375, height: 667 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 844, height: 390 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
const MIN_VISIBLE = 0.95;

test.use({ reducedMotion: 'reduce' });

interface Measure {
  /** the text box lies wholly on screen, clear of every bar */
  boxClear: boolean;
  /** the chart shows the step's state */
  stateOk: boolean;
  /** visible share of the marks' area, 0–1 */
  visible: number;
  /** total mark area in px², to tell "no marks at all" from "all hidden" */
  area: number;
  boxHeight: number;
  chartKind: 'pinned' | 'inline';
}

/**
 * The best view of step `s` of block `b`, found in the page in one go: the box's top is placed at
 * positions from the window's top to where its bottom meets the window's bottom, the page let
 * settle at each, and the reader's view measured (bottom first: where most designs put the text;
 * stop as soon as a view is nearly perfect). One call per step: the scan runs in the page rather
 * than one round trip per position.
 *
 * Settling: the scroll model runs once a frame and applies a state at once under reduced motion,
 * so three frames after a scroll the chart shows whatever this position shows. (A position whose
 * step has not reached the trigger line simply does not show its state; waiting longer there would
 * change nothing.) Without script nothing changes after a scroll, and no frame callback runs:
 * each position is measured at once.
 */
function bestView(page: Page, b: number, s: number, js: boolean): Promise<Measure & { at: number }> {
  return page.evaluate(
    async ([bi, si, withJs]) => {
      /** Measures the reader's view of the step at the current scroll position. */
      const measure = () => {
        const block = document.querySelectorAll<HTMLElement>('[data-scrolly]')[bi]!;
        const step = block.querySelectorAll<HTMLElement>('[data-step]')[si]!;
        const root = block.querySelector<HTMLElement>('[data-chart]')!;
        const inline = step.querySelector<HTMLElement>('.step__inline-chart');
        const inlineShown = !!inline && inline.getClientRects().length > 0 && getComputedStyle(inline).display !== 'none';
        const picture = inlineShown ? inline!.querySelector('img')! : null;
        const vw = document.documentElement.clientWidth;
        const vh = window.innerHeight;
        type R = { left: number; top: number; right: number; bottom: number };
        const rectOf = (e: Element): R => e.getBoundingClientRect();
        const overlaps = (a: R, c: R) => a.left < c.right && c.left < a.right && a.top < c.bottom && c.top < a.bottom;

        // Which elements are pinned does not change while the window keeps its size: found once a
        // page (and size), then only their boxes are read at each position.
        const w = window as unknown as { __pinned?: { key: string; els: HTMLElement[] } };
        const key = `${vw}x${vh}`;
        if (w.__pinned?.key !== key) {
          w.__pinned = {
            key,
            els: [...document.querySelectorAll<HTMLElement>('body *')].filter((e) => ['fixed', 'sticky'].includes(getComputedStyle(e).position)),
          };
        }
        const bars: R[] = [];
        for (const e of w.__pinned.els) {
          if (e.contains(root) || root.contains(e) || e.closest('[data-step]')) continue;
          const r = e.getBoundingClientRect();
          if (r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden') bars.push(r);
        }
        const box = rectOf(step.querySelector('.step__box')!);
        const onScreen = box.top >= -0.5 && box.left >= -0.5 && box.bottom <= vh + 0.5 && box.right <= vw + 0.5;
        const boxClear = onScreen && !bars.some((r) => overlaps(r, box));

        const covers = [...bars, ...[...document.querySelectorAll('.step__box')].map(rectOf)];
        let area = 0;
        let seen = 0;
        const marks = picture ? (picture.complete && picture.naturalWidth > 0 ? [picture] : []) : [...root.querySelectorAll('.chart__canvas svg [data-series]')];
        for (const m of marks) {
          if (Number(m.getAttribute('opacity') ?? '1') <= 0) continue;
          const r = m.getBoundingClientRect();
          const a = r.width * r.height;
          if (a <= 0) continue;
          let ok = 0;
          for (let i = 0; i < 10; i++) {
            for (let j = 0; j < 10; j++) {
              const x = r.left + ((i + 0.5) / 10) * r.width;
              const y = r.top + ((j + 0.5) / 10) * r.height;
              if (x < 0 || x > vw || y < 0 || y > vh) continue;
              if (covers.some((c) => x >= c.left && x <= c.right && y >= c.top && y <= c.bottom)) continue;
              ok++;
            }
          }
          area += a;
          seen += (a * ok) / 100;
        }
        return {
          boxClear,
          stateOk: inlineShown || root.dataset.state === step.dataset.step,
          visible: area > 0 ? seen / area : 0,
          area,
          boxHeight: box.bottom - box.top,
          chartKind: inlineShown ? ('inline' as const) : ('pinned' as const),
        };
      };
      const step = document.querySelectorAll('[data-scrolly]')[bi]!.querySelectorAll('[data-step]')[si]!;
      const placeBox = async (at: number) => {
        const top = step.querySelector('.step__box')!.getBoundingClientRect().top + window.scrollY;
        window.scrollTo({ top: top - at, behavior: 'instant' as ScrollBehavior });
        if (withJs) for (let f = 0; f < 3; f++) await new Promise((ok) => requestAnimationFrame(ok));
        // A story chart fetches its data as it first nears the screen: wait (a second at most) for it
        // to be drawn at rest before measuring.
        const root = step.closest('[data-scrolly]')!.querySelector<HTMLElement>('[data-chart]');
        for (let f = 0; withJs && root?.dataset.settled === 'false' && f < 60; f++) await new Promise((ok) => requestAnimationFrame(ok));
      };
      await placeBox(0);
      const first = measure();
      const room = Math.max(0, window.innerHeight - first.boxHeight);
      const count = Math.max(2, Math.min(40, Math.ceil(room / 12) + 1));
      let best = { ...first, at: 0, visible: first.boxClear && first.stateOk ? first.visible : -1 };
      // A coarse pass first (quarters of the room, bottom first), where most steps find a near-perfect
      // view at once; then every 12 px, as before, for a step whose good view is narrow.
      const fine = Array.from({ length: count }, (_, i) => (room * (count - 1 - i)) / (count - 1));
      // Where a chart pins above the text (phones, tablets), the box just under it is the likeliest view.
      const canvas = step.closest('[data-scrolly]')!.querySelector('[data-chart] .chart__canvas')?.getBoundingClientRect();
      const under = canvas && canvas.bottom > 0 && canvas.bottom < room ? [canvas.bottom + 8] : [];
      const positions = [...new Set([...under, room, room * 0.75, room * 0.5, room * 0.25, ...fine])];
      for (const at of positions) {
        if (best.visible >= 0.995) break;
        await placeBox(at);
        const m = measure();
        const score = m.boxClear && m.stateOk ? m.visible : -1;
        if (score > best.visible) best = { ...m, at, visible: score };
      }
      return best;
    },
    [b, s, js] as const,
  );
}

async function everyStepReadable(page: Page, size: { width: number; height: number }, js: boolean): Promise<void> {
    await page.setViewportSize(size);
    await page.goto('./');
    await page.waitForFunction((withJs) => document.readyState === 'complete' && (!withJs || !!document.querySelector('[data-chart][data-hydrated]')), js);
    await page.evaluate(() => document.fonts.ready);
    const blocks = await page.$$eval('[data-scrolly]', (els) => els.map((e) => [...e.querySelectorAll<HTMLElement>('[data-step]')].map((s) => s.id)));
    expect(blocks.length).toBeGreaterThan(0);
    const results: { step: string; visible: number; boxClear: boolean; kind: string }[] = [];
    for (const [b, steps] of blocks.entries()) {
      for (const [s, id] of steps.entries()) {
        const best = await bestView(page, b, s, js);
        results.push({ step: id, visible: Math.round(best.visible * 1000) / 1000, boxClear: best.boxClear, kind: best.chartKind });
        expect(best.area, `${id}: the chart has marks with an area`).toBeGreaterThan(0);
      }
    }
    const worst = results.reduce((a, r) => (r.visible < a.visible ? r : a));
    test.info().annotations.push({ type: 'worst visible share', description: `${worst.step} ${worst.visible} (${worst.kind})` });
    console.log(`${size.width}×${size.height}: ${results.map((r) => `${r.step}=${r.visible}`).join(' ')}`);
    const failing = results.filter((r) => r.visible < MIN_VISIBLE).map((r) => `${r.step}: ${r.visible < 0 ? 'no position with the whole box clear and the state shown' : `${Math.round(r.visible * 100)}% of marks visible`}`);
    expect(failing, 'steps without a view of both text and chart').toEqual([]);
}

// 390×844 lies between the small phones and the tablet, in the phone layout both measure: its scan
// adds nothing they do not (it keeps its check of the bar below).
for (const size of sizes.filter((s) => !(s.width === 390 && s.height === 844))) {
  test(`at ${size.width}×${size.height}, every step can be read beside its chart (≥ ${MIN_VISIBLE * 100}% of its marks visible)`, async ({ page }) => {
    test.setTimeout(240_000);
    await everyStepReadable(page, size, true);
  });
}

// Without JavaScript the chart cannot follow the steps, so each step must show its own picture.
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const size of [sizes[1]!, { width: 1280, height: 800 }]) {
    test(`at ${size.width}×${size.height}, every step can be read beside a picture of its state`, async ({ page }) => {
      test.setTimeout(240_000);
      await everyStepReadable(page, size, false);
    });
  }
});

// The chrome a phone reader sees while reading steps: the reader bar and the block's step controls
// together take one row of about 56 px at most, and the controls cover nothing of the bar's own.
for (const size of sizes.filter((s) => s.width < 960 && s.height > 480)) {
  test(`at ${size.width}×${size.height}, the reader bar and the step controls take one row of at most 56 px`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('./');
    // the step controls are the script's, which starts after the first paint
    await storyReady(page);
    const count = await page.locator('[data-scrolly]').count();
    for (let b = 0; b < count; b++) {
      const second = page.locator('[data-scrolly]').nth(b).locator('[data-step]').nth(1);
      await second.evaluate((e) => scrollTo({ top: e.getBoundingClientRect().top + scrollY - innerHeight * 0.55, behavior: 'instant' }));
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
      const r = await page.evaluate((bi) => {
        const rect = (e: Element | null) => (e ? e.getBoundingClientRect().toJSON() : null) as DOMRect | null;
        const block = document.querySelectorAll('[data-scrolly]')[bi]!;
        return {
          bar: rect(document.querySelector('.reader-bar')),
          controls: rect(block.querySelector('.scrolly__controls')),
          summary: rect(document.querySelector('.reader-bar summary')),
          progress: rect(document.querySelector('[role="progressbar"]')),
          chart: rect(block.querySelector('[data-chart] .chart__canvas')),
        };
      }, b);
      const top = Math.min(r.bar!.top, r.controls!.top);
      const bottom = Math.max(r.bar!.bottom, r.controls!.bottom);
      expect(r.controls!.top, 'controls on screen').toBeGreaterThanOrEqual(0);
      expect(bottom - top, 'bar and controls together').toBeLessThanOrEqual(56);
      expect(r.summary!.right, 'the chapters button is not under the controls').toBeLessThanOrEqual(r.controls!.left + 1);
      expect(r.progress!.bottom, 'the progress line is not under the controls').toBeGreaterThan(r.controls!.bottom);
      // and the chart starts right under that row
      expect(r.chart!.top - bottom, 'gap between the chrome and the chart').toBeLessThanOrEqual(16);
    }
  });
}

// Moving from state to state shifts nothing: the chart's box keeps its size (no layout shift, CLS 0).
test('stepping through every block shifts no layout', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('./');
  // the script (after the first paint) has added its rows and the labels' face: what stepping does is measured
  await storyReady(page);
  await page.evaluate(() => {
    (window as unknown as { __cls: number }).__cls = 0;
    const add = (list: PerformanceEntryList) => {
      for (const e of list as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
      }
    };
    const observer = new PerformanceObserver((list) => add(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: false });
    // Entries not yet delivered to the callback, taken at once when the test reads the total.
    (window as unknown as { __clsFlush: () => number }).__clsFlush = () => {
      add(observer.takeRecords());
      return (window as unknown as { __cls: number }).__cls;
    };
  });
  // Every step in turn, as a reader scrolling reaches it; each state change runs to its end.
  for (const step of steps) {
    await scrollToStep(page, step.id);
    await expectSettled(chartOfStep(page, step.id), step.state);
  }
  expect(await page.evaluate(() => (window as unknown as { __clsFlush: () => number }).__clsFlush())).toBeLessThan(0.001);
});
