// mission-split: 54 missions as squares, assigned to companies step by step, then re-laid as bars
// sized by dollar value. Expected counts and values come from nssl-phase3-lane2.json.
import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../data/load';
import { getChart } from '../../charts/registry';
import { requireState } from '../../charts/scene';
import type { MissionSplitData } from './shape';
import { readRaw } from '../../../tests/unit/helpers/data';
import { countBy, fillSizes, overlaps, sizes, visible } from '../../../tests/unit/helpers/charts';

const chart = getChart('mission-split');
const def = chart;
const data = chart.shape(loadDatasets()) as MissionSplitData;
const raw = readRaw('nssl-phase3-lane2.json');
const rawProviders: { id: string; name: string; shortName?: string; missions: number; valueUsdMillions: number }[] = raw.providers;
const missionsOf = (id: string) => rawProviders.find((p) => p.id === id)!.missions;
const total = rawProviders.reduce((s, p) => s + p.missions, 0);
const stateIds = def.states.map((s) => s.id);

describe('mission-split definition', () => {
  it('has the six states of the story, in order, with a known default and final state', () => {
    expect(stateIds).toEqual(['award', 'spacex', 'blue-origin', 'ula', 'value', 'per-mission']);
    expect(stateIds).toContain(def.defaultState);
    expect(stateIds).toContain(def.finalState);
    expect(def.id).toBe('mission-split');
  });

  it('shapes one mission record per mission in the data', () => {
    expect(total).toBe(54);
    expect(data.totalMissions).toBe(total);
    expect(data.missions).toHaveLength(total);
    for (const p of rawProviders) expect(data.missions.filter((m) => m.provider === p.id)).toHaveLength(p.missions);
  });
});

describe.each(sizes.map((s) => [`${s.width}×${s.height}`, s] as const))('mission-split layout at %s', (_, size) => {
  const scenes = Object.fromEntries(stateIds.map((id) => [id, def.layout(data, requireState(def, id, 'test'), size)]));
  const scene = (id: string) => scenes[id]!;
  const seriesOf = (id: string) => countBy(scene(id).marks, 'series');

  // Inside the box, unique keys, readable labels: the contract test (tests/unit/chart-contract.test.ts).
  it.each(stateIds)('%s: 54 marks, all visible', (id) => {
    const s = scene(id);
    expect(s.marks).toHaveLength(total);
    expect(s.marks.filter(visible)).toHaveLength(total);
  });

  it('every state has the same key set: marks move between states, they are not replaced', () => {
    const keySet = (id: string) => scene(id).marks.map((m) => m.key).sort();
    const first = keySet(stateIds[0]!);
    for (const id of stateIds) expect(keySet(id), id).toEqual(first);
  });

  it('a mark keeps its mission: the same key is the same provider’s mission in every state that names it', () => {
    const providerOfKey = new Map(data.missions.map((m) => [m.key, m.provider]));
    for (const id of stateIds) {
      for (const m of scene(id).marks) if (m.series !== 'unassigned') expect(m.series, `${id} ${m.key}`).toBe(providerOfKey.get(m.key));
    }
  });

  it('award: all 54 missions unassigned', () => {
    expect(seriesOf('award')).toEqual({ unassigned: total });
  });

  it('spacex: SpaceX’s missions named, the rest unassigned', () => {
    expect(seriesOf('spacex')).toEqual({ spacex: missionsOf('spacex'), unassigned: total - missionsOf('spacex') });
    expect(seriesOf('spacex')).toEqual({ spacex: 28, unassigned: 26 });
  });

  it('blue-origin: SpaceX and Blue Origin named, ULA’s missions unassigned', () => {
    expect(seriesOf('blue-origin')).toEqual({ spacex: missionsOf('spacex'), 'blue-origin': missionsOf('blue-origin'), unassigned: missionsOf('ula') });
    expect(seriesOf('blue-origin')).toEqual({ spacex: 28, 'blue-origin': 7, unassigned: 19 });
  });

  it('ula: every mission by provider', () => {
    expect(seriesOf('ula')).toEqual({ spacex: 28, 'blue-origin': 7, ula: 19 });
  });

  it.each(['award', 'spacex', 'blue-origin', 'ula'])('%s: squares of one size that do not overlap', (id) => {
    const marks = scene(id).marks;
    const side = marks[0]!.width;
    for (const m of marks) {
      expect(m.width).toBeCloseTo(side, 9);
      expect(m.height).toBeCloseTo(side, 9);
      expect(m.value).toBeUndefined();
    }
    for (let i = 0; i < marks.length; i++) for (let j = i + 1; j < marks.length; j++) expect(overlaps(marks[i]!, marks[j]!), `${marks[i]!.key} / ${marks[j]!.key}`).toBe(false);
  });

  it('ula: ULA’s group label names it and its missions, in the same words as the others', () => {
    const ula = rawProviders.find((p) => p.id === 'ula')!;
    const label = scene('ula').labels.find((l) => l.key === 'label-ula')!;
    expect(label.text).toBe(`${ula.shortName}: ${ula.missions} missions`);
  });

  it.each(['value', 'per-mission'])('%s: each provider’s total mark area is proportional to its dollar value (within 1%)', (id) => {
    const s = scene(id);
    expect(countBy(s.marks, 'series')).toEqual({ spacex: 28, 'blue-origin': 7, ula: 19 });
    const areaPerMillion = rawProviders.map((p) => {
      const area = s.marks.filter((m) => m.series === p.id).reduce((a, m) => a + m.width * m.height, 0);
      return area / p.valueUsdMillions;
    });
    const ref = areaPerMillion[0]!;
    expect(ref).toBeGreaterThan(0);
    for (const r of areaPerMillion) expect(Math.abs(r / ref - 1)).toBeLessThan(0.01);
  });

  it.each(['value', 'per-mission'])('%s: bars are as long as the awards and share a left edge; segments do not overlap', (id) => {
    const s = scene(id);
    const maxValue = Math.max(...rawProviders.map((p) => p.valueUsdMillions));
    const widest = Math.max(...s.marks.map((m) => m.x + m.width));
    for (const p of rawProviders) {
      const marks = s.marks.filter((m) => m.series === p.id).sort((a, b) => a.x - b.x);
      const left = Math.min(...marks.map((m) => m.x));
      const right = Math.max(...marks.map((m) => m.x + m.width));
      expect(left).toBeCloseTo(s.marks.reduce((a, m) => Math.min(a, m.x), Infinity), 9);
      expect((right - left) / (widest - left)).toBeCloseTo(p.valueUsdMillions / maxValue, 6);
      for (let i = 1; i < marks.length; i++) expect(marks[i]!.x).toBeGreaterThanOrEqual(marks[i - 1]!.x + marks[i - 1]!.width - 1e-6);
    }
    const all = s.marks;
    for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) expect(overlaps(all[i]!, all[j]!)).toBe(false);
  });

  it('per-mission: every mark carries the provider’s value divided by its missions', () => {
    for (const m of scene('per-mission').marks) {
      const p = rawProviders.find((q) => q.id === m.series)!;
      expect(m.value, m.key).toBeCloseTo(p.valueUsdMillions / p.missions, 9);
    }
    // one emphasised segment per provider, the others muted but still visible
    const s = scene('per-mission');
    expect(s.marks.filter((m) => m.variant?.includes('emphasis'))).toHaveLength(rawProviders.length);
    expect(s.marks.filter((m) => (m.opacity ?? 1) === 1)).toHaveLength(rawProviders.length);
    expect(s.rules.filter(visible)).toHaveLength(rawProviders.length);
  });

  it('per-mission: each bracket spans its provider’s emphasised segment', () => {
    const s = scene('per-mission');
    for (const p of rawProviders) {
      const seg = s.marks.find((m) => m.series === p.id && m.variant?.includes('emphasis'))!;
      const bracket = s.rules.find((r) => r.key === `bracket-${p.id}`)!;
      expect(bracket.x1).toBeCloseTo(seg.x, 9);
      expect(bracket.x2).toBeCloseTo(seg.x + seg.width, 9);
    }
  });
});

