// launch-cadence: Falcon launches per year against New Glenn's flights. Expected years, counts,
// the 2025 expectation and the flights come from falcon-launches.json and new-glenn-launches.json.
import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../src/data/load';
import { chartRegistry } from '../../src/charts/registry';
import { resolveState, type RectMark } from '../../src/charts/scene';
import type { LaunchCadenceData } from '../../src/charts/launch-cadence';
import { copyDataDir, editJson, readRaw, removeDir } from './helpers/data';
import { expectMarksInside, expectUniqueKeys, overlaps, sizes, visible } from './helpers/charts';

const chart = chartRegistry['launch-cadence']!;
const def = chart.definition;
const data = chart.shape(loadDatasets()) as LaunchCadenceData;
const falcon = readRaw('falcon-launches.json');
const newGlenn = readRaw('new-glenn-launches.json');
const years: { year: number; launches: number; countedAfterStory?: boolean }[] = falcon.years;
const expectation: { year: number; launches: number } = falcon.expectations[0];
const flights: { flight: string; date: string }[] = newGlenn.flights;
const storyDate: string = newGlenn.storyDate;
const launchesIn = (year: number) => years.find((y) => y.year === year)!.launches;
const yearKeys = years.map((y) => String(y.year));
const expectedKey = `${expectation.year}-expected`;
const stateIds = def.states.map((s) => s.id);

describe('launch-cadence definition', () => {
  it('has the six states of the story, in order', () => {
    expect(stateIds).toEqual(['early', 'climb', 'record-2024', 'expected-2025', 'new-glenn', 'ratio']);
    expect(stateIds).toContain(def.defaultState);
    expect(stateIds).toContain(def.finalState);
  });

  it('the data this chart is tested on: 2025 expectation of 170, two New Glenn flights, the second after the story date', () => {
    expect(expectation).toMatchObject({ year: 2025, launches: 170 });
    expect(flights.map((f) => f.flight)).toEqual(['NG-1', 'NG-2']);
    expect(flights[0]!.date <= storyDate).toBe(true);
    expect(flights[1]!.date > storyDate).toBe(true);
  });
});

