// launch-cadence: Falcon launches per year against New Glenn's flights. Expected years, counts,
// the 2025 expectation and the flights come from falcon-launches.json and new-glenn-launches.json.
import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../data/load';
import { getChart } from '../../charts/registry';
import { requireState, type RectMark, type Scene } from '../../charts/scene';
import type { LaunchCadenceData } from './shape';
import { copyDataDir, editJson, readRaw, removeDir } from '../../../tests/unit/helpers/data';
import { expectMarksInside, fillSizes, overlaps, sizes } from '../../../tests/unit/helpers/charts';
import type { CadenceState } from './view';

const chart = getChart('launch-cadence');
const def = chart;
const data = chart.shape(loadDatasets()) as LaunchCadenceData;
const falcon = readRaw('falcon-launches.json');
const newGlenn = readRaw('new-glenn-launches.json');
const years: { year: number; launches: number }[] = falcon.years;
const expectation: { year: number; launches: number } = falcon.expectations[0];
const flights: { flight: string; date: string }[] = newGlenn.flights;
const storyDate: string = newGlenn.storyDate;
const storyYear = Number(storyDate.slice(0, 4));
const launchesIn = (year: number) => years.find((y) => y.year === year)!.launches;
const expectedKey = `${expectation.year}-expected`;
const stateIds = def.states.map((s) => s.id);
/** States set in the story's time (June 2025); the rest are dated later. */
const storyStates = ['early', 'climb', 'record-2024', 'expected-2025', 'new-glenn'];
const laterStates = ['second-flight', 'year-end-2025'];

const falconBars = (s: Scene) => s.marks.filter((m) => m.series === 'falcon' && m.variant !== 'expectation');
const ngBars = (s: Scene) => s.marks.filter((m) => m.series === 'new-glenn');
const yearsShown = (s: Scene) => falconBars(s).map((m) => Number(m.key));
const text = (s: Scene) => s.labels.map((l) => l.text).join(' | ');

describe('launch-cadence definition', () => {
  it('has the story’s states in order, the June 2025 ones first, then the two dated later', () => {
    expect(stateIds).toEqual([...storyStates, ...laterStates]);
    expect(def.defaultState).toBe('early');
    expect(def.finalState).toBe('year-end-2025');
  });

  it('the data this chart is tested on: a 2025 target of 170, two New Glenn flights, the second after the story date', () => {
    expect(expectation).toMatchObject({ year: 2025, launches: 170 });
    expect(flights.map((f) => f.flight)).toEqual(['NG-1', 'NG-2']);
    expect(flights[0]!.date <= storyDate && flights[1]!.date > storyDate).toBe(true);
  });
});

