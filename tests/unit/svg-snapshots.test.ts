// The build-time SVG of every chart state, compared with the committed files in tests/unit/output.
// Regenerate deliberately with `npm exec -- vitest run -u` and review the diff.
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../src/data/load';
import { buildFacts } from '../../src/data/facts';
import { loadChartCopy } from '../../src/data/copy';
import { chartIds, getChart } from '../../src/charts/registry';
import { sceneToSvg } from '../../src/charts/server-svg';
import { requireState } from '../../src/charts/scene';

const datasets = loadDatasets();
const copy = loadChartCopy(buildFacts(datasets), chartIds);
const outputDir = join(__dirname, 'output');

const cases = chartIds.flatMap((id) => getChart(id).states.map((s) => [id, s.id] as const));

describe('chart SVGs', () => {
  it('covers every chart the story needs and all their states', () => {
    expect(chartIds).toEqual(expect.arrayContaining(['first-half-2025', 'launch-cadence', 'mission-split']));
    expect(cases).toHaveLength(chartIds.reduce((n, id) => n + getChart(id).states.length, 0));
  });

  it.each(cases)('%s in state %s matches its committed SVG', async (id, state) => {
    const chart = getChart(id);
    const def = chart;
    const scene = def.layout(chart.shape(datasets), requireState(def, state, 'test'), def.defaultSize);
    const title = copy.get(id)!.takeaway;
    const svg = sceneToSvg(scene, { titleId: `${id}-title`, descId: `${id}-desc`, title, attrs: { class: 'chart__svg' } });

    // Accessible: an image with a title and a description, labelled by both.
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain(`aria-labelledby="${id}-title ${id}-desc"`);
    const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
    const root = document.querySelector('svg')!;
    expect(root.querySelector('title')?.textContent).toBe(title);
    expect(root.querySelector('title')?.getAttribute('id')).toBe(`${id}-title`);
    expect(root.querySelector('desc')?.textContent).toBe(scene.description);
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${def.defaultSize.width} ${def.defaultSize.height}`);

    // One <rect> per mark, carrying its key, series and value.
    const rects = [...root.querySelectorAll('rect')];
    expect(rects).toHaveLength(scene.marks.length);
    const byKey = new Map(rects.map((r) => [r.getAttribute('data-key'), r]));
    for (const m of scene.marks) {
      const r = byKey.get(m.key);
      expect(r, m.key).toBeDefined();
      expect(r!.getAttribute('data-series')).toBe(m.series);
      expect(r!.getAttribute('data-value')).toBe(m.value === undefined ? null : String(m.value));
      expect(Number(r!.getAttribute('opacity'))).toBe(m.opacity ?? 1);
      expect(Number(r!.getAttribute('height'))).toBeCloseTo(Math.max(0, m.height), 1);
    }
    expect(root.querySelectorAll('text')).toHaveLength(scene.labels.length);
    expect(root.querySelectorAll('line')).toHaveLength(scene.rules.length);
    // The scene lists only what the state shows: no invisible placeholders, no empty labels.
    for (const el of root.querySelectorAll('rect, text, line')) expect(Number(el.getAttribute('opacity')), el.getAttribute('data-key') ?? '').toBeGreaterThan(0);
    for (const t of root.querySelectorAll('text')) expect(t.textContent?.trim(), t.getAttribute('data-key') ?? '').not.toBe('');

    await expect(svg).toMatchFileSnapshot(join(outputDir, `${id}--${state}.svg`));
  });
});