describe.each(fillSizes.map((s) => [`${s.width}×${s.height}`, s] as const))('mission-split squares at %s', (_, size) => {
  it.each(['award', 'spacex', 'blue-origin', 'ula'])('%s: squares no smaller than the tallest arrangement’s, and readable', (id) => {
    const side = def.layout(data, requireState(def, id, 'test'), size).marks[0]!.width;
    expect(side).toBeGreaterThanOrEqual(def.layout(data, requireState(def, 'ula', 'test'), size).marks[0]!.width - 1e-9);
    expect(side).toBeGreaterThanOrEqual(8);
  });
});

describe('mission-split data table', () => {
  it('lists each provider with missions, share, value and per-mission value from the data', () => {
    const table = chart.table(data);
    expect(table.rows).toHaveLength(rawProviders.length);
    const byName = new Map(table.rows.map((r) => [r[0], r]));
    expect(byName.get('SpaceX')).toEqual(['SpaceX', '28', '52%', '$5.9 billion', '$211 million']);
    expect(byName.get('Blue Origin')).toEqual(['Blue Origin', '7', '13%', '$2.4 billion', '$340 million']);
    expect(byName.get('United Launch Alliance')).toEqual(['United Launch Alliance', '19', '35%', '$5.4 billion', '$282 million']);
    expect(table.caption).toContain(`${raw.launchYears[0]}–${raw.launchYears[1]}`);
  });
});

describe('mission-split copy', () => {
  it('its takeaway is filled from the facts: the split as counts, seven in words', async () => {
    const { buildFacts } = await import('../../data/facts');
    const { loadChartCopy } = await import('../../data/copy');
    const copy = loadChartCopy(buildFacts(loadDatasets()), [chart.id]);
    expect(copy.get(chart.id)?.takeaway).toContain(`SpaceX won 28 of the 54 national-security launch missions for ${raw.launchYears[0]}–${raw.launchYears[1]}`);
    // running text: seven, not 7
    expect(copy.get(chart.id)?.takeaway).toContain('Blue Origin seven.');
  });
});