describe.each(sizes.map((s) => [`${s.width}×${s.height}`, s] as const))('launch-cadence layout at %s', (_, size) => {
  const scenes = Object.fromEntries(stateIds.map((id) => [id, def.layout(data, id, size)]));
  const scene = (id: string) => scenes[id]!;
  const mark = (id: string, key: string) => {
    const m = scene(id).marks.find((x) => x.key === key);
    expect(m, `${id}: mark ${key}`).toBeDefined();
    return m!;
  };
  const visibleKeys = (id: string, series?: string) =>
    scene(id)
      .marks.filter((m) => visible(m) && (!series || m.series === series))
      .map((m) => m.key);

  it.each(stateIds)('%s: one falcon mark per year, one expectation mark, one new-glenn mark per flight; all inside the box', (id) => {
    const s = scene(id);
    expectUniqueKeys(s.marks, id);
    const falconMarks = s.marks.filter((m) => m.series === 'falcon');
    expect(falconMarks.map((m) => m.key).sort()).toEqual([...yearKeys, expectedKey].sort());
    for (const y of years) expect(mark(id, String(y.year)).value).toBe(y.launches);
    expect(mark(id, expectedKey).value).toBe(expectation.launches);
    expect(mark(id, expectedKey).variant).toBe('expectation');
    expect(s.marks.filter((m) => m.series === 'new-glenn').map((m) => m.key)).toEqual(flights.map((f) => f.flight));
    expect(s.marks).toHaveLength(years.length + 1 + flights.length);
    expectMarksInside(s, `${id} at ${size.width}×${size.height}`);
    expect(s.description.length).toBeGreaterThan(20);
  });

  it('every state has the same key set: bars move between states, they are not replaced', () => {
    const keySet = (id: string) => scene(id).marks.map((m) => m.key).sort();
    for (const id of stateIds) expect(keySet(id), id).toEqual(keySet(stateIds[0]!));
  });

  it.each(stateIds)('%s: visible bars share one baseline and their heights are proportional to launches (within 1%)', (id) => {
    const bars = scene(id).marks.filter((m) => m.series === 'falcon' && visible(m));
    const baseline = bars[0]!.y + bars[0]!.height;
    for (const b of bars) expect(b.y + b.height, b.key).toBeCloseTo(baseline, 6);
    const counted = bars.filter((b) => (b.value ?? 0) > 0);
    expect(counted.length).toBeGreaterThan(0);
    const ratios = counted.map((b) => b.height / b.value!);
    const ref = ratios[0]!;
    expect(ref).toBeGreaterThan(0);
    for (const [i, r] of ratios.entries()) expect(Math.abs(r / ref - 1), `${id}: bar ${counted[i]!.key}`).toBeLessThan(0.01);
    // a year with no launches has no height
    for (const b of bars.filter((b) => b.value === 0)) expect(b.height).toBeCloseTo(0, 9);
  });

  it.each(stateIds)('%s: bars sit in year order without overlapping, New Glenn beside them', (id) => {
    const falconBars = years.map((y) => mark(id, String(y.year)));
    for (let i = 1; i < falconBars.length; i++) {
      expect(falconBars[i]!.x).toBeGreaterThan(falconBars[i - 1]!.x);
      expect(overlaps(falconBars[i]!, falconBars[i - 1]!)).toBe(false);
    }
    const ng = flights.map((f) => mark(id, f.flight));
    for (const n of ng) for (const b of falconBars) expect(overlaps(n, b), `${n.key} / ${b.key}`).toBe(false);
  });

  it('early: only the years through 2016 are visible', () => {
    const early = years.filter((y) => y.year <= 2016).map((y) => String(y.year));
    expect(early.length).toBeGreaterThan(0);
    expect(visibleKeys('early').sort()).toEqual(early.sort());
    for (const m of scene('early').marks.filter((m) => !visible(m))) expect(m.height, m.key).toBe(0);
  });

  it('climb: years through 2023 visible, nothing later', () => {
    expect(visibleKeys('climb').sort()).toEqual(years.filter((y) => y.year <= 2023).map((y) => String(y.year)).sort());
  });

  it('record-2024: years through 2024 visible, not the 2025 count nor the expectation, 2024 emphasised', () => {
    const keys = visibleKeys('record-2024');
    expect(keys.sort()).toEqual(years.filter((y) => y.year <= 2024).map((y) => String(y.year)).sort());
    expect(keys).not.toContain('2025');
    expect(keys).not.toContain(expectedKey);
    const emphasised = scene('record-2024').marks.filter((m) => m.opacity === 1).map((m) => m.key);
    expect(emphasised).toEqual(['2024']);
    const label = scene('record-2024').labels.find((l) => l.key === 'value-2024');
    expect(label?.text).toBe(`${launchesIn(2024)} in 2024`);
  });

  it('expected-2025: the expectation mark (170) and the 2025 count are both shown', () => {
    const exp = mark('expected-2025', expectedKey);
    expect(visible(exp)).toBe(true);
    expect(exp.variant).toBe('expectation');
    expect(exp.value).toBe(expectation.launches);
    const counted = mark('expected-2025', String(expectation.year));
    expect(visible(counted)).toBe(true);
    expect(counted.value).toBe(launchesIn(expectation.year));
    expect(counted.variant).toBe('counted-later');
    // the expectation is taller than the count by the data's difference (170 vs 165)
    expect(exp.height / counted.height).toBeCloseTo(expectation.launches / launchesIn(expectation.year), 2);
    expect(visibleKeys('expected-2025', 'new-glenn')).toEqual([]);
  });

  it('new-glenn: both flights shown; the one flown after the story date is marked planned', () => {
    for (const f of flights) {
      const m = mark('new-glenn', f.flight);
      expect(visible(m), f.flight).toBe(true);
      expect(m.height, f.flight).toBeGreaterThan(0);
      if (f.date > storyDate) expect(m.variant, f.flight).toBe('planned');
      else expect(m.variant, f.flight).toBeUndefined();
    }
    expect(mark('new-glenn', 'NG-2').variant).toBe('planned');
  });

  it('ratio: both flights shown solid', () => {
    for (const f of flights) {
      const m = mark('ratio', f.flight);
      expect(visible(m)).toBe(true);
      expect(m.opacity).toBe(1);
      expect(m.variant).toBeUndefined();
    }
    const ng = flights.filter((f) => f.date.startsWith('2025')).length;
    const label = scene('ratio').labels.find((l) => l.key === 'ng');
    expect(label?.text).toBe(`2025: ${launchesIn(2025)} Falcon, ${ng} New Glenn`);
  });

  it.each(['new-glenn', 'ratio'])('%s: flights are stacked, one equal block per flight, on the bars’ baseline and at least one launch tall', (id) => {
    const ng: RectMark[] = flights.map((f) => mark(id, f.flight));
    const bars = scene(id).marks.filter((m) => m.series === 'falcon' && visible(m) && (m.value ?? 0) > 0);
    const pxPerLaunch = bars[0]!.height / bars[0]!.value!;
    const baseline = bars[0]!.y + bars[0]!.height;
    expect(ng[0]!.y + ng[0]!.height).toBeCloseTo(baseline, 6);
    for (let i = 1; i < ng.length; i++) expect(ng[i]!.y + ng[i]!.height).toBeCloseTo(ng[i - 1]!.y, 6);
    for (const m of ng) {
      expect(m.height).toBeCloseTo(ng[0]!.height, 9);
      // drawn on the Falcon scale, only ever enlarged to stay visible (MIN_FLIGHT_HEIGHT)
      expect(m.height).toBeGreaterThanOrEqual(pxPerLaunch - 1e-9);
      expect(m.height).toBeLessThanOrEqual(Math.max(3, pxPerLaunch) + 1e-9);
    }
  });

  it.each(['early', 'climb', 'record-2024', 'expected-2025'])('%s: New Glenn flights are hidden', (id) => {
    expect(visibleKeys(id, 'new-glenn')).toEqual([]);
  });
});

