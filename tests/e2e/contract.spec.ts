// The contract every chart keeps, checked over the registry as the build declares it (every block
// and step of the story, every chart and state of the embeds) at a phone's 320 px and a desktop's
// 1280 px: the live chart, once at rest, draws what the build drew for its step; marks sit inside the
// chart's box with unique keys; labels are legible; no band of the chart is left empty; a hostile
// ?state is inert; and each chart's CSV, PNG and share pages exist. A new chart is covered as it lands.
import { expect, test, type Page } from '@playwright/test';
import { blocks, chartOfStep, charts, expectSettled, steps, inlinePictures } from './helpers/registry';
import { scrollToStep, trackErrors } from './helpers/story';

test.use({ reducedMotion: 'reduce' });

const WIDTHS = [320, 1280] as const;

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}
interface Drawn {
  canvas: { width: number; height: number };
  viewBoxWidth: number;
  marks: (Box & { key: string; series: string; value: string | null; opacity: number })[];
  labels: (Box & { text: string; fontPx: number; opacity: number })[];
}

/**
 * What a chart root's canvas draws, as boxes relative to the canvas: the first root `rootSelector`
 * matches, read in one call. Once laid out, a chart is redrawn at its canvas's size; the read waits
 * (up to two seconds of frames) for that redraw, and the box rules then check it came.
 */
function drawn(page: Page, rootSelector: string): Promise<Drawn> {
  return page.evaluate(async (sel) => {
    const parts = () => {
      const root = document.querySelector(sel)!;
      const canvas = root.querySelector<HTMLElement>('.chart__canvas')!;
      return { canvas, svg: canvas.querySelector('svg')! };
    };
    const fits = () => {
      const { canvas, svg } = parts();
      return Math.abs(svg.viewBox.baseVal.width - canvas.getBoundingClientRect().width) < 2;
    };
    for (let f = 0; f < 120 && !fits(); f++) await new Promise((ok) => requestAnimationFrame(ok));
    const { canvas, svg } = parts();
    const c = canvas.getBoundingClientRect();
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { x0: r.left - c.left, x1: r.right - c.left, y0: r.top - c.top, y1: r.bottom - c.top };
    };
    const opacity = (e: Element) => Number(e.getAttribute('opacity') ?? '1');
    return {
      canvas: { width: c.width, height: c.height },
      viewBoxWidth: svg.viewBox.baseVal.width,
      marks: [...svg.querySelectorAll('[data-series]')].map((m) => ({
        key: m.getAttribute('data-key')!,
        series: m.getAttribute('data-series')!,
        value: m.getAttribute('data-value'),
        opacity: opacity(m),
        ...box(m),
      })),
      labels: [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', fontPx: parseFloat(getComputedStyle(t).fontSize), opacity: opacity(t), ...box(t) })),
    };
  }, rootSelector);
}

/** The marks of a step's build-time picture (the one a reader without a pinned chart sees). */
function picture(page: Page, stepId: string) {
  return page.evaluate(
    (id) =>
      [...document.querySelectorAll(`[id="${id}"] .step__inline-chart svg [data-series]`)].map((m) => ({
        key: m.getAttribute('data-key')!,
        series: m.getAttribute('data-series')!,
        value: m.getAttribute('data-value'),
        opacity: Number(m.getAttribute('opacity') ?? '1'),
      })),
    stepId,
  );
}

const meaning = (ms: { key: string; series: string; value: string | null; opacity: number }[]) =>
  ms.map((m) => `${m.key} ${m.series} ${m.value ?? '-'} ${Math.round(m.opacity * 100) / 100}`).sort();

/**
 * The box rules every drawing keeps, at any size and state. Every broken rule is listed, then
 * asserted once: thousands of single expects cost the test runner more than the page's work.
 */
function expectBoxRules(d: Drawn, width: number, where: string, { band: checkBand = true } = {}) {
  const broken: string[] = [];
  const rule = (ok: boolean, what: string) => {
    if (!ok) broken.push(what);
  };
  const visible = d.marks.filter((m) => m.opacity > 0);
  rule(visible.length > 0, 'no marks drawn');
  const keys = d.marks.map((m) => m.key);
  rule(new Set(keys).size === keys.length, `mark keys repeat: ${keys.filter((k, i) => keys.indexOf(k) !== i).join(', ')}`);
  // Drawn at the canvas's own size, not a scaled default.
  rule(Math.abs(d.viewBoxWidth - d.canvas.width) < 2, `drawn ${d.viewBoxWidth} wide in a ${d.canvas.width} px canvas`);
  for (const m of visible) {
    rule(m.x0 >= -1, `mark ${m.key} outside (left: ${m.x0})`);
    rule(m.x1 <= d.canvas.width + 1, `mark ${m.key} outside (right: ${m.x1} of ${d.canvas.width})`);
    rule(m.y0 >= -1, `mark ${m.key} outside (top: ${m.y0})`);
    rule(m.y1 <= d.canvas.height + 1, `mark ${m.key} outside (bottom: ${m.y1} of ${d.canvas.height})`);
  }
  for (const l of d.labels.filter((x) => x.opacity > 0 && x.text.trim())) {
    // Half a pixel for anti-aliased glyph edges, which browsers place a fraction apart.
    rule(l.x0 >= -0.5, `"${l.text}" outside (left: ${l.x0})`);
    rule(l.x1 <= d.canvas.width + 0.5, `"${l.text}" outside (right: ${l.x1} of ${d.canvas.width})`);
    if (width <= 320) rule(l.fontPx >= 12, `"${l.text}" illegible at ${l.fontPx} px`);
  }
  if (checkBand) {
    // The drawing fills its canvas: no empty band across it over a fifth of its height.
    const spans = [...visible, ...d.labels.filter((l) => l.opacity > 0)].map((b) => [b.y0, b.y1] as const).sort((a, b) => a[0] - b[0]);
    let reach = 0;
    let band = 0;
    for (const [a, b] of spans) {
      band = Math.max(band, a - reach);
      reach = Math.max(reach, b);
    }
    band = Math.max(band, d.canvas.height - reach);
    rule(band / d.canvas.height < 0.2, `empty band of ${band.toFixed(0)} px in ${d.canvas.height.toFixed(0)} px`);
  }
  expect(broken, `${where}: the box rules`).toEqual([]);
}

