// What previous-round promises beyond the contract every chart keeps (tests/unit/chart-contract.test.ts):
// each column is its round's missions, split in the shares the data gives, in one company order.
// Expected counts come from nssl-phase3-lane2.json, read raw.
import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../data/load';
import { requireState } from '../scene';
import { readRaw } from '../../../tests/unit/helpers/data';
import { sizes } from '../../../tests/unit/helpers/charts';
import { chart } from './index';

const data = chart.shape(loadDatasets());
const raw = readRaw('nssl-phase3-lane2.json');
const prevMissions: Record<string, number> = raw.previousRound.missions;
const prevTotal = Object.values(prevMissions).reduce((s, n) => s + n, 0);
const lastTotal = (raw.providers as { missions: number }[]).reduce((s, p) => s + p.missions, 0);
const scene = (id: string, size = chart.defaultSize) => chart.layout(data, requireState(chart, id, 'test'), size);

describe('previous-round data', () => {
  it('the earlier round as it ended (26 and 22 of 48) and the award (28, 19 and 7 of 54)', () => {
    const [earlier, later] = data.rounds;
    expect(earlier.totalMissions).toBe(prevTotal);
    expect(later.totalMissions).toBe(lastTotal);
    expect(Object.fromEntries(earlier.companies.map((c) => [c.id, c.missions]))).toEqual(prevMissions);
    expect(earlier.companies.find((c) => c.id === 'ula')!.announcedShare).toBe(raw.previousRound.shares.ula);
    expect(prevTotal).toBe(48);
    expect(lastTotal).toBe(54);
  });
});

describe.each(sizes.map((s) => [`${s.width}×${s.height}`, s] as const))('previous-round layout at %s', (_, size) => {
  it('every state: a named round is one column split by share, each segment as tall as its share; the columns are equally tall', () => {
    for (const state of chart.states) {
      const s = scene(state.id, size);
      for (const [i, round] of data.rounds.entries()) {
        const own = s.marks.filter((m) => m.key.startsWith(`${round.key}-`));
        const height = own.reduce((a, m) => a + m.height, 0);
        if (!state.named.includes(i as 0 | 1)) {
          expect(own.map((m) => m.series), `${state.id} ${round.key}`).toEqual(['unassigned']);
          continue;
        }
        for (const c of round.companies) {
          const m = own.find((q) => q.key === `${round.key}-${c.id}`)!;
          expect(m.series).toBe(c.id);
          expect(m.value).toBe(c.missions);
          expect(m.height / height).toBeCloseTo(c.missions / round.totalMissions, 9);
        }
        // stacked without gaps or overlaps, in the same company order in both columns
        const sorted = [...own].sort((a, b) => a.y - b.y);
        for (let k = 1; k < sorted.length; k++) expect(sorted[k]!.y).toBeCloseTo(sorted[k - 1]!.y + sorted[k - 1]!.height, 9);
        expect(sorted.map((m) => m.series)).toEqual(data.companies.map((c) => c.id).filter((id) => round.companies.some((c) => c.id === id)));
      }
    }
  });

  it('labels on one side never crowd: their centres are at least a two-line block apart', () => {
    for (const state of chart.states) {
      const names = scene(state.id, size).labels.filter((l) => l.variant === 'group-label' && l.key.startsWith('label-'));
      for (const x of new Set(names.map((l) => l.x))) {
        const ys = names.filter((l) => l.x === x).map((l) => l.y).sort((a, b) => a - b);
        for (let k = 1; k < ys.length; k++) expect(ys[k]! - ys[k - 1]!, `${state.id}`).toBeGreaterThanOrEqual(30);
      }
    }
  });
});

describe('previous-round states', () => {
  it('phase-2: the 2025 column waits in grey; phase-3: both split, 2020 muted; what-changed: lines where shares meet', () => {
    expect(scene('phase-2').marks.filter((m) => m.series === 'unassigned')).toHaveLength(1);
    const p3 = scene('phase-3');
    expect(p3.marks.filter((m) => m.key.startsWith('2020-')).every((m) => (m.opacity ?? 1) < 1)).toBe(true);
    expect(p3.rules).toHaveLength(0);
    const change = scene('what-changed');
    expect(change.rules.length).toBe(data.companies.length - 1);
    // SpaceX's boundary drops (its share grew), ULA's rises (its share shrank)
    const shift = (id: string) => change.rules.find((r) => r.key === `shift-${id}`)!;
    expect(shift('spacex').y2).toBeGreaterThan(shift('spacex').y1);
    expect(shift('ula').y2).toBeLessThan(shift('ula').y1);
    expect(change.labels.find((l) => l.key === '2025-blue-origin-n' || l.key === 'label-2025-blue-origin-n')!.text).toBe('0% → 13%');
    expect(change.description).toContain('from 46% to 52%');
  });
});