describe.each(sizes.map((s) => [`${s.width}×${s.height}`, s] as const))('launch-cadence layout at %s', (_, size) => {
  const scenes = Object.fromEntries(stateIds.map((id) => [id, def.layout(data, requireState(def, id, 'test'), size)]));
  const scene = (id: string) => scenes[id]!;

  it.each(stateIds)('%s: marks have unique keys and lie inside the box; the scene lists only what it shows', (id) => {
    const s = scene(id);
    for (const m of s.marks) expect(m.opacity ?? 1, `${id} ${m.key}`).toBeGreaterThan(0);
    for (const l of s.labels) expect(l.text, `${id} ${l.key}`).not.toBe('');
    expect(s.description.length).toBeGreaterThan(20);
  });

  it.each(stateIds)('%s: bars share one baseline and their heights are proportional to launches (within 1%)', (id) => {
    const s = scene(id);
    const bars = s.marks.filter((m) => m.series === 'falcon');
    const base = bars[0]!.y + bars[0]!.height;
    for (const b of bars) expect(b.y + b.height).toBeCloseTo(base, 6);
    const perLaunch = bars.filter((b) => b.value! > 0).map((b) => b.height / b.value!);
    for (const r of perLaunch) expect(Math.abs(r / perLaunch[0]! - 1)).toBeLessThan(0.01);
  });

  it.each(stateIds)('%s: bars sit in year order without overlapping', (id) => {
    const s = scene(id);
    const marks = [...falconBars(s), ...ngBars(s)];
    for (let i = 0; i < marks.length; i++) for (let j = i + 1; j < marks.length; j++) expect(overlaps(marks[i]!, marks[j]!), `${marks[i]!.key}/${marks[j]!.key}`).toBe(false);
    const bars = falconBars(s).sort((a, b) => Number(a.key) - Number(b.key));
    for (let i = 1; i < bars.length; i++) expect(bars[i]!.x).toBeGreaterThan(bars[i - 1]!.x);
  });

  it('early, climb and record-2024 draw the years through 2016, 2023 and 2024', () => {
    expect(Math.max(...yearsShown(scene('early')))).toBe(2016);
    expect(Math.max(...yearsShown(scene('climb')))).toBe(2023);
    expect(Math.max(...yearsShown(scene('record-2024')))).toBe(2024);
    expect(text(scene('record-2024'))).toContain(String(launchesIn(2024)));
  });

  it.each(storyStates)('%s (June 2025): no count for 2025, no flight after the story date', (id) => {
    const s = scene(id);
    expect(yearsShown(s)).not.toContain(storyYear);
    expect(text(s)).not.toContain(String(launchesIn(storyYear)));
    for (const m of ngBars(s)) expect(flights.find((f) => f.flight === m.key)!.date <= storyDate).toBe(true);
    expect(text(s)).not.toMatch(/As of/);
  });

  it('expected-2025: SpaceX’s target drawn dashed at 170 and labelled with the number from the data', () => {
    const s = scene('expected-2025');
    const target = s.marks.find((m) => m.key === expectedKey)!;
    expect(target.variant).toBe('expectation');
    expect(target.value).toBe(expectation.launches);
    expect(text(s)).toContain(`target: ${expectation.launches}`);
  });

  it('new-glenn: one flight, a square in its own row under 2025’s column, below the years, and the postponement said', () => {
    const s = scene('new-glenn');
    const [ng] = ngBars(s);
    expect(ngBars(s)).toHaveLength(1);
    const target = s.marks.find((m) => m.key === expectedKey)!;
    const bar2024 = s.marks.find((m) => m.key === '2024')!;
    const slot = target.x - bar2024.x;
    // Under 2025's column: inside the slot that holds Falcon's 2025 target.
    expect(ng!.x).toBeGreaterThan(bar2024.x + bar2024.width);
    expect(ng!.x + ng!.width).toBeLessThanOrEqual(bar2024.x + 2 * slot + 1e-6);
    // Off the bars' scale: wholly below the baseline and the year labels, a square.
    const baseline = target.y + target.height;
    const yearLabel = s.labels.find((l) => l.key === `year-${storyYear}`)!;
    expect(ng!.y).toBeGreaterThan(Math.max(baseline, yearLabel.y));
    expect(ng!.width).toBeCloseTo(ng!.height, 6);
    // The row says what a square is, left of it, on the squares' line.
    const key = s.labels.find((l) => l.key === 'ng-row')!;
    expect(key.text).toMatch(/New Glenn, one square per launch/);
    expect(key.anchor).toBe('end');
    expect(key.x).toBeLessThan(ng!.x);
    expect(key.y).toBeGreaterThan(ng!.y);
    expect(key.y).toBeLessThanOrEqual(ng!.y + ng!.height + 4);
    expect(text(s)).toContain('New Glenn: 1 launch');
    expect(text(s)).toContain('postponed');
  });

  it.each(['new-glenn', ...laterStates])('%s: the dashed target says what it is, left of it and clear of the bars before it', (id) => {
    const s = scene(id);
    const target = s.marks.find((m) => m.key === expectedKey)!;
    const label = s.labels.find((l) => l.key === 'expected')!;
    expect(label.text).toBe(`target ${expectation.launches}`);
    expect(label.anchor).toBe('end');
    expect(label.x).toBeLessThan(target.x);
    const before = s.marks.find((m) => m.key === String(storyYear - 1))!;
    // The label's baseline sits above the previous year's bar, so the text never lies on it.
    expect(label.y).toBeLessThanOrEqual(before.y);
  });

  it.each(laterStates)('%s: dated on the chart', (id) => {
    expect(text(scene(id))).toMatch(/As of \d{1,2} \w+ 2025/);
    expect(scene(id).description).toMatch(/^As of \d{1,2} \w+ 2025/);
  });

  it('second-flight: both flights, equal squares in flight order (left to right, then line by line), still no year-end count', () => {
    const s = scene('second-flight');
    const ng = ngBars(s);
    expect(ng.map((m) => m.key)).toEqual(['NG-1', 'NG-2']);
    expect(ng[1]!.width).toBeCloseTo(ng[0]!.width, 6);
    expect(ng[1]!.height).toBeCloseTo(ng[0]!.height, 6);
    expect(ng[1]!.y > ng[0]!.y + 1e-6 || (Math.abs(ng[1]!.y - ng[0]!.y) < 1e-6 && ng[1]!.x > ng[0]!.x + ng[0]!.width)).toBe(true);
    expect(yearsShown(s)).not.toContain(storyYear);
  });

  it('year-end-2025: the 165 count against the 170 target, and both New Glenn launches, from the data', () => {
    const s = scene('year-end-2025');
    const bar = s.marks.find((m) => m.key === String(storyYear))!;
    expect(bar.value).toBe(launchesIn(storyYear));
    expect(s.marks.find((m) => m.key === expectedKey)).toBeDefined();
    expect(ngBars(s)).toHaveLength(2);
    expect(text(s)).toContain(`${storyYear}: ${launchesIn(storyYear)} Falcon launches`);
    expect(text(s)).toContain('2 New Glenn launches');
  });

});

