// The timeline of January–June 2025, as a reader meets it: in the story at phone and desktop
// widths, step by step; on its own embed page; without JavaScript; as a CSV. What each step adds
// is the cross-branch contract; lanes and labels come from events.json.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chartState, scrollToStep, stepsOf, trackErrors } from './helpers/story';

const CHART = 'first-half-2025';
const events: { id: string; date: string; lane?: string; label?: string }[] = JSON.parse(readFileSync(join(process.cwd(), 'content', 'data', 'events.json'), 'utf8')).events;
const laneOf = new Map(events.filter((e) => e.lane).map((e) => [e.id, e.lane!]));
const adds: Record<string, string[]> = {
  'jan-apr': ['melania-documentary', 'new-glenn-first-flight', 'nssl-award'],
  rupture: ['musk-leaves', 'isaacman-withdrawn'],
  feud: ['trump-contracts-post', 'dragon-threat'],
  outreach: ['ng2-reset', 'bezos-calls', 'limp-wiles'],
  report: ['wsj-report', 'wedding'],
};
const stateIds = Object.keys(adds);
const shows = (state: string) => stateIds.slice(0, stateIds.indexOf(state) + 1).flatMap((s) => adds[s]!);

test.use({ reducedMotion: 'reduce' });

interface Drawn {
  marks: { key: string; series: string; opacity: number; x0: number; x1: number; y0: number; y1: number }[];
  labels: { text: string; cls: string; fontPx: number; x0: number; x1: number; y0: number; y1: number }[];
  canvas: { x: number; y: number; width: number; height: number };
}

/** What the chart draws, as boxes on the screen. */
function drawn(page: Page, root = `[data-chart="${CHART}"] .chart__canvas`): Promise<Drawn> {
  return page.evaluate((sel) => {
    const canvas = document.querySelector<HTMLElement>(sel)!;
    const c = canvas.getBoundingClientRect();
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { x0: r.left - c.left, x1: r.right - c.left, y0: r.top - c.top, y1: r.bottom - c.top };
    };
    return {
      canvas: { x: c.left, y: c.top, width: c.width, height: c.height },
      marks: [...canvas.querySelectorAll('svg rect[data-series]')].map((m) => ({ key: m.getAttribute('data-key')!, series: m.getAttribute('data-series')!, opacity: Number(m.getAttribute('opacity') ?? '1'), ...box(m) })),
      labels: [...canvas.querySelectorAll('svg text')].map((t) => ({ text: t.textContent ?? '', cls: t.getAttribute('class') ?? '', fontPx: parseFloat(getComputedStyle(t).fontSize), ...box(t) })),
    };
  }, root);
}

const overlap = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) => a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1;

async function goTo(page: Page, state: string) {
  const step = (await stepsOf(page, CHART)).find((s) => s.state === state)!;
  await scrollToStep(page, step.id);
  await expect.poll(() => chartState(page, CHART)).toBe(state);
}

