// The contract every chart keeps, run over every chart the registry finds × each of its states ×
// the canvases the story and the embeds give it. A new chart folder is covered as it lands: no
// chart id is written here, and what only one chart promises is tested in its own folder
// (src/charts/<id>/*.test.ts). Each state's build-time SVG is also compared with its snapshot,
// src/charts/<id>/snapshots/<state>.svg, one element a line so the diff is the review.
// Regenerate deliberately with `npm exec -- vitest run -u` and read the diff.
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../src/data/load';
import { buildFacts } from '../../src/data/facts';
import { loadChartCopy } from '../../src/data/copy';
import { chartIds, getChart } from '../../src/charts/registry';
import { chartStyles } from '../../src/charts/styles';
import { resolveState } from '../../src/charts/scene';
import { sceneToSvg } from '../../src/charts/server-svg';
import { labelPx } from '../../src/styles/chart-style';
import { emptyBands, expectMarksInside, expectUniqueKeys, fillSizes, sizes, visible } from './helpers/charts';
import { prettySvg } from './helpers/pretty-svg';

const datasets = loadDatasets();
const copy = loadChartCopy(buildFacts(datasets), chartIds);
const sourceIds = new Set(datasets.sources.map((s) => s.id));
/** The narrowest canvas a chart is drawn on (a 320 px phone), where labels must still be 12 px. */
const narrow = [{ width: 320, height: 320 }, { width: 320, height: 240 }];
const allSizes = [...sizes, ...fillSizes, ...narrow];
const at = (s: { width: number; height: number }) => `${s.width}×${s.height}`;

describe.each(chartIds)('chart %s', (id) => {
  const chart = getChart(id);
  const data = chart.shape(datasets);
  const style = chartStyles[id];
  const cases = chart.states.flatMap((state) => allSizes.map((size) => [state.id, at(size), state, size] as const));

  it('has a style (src/charts/<id>/style.ts), copy in content/charts.json, and its sources listed', () => {
    expect(style, `src/charts/${id}/style.ts`).toBeDefined();
    expect(copy.get(id)?.title, `content/charts.json: ${id}`).toBeTruthy();
    expect(copy.get(id)?.takeaway).toBeTruthy();
    const cited = chart.sources(data);
    expect(cited.length).toBeGreaterThan(0);
    for (const s of cited) expect(sourceIds.has(s), `source ${s}`).toBe(true);
  });

  it('has a data table and a CSV whose last column cites a source', () => {
    const table = chart.table(data);
    expect(table.rows.length).toBeGreaterThan(0);
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
    const csv = chart.csv(data, (ids) => `cited:${ids.join('+')}`);
    expect(csv.columns.at(-1)).toBe('source');
    expect(csv.rows.length).toBeGreaterThan(0);
    for (const row of csv.rows) {
      expect(row).toHaveLength(csv.columns.length);
      expect(String(row.at(-1))).toMatch(/^cited:\S/);
    }
  });

  it.each(['<img src=x onerror=alert(1)>', '', undefined, null, 0, {}, ['x'], '__proto__', 'constructor', 'toString', 'A', 'a--b', `${chart.defaultState}\n`])(
    'a hostile ?state %j is inert: the default state',
    (wanted) => expect(resolveState(chart, wanted).id).toBe(chart.defaultState),
  );

  it.each(cases)('%s at %s: marks inside the box with unique keys, each series coloured, labels of 12 px or more', (stateId, _size, state, size) => {
    const scene = chart.layout(data, state, size);
    const where = `${id}/${stateId} at ${at(size)}`;
    expect(scene.size).toEqual(size);
    expect(scene.marks.filter(visible).length, `${where}: visible marks`).toBeGreaterThan(0);
    expectMarksInside(scene, where);
    expectUniqueKeys(scene.marks, `${where} marks`);
    expectUniqueKeys(scene.labels, `${where} labels`);
    expectUniqueKeys(scene.rules, `${where} rules`);
    expect(scene.description.length, `${where}: description`).toBeGreaterThan(20);
    for (const m of scene.marks) expect(style?.series[m.series], `${where}: mark ${m.key} of series "${m.series}" has no colour in style.ts`).toBeDefined();
    for (const l of scene.labels) {
      expect(l.text.trim(), `${where}: label ${l.key}`).not.toBe('');
      if (l.series) expect(style?.series[l.series], `${where}: label ${l.key} names series "${l.series}", which style.ts does not colour`).toBeDefined();
      expect(labelPx(l.variant, style), `${where}: label ${l.key} "${l.text}"`).toBeGreaterThanOrEqual(12);
    }
  });

  it.each(chart.states.flatMap((state) => fillSizes.map((size) => [state.id, at(size), state, size] as const)))(
    '%s at %s fills its canvas: no empty band over a fifth of it on any side',
    (stateId, _size, state, size) => {
      const bands = emptyBands(chart.layout(data, state, size));
      for (const [side, share] of Object.entries(bands)) expect(share, `${id}/${stateId} at ${at(size)}: ${side} band`).toBeLessThanOrEqual(0.2);
    },
  );

  it.each(chart.states.map((s) => [s.id, s] as const))('%s: the build-time SVG is accessible and matches its snapshot', async (stateId, state) => {
    const scene = chart.layout(data, state, chart.defaultSize);
    const title = copy.get(id)!.takeaway;
    const svg = sceneToSvg(scene, { titleId: `${id}-title`, descId: `${id}-desc`, title, attrs: { class: 'chart__svg' } });
    const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
    const root = document.querySelector('svg')!;
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-labelledby')).toBe(`${id}-title ${id}-desc`);
    expect(root.querySelector('title')?.textContent).toBe(title);
    expect(root.querySelector('desc')?.textContent).toBe(scene.description);
    // One element per mark, label and rule, keyed; a mark carries its series and value.
    const rects = [...root.querySelectorAll('rect')];
    expect(rects.map((r) => r.getAttribute('data-key')).sort()).toEqual(scene.marks.map((m) => m.key).sort());
    for (const m of scene.marks) {
      const r = rects.find((x) => x.getAttribute('data-key') === m.key)!;
      expect(r.getAttribute('data-series')).toBe(m.series);
      expect(r.getAttribute('data-value')).toBe(m.value === undefined ? null : String(m.value));
    }
    expect(root.querySelectorAll('text')).toHaveLength(scene.labels.length);
    expect(root.querySelectorAll('line')).toHaveLength(scene.rules.length);
    for (const el of root.querySelectorAll('rect, text, line')) expect(Number(el.getAttribute('opacity')), el.getAttribute('data-key') ?? '').toBeGreaterThan(0);
    await expect(prettySvg(svg)).toMatchFileSnapshot(join(process.cwd(), 'src', 'charts', id, 'snapshots', `${stateId}.svg`));
  });
});
