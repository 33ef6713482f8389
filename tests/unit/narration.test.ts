// Step narration: every chart's every state has a short sentence from its layout, true for the
// state's time frame, and the narration built from it stays within 25 words.
import { describe, expect, it, vi } from 'vitest';
import { loadDatasets } from '../../src/data/load';
import { chartIds, getChart } from '../../src/charts/registry';
import { MAX_NARRATION_WORDS, stepAnnouncement, stepNarration, wordCount } from '../../src/charts/narration';
import { debounce } from '../../src/lib/debounce';
import { formatDate } from '../../src/data/format';

const datasets = loadDatasets();

describe('stepNarration and stepAnnouncement', () => {
  it('prefix the step and end the sentence once', () => {
    expect(stepNarration(1, 6, 'SpaceX has 28 of the 54 missions')).toBe('Chart, step 2 of 6: SpaceX has 28 of the 54 missions.');
    expect(stepAnnouncement(0, 3, 'One thing.')).toBe('Step 1 of 3: One thing.');
  });
  it('counts words as a reader hears them', () => {
    expect(wordCount('  Chart, step 2 of 6:  $5.9 billion ')).toBe(7);
    expect(wordCount('')).toBe(0);
  });
});

describe.each(chartIds)('chart %s: each state’s summary', (id) => {
  const chart = getChart(id);
  const data = chart.shape(datasets);
  it.each(chart.states.map((s) => [s.id, s] as const))('%s is short, sourced from the scene, and dated when later than the story', (_, state) => {
    const scene = chart.layout(data, state, chart.defaultSize);
    expect(scene.summary.trim().length).toBeGreaterThan(0);
    // The longest step count of a block is the chart's number of states.
    const narration = stepNarration(chart.states.length - 1, chart.states.length, scene.summary);
    expect(wordCount(narration), narration).toBeLessThanOrEqual(MAX_NARRATION_WORDS);
    expect(scene.summary).not.toBe(scene.description);
    // Every number it says is one the chart already says: in a state's description, or its data table.
    const said = [...chart.states.map((s) => chart.layout(data, s, chart.defaultSize).description), ...chart.table(data).rows.flat().map(String)].join(' ');
    for (const n of scene.summary.match(/\d[\d,.]*/g) ?? []) {
      const bare = n.replace(/[.,]$/, '');
      expect(said, `${bare} in “${scene.summary}”`).toContain(bare);
    }
    if (state.asOf && state.asOf !== 'story') expect(scene.summary).toContain(formatDate(state.asOf));
  });
});

describe('debounce', () => {
  it('runs once, after the last call, with its arguments', () => {
    vi.useFakeTimers();
    const seen: number[] = [];
    const d = debounce((n: number) => seen.push(n), 800);
    for (let i = 0; i < 6; i++) {
      d(i);
      vi.advanceTimersByTime(300);
    }
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(800);
    expect(seen).toEqual([5]);
    d(9);
    d.cancel();
    vi.advanceTimersByTime(2000);
    expect(seen).toEqual([5]);
    vi.useRealTimers();
  });
});