for (const viewport of [
  { width: 375, height: 667 },
  { width: 1280, height: 800 },
]) {
  test(`story at ${viewport.width}px: each step adds its events, keeps the earlier ones faded, and labels the new ones legibly`, async ({ page }) => {
    const errors = trackErrors(page);
    await page.setViewportSize(viewport);
    await page.goto('./');
    expect((await stepsOf(page, CHART)).map((s) => s.state)).toEqual(stateIds);
    for (const state of stateIds) {
      await goTo(page, state);
      // The browser redraws at the canvas's own size.
      await expect.poll(() => page.evaluate((id) => {
        const c = document.querySelector(`[data-chart="${id}"] .chart__canvas`)!;
        return Math.abs(c.querySelector('svg')!.viewBox.baseVal.width - c.getBoundingClientRect().width) < 2;
      }, CHART)).toBe(true);
      const d = await drawn(page);
      expect(d.marks.map((m) => m.key).sort(), state).toEqual([...shows(state)].sort());
      for (const m of d.marks) {
        expect(m.series, m.key).toBe(laneOf.get(m.key));
        if (adds[state]!.includes(m.key)) expect(m.opacity, `${state}: ${m.key} is new`).toBe(1);
        else expect(m.opacity, `${state}: ${m.key} is earlier`).toBeLessThan(1);
        // inside the canvas
        expect(m.x0, m.key).toBeGreaterThanOrEqual(-1);
        expect(m.x1, m.key).toBeLessThanOrEqual(d.canvas.width + 1);
        expect(m.y0, m.key).toBeGreaterThanOrEqual(-1);
        expect(m.y1, m.key).toBeLessThanOrEqual(d.canvas.height + 1);
      }
      // Each new event is named on the chart, whole, in text of at least 12px.
      const text = d.labels.map((l) => l.text).join(' ');
      for (const id of adds[state]!) expect(text, `${state}: label of ${id}`).toContain(events.find((e) => e.id === id)!.label!);
      for (const l of d.labels) {
        expect(l.fontPx, `"${l.text}"`).toBeGreaterThanOrEqual(12);
        expect(l.x0, `"${l.text}" inside`).toBeGreaterThanOrEqual(-1);
        expect(l.x1, `"${l.text}" inside`).toBeLessThanOrEqual(d.canvas.width + 1);
      }
      // As drawn by the browser's own fonts: no label over another label or over a mark.
      for (let i = 0; i < d.labels.length; i++) {
        for (let j = i + 1; j < d.labels.length; j++) expect(overlap(d.labels[i]!, d.labels[j]!), `"${d.labels[i]!.text}" / "${d.labels[j]!.text}"`).toBe(false);
        for (const m of d.marks) expect(overlap(d.labels[i]!, m), `"${d.labels[i]!.text}" / mark ${m.key}`).toBe(false);
      }
      // The drawing fills its canvas: no empty band across it over a fifth of its height.
      const spans = [...d.marks, ...d.labels].map((b) => [b.y0, b.y1] as const).sort((a, b) => a[0] - b[0]);
      let reach = 0;
      let band = 0;
      for (const [a, b] of spans) {
        band = Math.max(band, a - reach);
        reach = Math.max(reach, b);
      }
      band = Math.max(band, d.canvas.height - reach);
      expect(band / d.canvas.height, `${state}: empty band of ${band.toFixed(0)}px in ${d.canvas.height.toFixed(0)}px`).toBeLessThan(0.2);
    }
    expect(errors).toEqual([]);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme}: lane colours keep 3:1 for marks and 4.5:1 for labels; no axe violations after the steps`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./');
    for (const state of stateIds) await goTo(page, state);
    const colours = await page.evaluate((id) => {
      const root = document.querySelector(`[data-chart="${id}"] .chart__canvas`)!;
      const marks: Record<string, string> = {};
      for (const m of root.querySelectorAll<SVGElement>('rect[data-series]')) {
        const cs = getComputedStyle(m);
        marks[`${m.getAttribute('data-series')} ${m.getAttribute('class')}`] = cs.fill === 'none' ? cs.stroke : cs.fill;
      }
      const labels: Record<string, string> = {};
      for (const t of root.querySelectorAll<SVGElement>('text')) labels[t.getAttribute('class')!] = getComputedStyle(t).fill;
      return { bg: getComputedStyle(document.body).backgroundColor, marks, labels };
    }, CHART);
    const rgb = (s: string) => (s.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: number[]) => {
      const [r, g, b] = c.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [l1, l2] = [lum(rgb(a)), lum(rgb(b))].sort((x, y) => y - x);
      return (l1! + 0.05) / (l2! + 0.05);
    };
    expect(Object.keys(colours.marks).map((k) => k.split(' ')[0]).sort()).toEqual(expect.arrayContaining(['blue-origin', 'government', 'spacex']));
    for (const [k, c] of Object.entries(colours.marks)) expect(contrast(c, colours.bg), `mark ${k} ${c}`).toBeGreaterThanOrEqual(3);
    for (const [k, c] of Object.entries(colours.labels)) expect(contrast(c, colours.bg), `label ${k} ${c}`).toBeGreaterThanOrEqual(4.5);
    // Every lane has its own colour.
    const laneColour = (lane: string) => Object.entries(colours.marks).find(([k]) => k.startsWith(`${lane} mark event`) && !k.includes('month'))?.[1];
    expect(new Set(['spacex', 'government', 'blue-origin'].map(laneColour)).size).toBe(3);
    const results = await new AxeBuilder({ page }).include(`[data-chart="${CHART}"]`).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}

test('the embed page shows the chart in the state asked for, filling a 640px frame, with no axe violations', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 600 });
  for (const state of ['jan-apr', 'report']) {
    await page.goto(`./embed/${CHART}/?state=${state}`);
    await expect(page.locator(`[data-chart="${CHART}"]`)).toHaveAttribute('data-state', state);
    const d = await drawn(page);
    expect(d.marks.map((m) => m.key).sort()).toEqual([...shows(state)].sort());
    expect(d.canvas.width).toBeGreaterThan(560);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`), state).toEqual([]);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the story shows the first step and a table of every event with its lane and source', async ({ page }) => {
    await page.goto('./');
    const root = page.locator(`[data-chart="${CHART}"]`);
    await expect(root).toHaveAttribute('data-state', 'jan-apr');
    const keys = await root.locator('.chart__canvas svg rect[data-series]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(keys.sort()).toEqual([...adds['jan-apr']!].sort());
    await expect(root.locator('.chart__canvas svg desc')).toContainText('January–June 2025');
    const rows = root.locator('table tbody tr');
    await expect(rows).toHaveCount(laneOf.size);
    await expect(root.locator('table thead th')).toHaveText(['Date', 'Lane', 'Event', 'Source']);
  });
});

test('the CSV has one row per event on the timeline, each with a source', async ({ request }) => {
  const res = await request.get(`./data/${CHART}.csv`);
  expect(res.ok()).toBe(true);
  const lines = (await res.text()).trim().split('\r\n');
  const header = lines[0]!.split(',');
  expect(header[0]).toBe('event_id');
  expect(header.at(-1)).toBe('source');
  expect(lines).toHaveLength(laneOf.size + 1);
  for (const id of laneOf.keys()) {
    const line = lines.find((l) => l.startsWith(`${id},`));
    expect(line, id).toBeDefined();
    expect(line!.length).toBeGreaterThan(id.length + 40);
  }
});