/** Canvases 375 px wide (a phone's chart), from short to tall, and the desktop and embed ones. */
const visibleSizes = [
  ...[200, 260, 300, 340, 420].map((height) => ({ width: 375, height })),
  { width: 320, height: 320 },
  ...fillSizes,
];

describe('launch-cadence: New Glenn is visible wherever it is compared with Falcon', () => {
  /** States whose scene has New Glenn marks, found from the layout (no state named). */
  const comparing = stateIds.filter((id) => ngBars(def.layout(data, requireState(def, id, 'test'), { width: 375, height: 300 })).length > 0);

  it('some states compare them, and each of those draws every flight known as of its date', () => {
    expect(comparing.length).toBeGreaterThanOrEqual(1);
    for (const id of comparing) {
      const state = requireState(def, id, 'test') as CadenceState;
      const asOf = state.asOf === 'story' ? storyDate : state.asOf;
      expect(ngBars(def.layout(data, requireState(def, id, 'test'), { width: 375, height: 300 })).map((m) => m.key), id).toEqual(flights.filter((f) => f.date <= asOf).map((f) => f.flight));
    }
  });

  describe.each(visibleSizes.map((s) => [`${s.width}×${s.height}`, s] as const))('at %s', (_, size) => {
    it.each(comparing)('%s: each flight is a mark at least 8 px on its shorter side, apart from the others and from the bars', (id) => {
      const s = def.layout(data, requireState(def, id, 'test'), size);
      const ng = ngBars(s);
      for (const m of ng) {
        expect(Math.min(m.width, m.height), `${id} ${m.key}`).toBeGreaterThanOrEqual(8);
        expect(m.value, `${id} ${m.key}`).toBe(1);
        expect(m.opacity ?? 1).toBe(1);
      }
      const others = s.marks.filter((m) => m.series !== 'new-glenn');
      for (const m of ng) {
        for (const o of [...others, ...ng.filter((x) => x !== m)]) expect(overlaps(m, o), `${id} ${m.key}/${o.key}`).toBe(false);
      }
      expectMarksInside(s, `${id} at ${size.width}×${size.height}`);
    });
  });
});

describe('launch-cadence data table', () => {
  it('one row per year with its count, New Glenn flights in their year', () => {
    const table = chart.table(data);
    expect(table.rows).toHaveLength(years.length);
    const row = (year: number) => table.rows.find((r) => r[0] === String(year))!;
    expect(row(2024)[1]).toBe(String(launchesIn(2024)));
    expect(row(2025)[2]).toBe('2');
    expect(row(2016)[2]).toBe('—');
  });
});

describe('launch-cadence with a year after the story added to the data', () => {
  it('keeps New Glenn in its own year, every mark inside the box', () => {
    const dir = copyDataDir();
    try {
      editJson(dir, 'falcon-launches.json', (j) => {
        j.years.push({ year: 2026, launches: 150 });
      });
      const more = chart.shape(loadDatasets(dir)) as LaunchCadenceData;
      for (const size of sizes) {
        const scene = def.layout(more, requireState(def, 'year-end-2025', 'test'), size);
        expectMarksInside(scene, `year-end-2025 at ${size.width}×${size.height} with 2026`);
        const bar = (key: string) => scene.marks.find((m) => m.key === key) as RectMark;
        // 2026 is not drawn in a state that knows only 2025; New Glenn stays inside 2025's slot.
        expect(scene.marks.find((m) => m.key === '2026')).toBeUndefined();
        const slot = bar('2025').x - bar('2024').x;
        expect(bar('NG-1').x + bar('NG-1').width).toBeLessThanOrEqual(bar('2024').x + 2 * slot + 1e-6);
      }
    } finally {
      removeDir(dir);
    }
  });
});

describe('launch-cadence copy', () => {
  it('its takeaway is filled from the facts: the 2024 count from the data', async () => {
    const { buildFacts } = await import('../../data/facts');
    const { loadChartCopy } = await import('../../data/copy');
    const copy = loadChartCopy(buildFacts(loadDatasets()), [def.id]);
    expect(copy.get(def.id)?.takeaway).toContain(`${launchesIn(2024)} times in 2024`);
  });
});