describe('launch-cadence data table', () => {
  it('one row per year with its count, New Glenn flights in their year', () => {
    const table = chart.table(data);
    expect(table.rows.map((r) => r[0])).toEqual(yearKeys);
    for (const [i, y] of years.entries()) expect(table.rows[i]![1]).toBe(String(y.launches));
    const row2025 = table.rows.find((r) => r[0] === '2025')!;
    expect(row2025[2]).toBe(String(flights.filter((f) => f.date.startsWith('2025')).length));
    expect(row2025[3]).toContain('expected about 170');
  });
});

describe('launch-cadence resolveState', () => {
  it.each(['<img src=x onerror=alert(1)>', '', undefined, null, 0, {}, ['ratio'], '__proto__', 'constructor', 'toString', 'valueOf', 'RATIO', 'ratio\n'])(
    'falls back to the default state for %j',
    (wanted) => {
      expect(resolveState(def, wanted)).toBe(def.defaultState);
      expect(def.defaultState).toBe('early');
    },
  );

  it.each(stateIds)('keeps the known state %s', (id) => {
    expect(resolveState(def, id)).toBe(id);
  });
});

describe('launch-cadence with a year missing from the data', () => {
  // The schema does not require consecutive years. Data with a gap (say a zero year left out) must
  // either be rejected by loadDatasets or still be laid out inside the chart's box.
  it('is rejected, or every visible mark stays inside the box', () => {
    const dir = copyDataDir();
    try {
      editJson(dir, 'falcon-launches.json', (j) => {
        j.years = j.years.filter((y: { year: number }) => y.year !== 2011);
      });
      let datasets;
      try {
        datasets = loadDatasets(dir);
      } catch (err) {
        expect((err as Error).message).toContain('falcon-launches.json');
        return;
      }
      const gapData = chart.shape(datasets);
      for (const size of sizes) for (const id of stateIds) expectMarksInside(def.layout(gapData, id, size), `${id} at ${size.width}×${size.height}, 2011 left out`);
    } finally {
      removeDir(dir);
    }
  });
});

describe('launch-cadence with a year after the story added to the data', () => {
  it('keeps New Glenn beside its own year, every mark inside the box', () => {
    const dir = copyDataDir();
    try {
      editJson(dir, 'falcon-launches.json', (j) => {
        j.years.push({ year: 2026, launches: 150, countedAfterStory: true });
      });
      const more = chart.shape(loadDatasets(dir)) as LaunchCadenceData;
      for (const size of sizes) {
        const scene = def.layout(more, 'ratio', size);
        expectMarksInside(scene, `ratio at ${size.width}×${size.height} with 2026`);
        const bar = (key: string) => scene.marks.find((m) => m.key === key)!;
        const ng = bar('NG-1');
        // New Glenn's slot lies between the 2025 and 2026 bars.
        expect(ng.x).toBeGreaterThan(bar('2025').x);
        expect(ng.x).toBeLessThan(bar('2026').x);
      }
    } finally {
      removeDir(dir);
    }
  });
});