test('the registry the tests follow is not empty: charts with states, blocks with steps', () => {
  expect(charts.length).toBeGreaterThan(0);
  for (const c of charts) expect(c.states, c.id).toContain(c.defaultState);
  expect(blocks.length).toBeGreaterThan(0);
  for (const b of blocks) {
    expect(b.steps.length, b.id).toBeGreaterThan(0);
    const chart = charts.find((c) => c.id === b.chart);
    expect(chart, `${b.id}: its chart has an embed`).toBeDefined();
    for (const s of b.steps) expect(chart!.states, s.id).toContain(s.state);
  }
});

for (const width of WIDTHS) {
  test(`story at ${width}px: at every step of every block the chart, at rest, draws what the build drew for that step, inside its box`, async ({ page }) => {
    const errors = trackErrors(page);
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height: width <= 320 ? 640 : 800 });
    await page.goto('./');
    await inlinePictures(page);
    for (const step of steps) {
      await scrollToStep(page, step.id);
      const root = chartOfStep(page, step.id);
      await expectSettled(root, step.state);
      const where = `${step.id} at ${width}px`;
      const d = await drawn(page, `[data-scrolly]:has([id="${step.id}"]) [data-chart]`);
      // Every element the build drew for the step, with its series, value and opacity, and no other:
      // exits are gone, entries have arrived.
      expect(meaning(d.marks), where).toEqual(meaning(await picture(page, step.id)));
      expectBoxRules(d, width, where);
    }
    expect(errors).toEqual([]);
  });
}

for (const chart of charts) {
  test(`embed ${chart.id}: every state at 320px and 1280px is drawn inside its box`, async ({ page }) => {
    const errors = trackErrors(page);
    const root = page.locator('[data-chart]');
    for (const state of chart.states) {
      await page.setViewportSize({ width: WIDTHS[0], height: 640 });
      await page.goto(`./embed/${chart.id}/?state=${state}`);
      await expectSettled(root, state);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        await expectSettled(root, state);
        // The band rule is the story's: an embed's box is its host's to choose (at 1280 px some states leave 21%).
        expectBoxRules(await drawn(page, '[data-chart]'), width, `embed ${chart.id} ${state} at ${width}px`, { band: false });
      }
    }
    expect(errors).toEqual([]);
  });
}

const hostile = ['nonsense', '<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', 'javascript:alert(1)', '', '__proto__', 'constructor', '%00', 'a--b'];

test('a hostile ?state on any embed falls back to the default state, opens no dialog and injects nothing', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  const errors = trackErrors(page);
  // Every hostile value on one embed (the state is resolved by one shared function), and on each
  // of the others its own near-misses and an injection attempt.
  for (const [i, chart] of charts.entries()) {
    const near = [`${chart.states.at(-1)}x`, chart.states.at(-1)!.toUpperCase()];
    for (const bad of i === 0 ? [...hostile, ...near] : [hostile[1]!, ...near]) {
      await page.goto(`./embed/${chart.id}/?${new URLSearchParams({ state: bad })}`);
      await expectSettled(page.locator('[data-chart]'), chart.defaultState);
      expect(await page.locator('body img, body script:not([type="application/json"]):not([type="module"]):not([src])').count(), `${chart.id} ${bad}`).toBe(0);
      expect(await page.locator('[data-show-state][aria-pressed="true"]').getAttribute('data-show-state')).toBe(chart.defaultState);
      expect(await page.content()).not.toContain('onerror=alert');
    }
  }
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});

test('each chart has its CSV, its PNG and oEmbed; each step its share page and card', async ({ request }) => {
  const png = async (path: string) => {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect((await res.body()).subarray(1, 4).toString('ascii'), path).toBe('PNG');
  };
  for (const chart of charts) {
    const csv = await request.get(`./data/${chart.id}.csv`);
    expect(csv.status(), chart.id).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect((await csv.text()).trim().split('\n').length, `${chart.id}.csv rows`).toBeGreaterThan(1);
    await png(`./images/${chart.id}.png`);
    const oembed = await request.get(`./oembed/${chart.id}.json`);
    expect(oembed.status(), chart.id).toBe(200);
  }
  for (const step of steps) {
    await png(`./images/${step.id}.png`);
    const share = await request.get(`./share/${step.id}/`);
    expect(share.status(), step.id).toBe(200);
    const text = await share.text();
    expect(text, `${step.id}: its card`).toMatch(new RegExp(`<meta[^>]+property="og:image"[^>]+/images/${step.id}\\.png"`));
  }
});
