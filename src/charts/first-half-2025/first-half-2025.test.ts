// first-half-2025: the timeline of January–June 2025. Expected events, lanes and dates come from
// events.json as read raw here; what each state adds comes from the chart's states (they are data).
import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../data/load';
import { DataFileError } from '../../data/validate';
import { getChart } from '../../charts/registry';
import { requireState, type RectMark, type Scene, type Size } from '../../charts/scene';
import { FONT_PX, labelBox } from './layout';
import { boxesOverlap, expectCleanLabels, largestEmptyBand, markBox } from './label-checks';
import type { TimelineData } from './shape';
import { states } from './view';
import { copyDataDir, editJson, readRaw, removeDir } from '../../../tests/unit/helpers/data';

const ID = 'first-half-2025';
const chart = getChart(ID);
const def = chart;
const data = chart.shape(loadDatasets()) as TimelineData;
const raw: { id: string; date: string; lane?: string; label?: string; source: string }[] = readRaw('events.json').events;
const laneEvents = raw.filter((e) => e.lane);
const laneOf = new Map(laneEvents.map((e) => [e.id, e.lane!]));
const stateIds = def.states.map((s) => s.id);

/** The twelve events of the cross-branch contract: the states must show exactly these. */
const contractIds = ['melania-documentary', 'new-glenn-first-flight', 'nssl-award', 'musk-leaves', 'isaacman-withdrawn', 'trump-contracts-post', 'dragon-threat', 'ng2-reset', 'bezos-calls', 'limp-wiles', 'wsj-report', 'wedding'];

/** The sizes a reader meets: pinned on a phone, a narrow phone, the inline picture, desktop, the embed. */
const sizes: Size[] = [
  { width: 375, height: 300 },
  { width: 343, height: 300 },
  { width: 320, height: 300 },
  { width: 420, height: 300 },
  { width: 600, height: 450 },
  { width: 640, height: 440 },
  { width: 700, height: 525 },
];
const fillSizes = [sizes[0]!, sizes[4]!, sizes[5]!];

describe('first-half-2025 definition and data', () => {
  it('has the five states of the contract, in order, cumulative', () => {
    expect(stateIds).toEqual(['jan-apr', 'rupture', 'feud', 'outreach', 'report']);
    expect(def.defaultState).toBe('jan-apr');
    expect(def.finalState).toBe('report');
    states.forEach((s, i) => {
      expect(s.shows).toEqual(states.slice(0, i + 1).flatMap((p) => p.adds));
      expect(s.adds.length).toBeGreaterThan(0);
    });
    expect([...states.at(-1)!.shows].sort()).toEqual([...contractIds].sort());
  });

  it('every event a state names is in events.json with a lane and a short label', () => {
    for (const id of contractIds) {
      const e = raw.find((r) => r.id === id);
      expect(e, id).toBeDefined();
      expect(['spacex', 'blue-origin', 'government'], id).toContain(e!.lane);
      expect(e!.label!.length, id).toBeGreaterThan(0);
      expect(e!.label!.length, id).toBeLessThanOrEqual(34);
    }
  });

  it('shapes one event per lane record, in date order, with day or month precision', () => {
    expect(data.events.map((e) => e.id).sort()).toEqual(laneEvents.map((e) => e.id).sort());
    for (let i = 1; i < data.events.length; i++) {
      const mid = (e: (typeof data.events)[number]) => (e.start + e.end) / 2;
      expect(mid(data.events[i]!)).toBeGreaterThanOrEqual(mid(data.events[i - 1]!));
    }
    for (const e of data.events) {
      const r = raw.find((q) => q.id === e.id)!;
      expect(e.precision, e.id).toBe(r.date.length === 10 ? 'day' : 'month');
      expect(e.end - e.start, e.id).toBe(e.precision === 'day' ? 1 : data.months.find((m) => m.key === r.date.slice(0, 7))!.end - data.months.find((m) => m.key === r.date.slice(0, 7))!.start);
    }
    // The axis: whole months from the first event's to the last event's.
    const monthsOf = laneEvents.map((e) => e.date.slice(0, 7)).sort();
    expect(data.months[0]!.key).toBe(monthsOf[0]);
    expect(data.months.at(-1)!.key).toBe(monthsOf.at(-1));
    expect(data.months.map((m) => m.key)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
  });
});

describe.each(sizes.map((s) => [`${s.width}×${s.height}`, s] as const))('first-half-2025 layout at %s', (_, size) => {
  const scenes: Record<string, Scene> = Object.fromEntries(stateIds.map((id) => [id, def.layout(data, requireState(def, id, 'test'), size)]));
  const scene = (id: string) => scenes[id]!;
  const state = (id: string) => states.find((s) => s.id === id)!;

  it.each(stateIds)('%s: one mark per event it shows, keyed by event id, in its lane; all inside the box', (id) => {
    const s = scene(id);
    expect(s.marks.map((m) => m.key).sort()).toEqual([...state(id).shows].sort());
    expect(new Set(s.marks.map((m) => m.key)).size).toBe(s.marks.length);
    for (const m of s.marks) {
      expect(m.series, m.key).toBe(laneOf.get(m.key));
      expect(m.x, m.key).toBeGreaterThanOrEqual(0);
      expect(m.y, m.key).toBeGreaterThanOrEqual(0);
      expect(m.x + m.width, m.key).toBeLessThanOrEqual(size.width + 1e-6);
      expect(m.y + m.height, m.key).toBeLessThanOrEqual(size.height + 1e-6);
      expect(m.width, m.key).toBeGreaterThan(0);
      expect(m.height, m.key).toBeGreaterThan(0);
    }
  });

  it('reveals cumulatively: each state keeps every mark of the one before', () => {
    for (let i = 1; i < stateIds.length; i++) {
      const before = scene(stateIds[i - 1]!).marks.map((m) => m.key);
      const now = scene(stateIds[i]!).marks.map((m) => m.key);
      for (const k of before) expect(now, `${stateIds[i]} keeps ${k}`).toContain(k);
      expect(now.length).toBeGreaterThan(before.length);
    }
  });

  it.each(stateIds)('%s: the events it adds are drawn full and labelled in their lane colour; earlier ones faded', (id) => {
    const s = scene(id);
    const adds = new Set(state(id).adds);
    for (const m of s.marks) {
      if (adds.has(m.key)) expect(m.opacity ?? 1, m.key).toBe(1);
      else expect(m.opacity ?? 1, m.key).toBeLessThan(0.6);
    }
    for (const key of adds) {
      // one line, or two where it is long and the row tall enough
      const lines = s.labels.filter((l) => l.key === `label-${key}` || l.key === `label-${key}-2`);
      expect(lines.length, `label for ${key}`).toBeGreaterThan(0);
      for (const l of lines) {
        expect(['event-new', 'event-new-compact']).toContain(l.variant);
        expect(l.series).toBe(laneOf.get(key));
      }
      // whole, not shortened, at every size a reader meets
      expect(lines.map((l) => l.text).join(' ')).toContain(raw.find((r) => r.id === key)!.label);
    }
    for (const l of s.labels.filter((l) => l.variant === 'event-earlier')) expect(l.series, l.key).toBeUndefined();
  });

  it.each(stateIds)('%s: every label is at least 12px, inside the box, and overlaps no other label and no mark', (id) => {
    expectCleanLabels(scene(id), size);
  });

  it.each(stateIds)('%s: marks do not overlap one another', (id) => {
    const marks = scene(id).marks;
    for (let i = 0; i < marks.length; i++) for (let j = i + 1; j < marks.length; j++) expect(boxesOverlap(markBox(marks[i]!), markBox(marks[j]!)), `${marks[i]!.key} / ${marks[j]!.key}`).toBe(false);
  });

  it('time runs left to right on one axis for every state: an event keeps its x; later dates sit further right', () => {
    const last = scene('report');
    for (const id of stateIds) {
      for (const m of scene(id).marks) {
        const final = last.marks.find((q) => q.key === m.key)!;
        expect(m.x + m.width / 2, `${id} ${m.key}`).toBeCloseTo(final.x + final.width / 2, 6);
      }
    }
    const days = data.events.filter((e) => e.precision === 'day');
    const centre = (key: string) => {
      const m = last.marks.find((q) => q.key === key)!;
      return m.x + m.width / 2;
    };
    for (let i = 1; i < days.length; i++) {
      if (days[i]!.start > days[i - 1]!.start) expect(centre(days[i]!.id), `${days[i]!.id} after ${days[i - 1]!.id}`).toBeGreaterThan(centre(days[i - 1]!.id));
    }
  });

  it('a month-only event is a dashed bar across its whole month; a day is a square', () => {
    const last = scene('report');
    const grid = (key: string) => last.rules.find((r) => r.key === key);
    for (const e of data.events) {
      const m = last.marks.find((q) => q.key === e.id)!;
      if (e.precision === 'month') {
        expect(m.variant).toContain('month');
        const i = data.months.findIndex((mm) => mm.key === e.date.slice(0, 7));
        expect(m.x).toBeCloseTo(grid(`grid-${data.months[i]!.key}`)!.x1, 6);
        const next = data.months[i + 1] ? grid(`grid-${data.months[i + 1]!.key}`) : grid('grid-end');
        expect(m.x + m.width).toBeCloseTo(next!.x1, 6);
      } else {
        expect(m.variant).not.toContain('month');
        expect(m.width).toBeCloseTo(m.height, 6);
      }
    }
  });

  it('lanes stack in order, each named, each event in its own row inside its lane', () => {
    const s = scene('report');
    const laneLabels = s.labels.filter((l) => l.variant === 'lane-name');
    expect(laneLabels.map((l) => l.series)).toEqual(['spacex', 'government', 'blue-origin']);
    const rows = s.marks.map((m) => m.y);
    expect(new Set(rows.map((y) => Math.round(y * 100))).size).toBe(s.marks.length);
    // every mark lies below its own lane's name and above the next lane's
    for (const m of s.marks) {
      const i = laneLabels.findIndex((l) => l.series === m.series);
      expect(m.y, m.key).toBeGreaterThan(laneLabels[i]!.y);
      if (laneLabels[i + 1]) expect(m.y + m.height, m.key).toBeLessThan(laneLabels[i + 1]!.y - FONT_PX['lane-name']);
    }
  });

  it('month names under the axis, one per month', () => {
    const ticks = scene('jan-apr').labels.filter((l) => l.variant === 'tick');
    expect(ticks.map((t) => t.key)).toEqual(data.months.map((m) => `month-${m.key}`));
    expect(ticks[0]!.text.startsWith('Jan')).toBe(true);
  });
});

describe.each(fillSizes.map((s) => [`${s.width}×${s.height}`, s] as const))('first-half-2025 fills the canvas at %s', (_, size) => {
  it.each(stateIds)('%s: no empty band over a fifth of the height or width', (id) => {
    const s = def.layout(data, requireState(def, id, 'test'), size);
    const boxes = [...s.marks.map(markBox), ...s.labels.map(labelBox)];
    const rows = largestEmptyBand(boxes, 'y', size.height);
    const cols = largestEmptyBand(boxes, 'x', size.width);
    expect(rows / size.height, `largest empty band across: ${rows.toFixed(1)}px of ${size.height}`).toBeLessThan(0.2);
    expect(cols / size.width, `largest empty band down: ${cols.toFixed(1)}px of ${size.width}`).toBeLessThan(0.2);
  });
});

describe('first-half-2025 descriptions', () => {
  it.each(stateIds)('%s: names each event it adds with its date and lane, in reader copy', (id) => {
    const s = def.layout(data, requireState(def, id, 'test'), def.defaultSize);
    const st = states.find((x) => x.id === id)!;
    for (const key of st.adds) expect(s.description).toContain(raw.find((r) => r.id === key)!.label!);
    // The span and lanes are said once, where the timeline opens; later states say only what they add (issue #18).
    if (id === 'jan-apr') expect(s.description).toMatch(/January–June 2025 in three lanes/);
    else expect(s.description).not.toMatch(/lanes/);
    // The step's short sentence names the same events.
    for (const key of st.adds) expect(s.summary).toContain(raw.find((r) => r.id === key)!.label!);
    expect(s.description).not.toMatch(/\b(article|this story|data file|json|scroll)\b/i);
    if (id !== 'jan-apr') expect(s.description).toMatch(/earlier events? stays? in view/);
  });
});

describe('first-half-2025 table and CSV', () => {
  it('one table row per event: date, lane, event, source publisher', () => {
    const table = chart.table(data);
    expect(table.columns).toEqual(['Date', 'Lane', 'Event', 'Source']);
    expect(table.rows).toHaveLength(laneEvents.length);
    const publishers = new Map(readRaw('sources.json').sources.map((s: { id: string; publisher: string }) => [s.id, s.publisher]));
    for (const e of data.events) {
      const row = table.rows.find((r) => r[2] === e.what)!;
      expect(row, e.id).toBeDefined();
      expect(row[3]).toBe(publishers.get(e.source));
    }
    expect(table.rows.find((r) => String(r[0]) === 'June 2025')).toBeDefined();
    expect(table.rows.find((r) => String(r[0]) === '5 June 2025')).toBeDefined();
  });

  it('one CSV row per event with its id, date as given, lane and a source citation', () => {
    const csv = chart.csv(data, (ids) => `cited:${ids.join('+')}`);
    expect(csv.columns.at(-1)).toBe('source');
    expect(csv.rows).toHaveLength(laneEvents.length);
    for (const e of laneEvents) {
      const row = csv.rows.find((r) => r[0] === e.id)!;
      expect(row, e.id).toBeDefined();
      expect(row[csv.columns.indexOf('date')]).toBe(e.date);
      expect(row[csv.columns.indexOf('lane')]).toBe(e.lane);
      expect(row.at(-1)).toBe(`cited:${e.source}`);
    }
    expect(chart.sources(data).sort()).toEqual([...new Set(laneEvents.map((e) => e.source))].sort());
  });
});

describe('first-half-2025 with other data', () => {
  const withEdit = (edit: (j: any) => void) => {
    const dir = copyDataDir();
    try {
      editJson(dir, 'events.json', edit);
      return loadDatasets(dir);
    } finally {
      removeDir(dir);
    }
  };

  it('an event without a lane is not drawn', () => {
    const more = chart.shape(withEdit((j) => j.events.push({ id: 'extra-no-lane', date: '2025-03-01', what: 'Something else', source: 'reuters-ng1' }))) as TimelineData;
    expect(more.events.map((e) => e.id)).not.toContain('extra-no-lane');
    for (const id of stateIds) expect(def.layout(more, requireState(def, id, 'test'), sizes[0]!).marks.map((m) => m.key)).not.toContain('extra-no-lane');
  });

  it('an event with a lane that no state names appears, faded, once a state reaches its date', () => {
    const more = chart.shape(
      withEdit((j) => j.events.push({ id: 'extra-lane', date: '2025-05-15', what: 'A further event', lane: 'spacex', label: 'A further event', source: 'reuters-ng1' })),
    ) as TimelineData;
    expect(def.layout(more, requireState(def, 'jan-apr', 'test'), sizes[0]!).marks.map((m) => m.key)).not.toContain('extra-lane');
    for (const id of ['rupture', 'feud', 'outreach', 'report']) {
      for (const size of sizes) {
        const s = def.layout(more, requireState(def, id, 'test'), size);
        const m = s.marks.find((q) => q.key === 'extra-lane');
        expect(m, `${id} at ${size.width}`).toBeDefined();
        expect(m!.opacity).toBeLessThan(1);
        expect(m!.x + m!.width).toBeLessThanOrEqual(size.width);
        expect(m!.y + m!.height).toBeLessThanOrEqual(size.height);
      }
    }
  });

  it('labels at the schema’s 34-character limit still fit: whole, on two lines, or shortened, keeping "(June)"; never overlapping', () => {
    const long = chart.shape(
      withEdit((j) => {
        for (const e of j.events) if (e.lane) e.label = `${e.label} and the words after it`.slice(0, 34);
      }),
    ) as TimelineData;
    for (const size of sizes) {
      for (const id of stateIds) {
        const s = def.layout(long, requireState(def, id, 'test'), size);
        expectCleanLabels(s, size);
        for (const key of states.find((x) => x.id === id)!.adds) {
          const e = long.events.find((q) => q.id === key)!;
          const text = s.labels.filter((l) => l.key === `label-${key}` || l.key === `label-${key}-2`).map((l) => l.text).join(' ');
          expect(text.startsWith(e.label.slice(0, 6)) || text.includes(`: ${e.label.slice(0, 6)}`), `${id} at ${size.width}: "${text}"`).toBe(true);
          if (e.precision === 'month' && size.width < 520) expect(text, `${id} at ${size.width}`).toMatch(/\(June\)$/);
        }
      }
    }
  });

  it('four more dated events in June: rows grow thinner, and labels still fit without overlapping', () => {
    const more = chart.shape(
      withEdit((j) => {
        for (const [i, lane] of ['spacex', 'government', 'blue-origin', 'blue-origin'].entries()) {
          j.events.push({ id: `extra-${i}`, date: `2025-06-${String(10 + i * 3)}`, what: 'A further event', lane, label: 'A further event', source: 'reuters-ng1' });
        }
      }),
    ) as TimelineData;
    for (const size of sizes) {
      for (const id of stateIds) {
        const s = def.layout(more, requireState(def, id, 'test'), size);
        expectCleanLabels(s, size);
        for (const key of states.find((x) => x.id === id)!.adds) expect(s.labels.some((l) => l.key === `label-${key}`), `${id} at ${size.width}: ${key}`).toBe(true);
      }
    }
  });

  it('a state naming an event that events.json lacks stops the build, naming the file and the event', () => {
    const datasets = withEdit((j) => {
      j.events = j.events.filter((e: { id: string }) => e.id !== 'limp-wiles');
    });
    let err: unknown;
    try {
      chart.shape(datasets);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DataFileError);
    expect((err as Error).message).toContain('events.json');
    expect((err as Error).message).toContain('"limp-wiles"');
  });

  it('a named event that has lost its lane stops the build, naming the record and the field', () => {
    const datasets = withEdit((j) => {
      const e = j.events.find((q: { id: string }) => q.id === 'wedding');
      delete e.lane;
    });
    expect(() => chart.shape(datasets)).toThrow(/events\[\d+\] \(id wedding\), field "lane"/);
  });

  it('an event with a lane and no label fails the schema, naming the record and the field', () => {
    expect(() =>
      withEdit((j) => {
        delete j.events.find((q: { id: string }) => q.id === 'wedding').label;
      }),
    ).toThrow(/events\[\d+\] \(id wedding\), field "label": missing/);
  });

  it('a label over 34 characters fails the schema', () => {
    expect(() =>
      withEdit((j) => {
        j.events.find((q: { id: string }) => q.id === 'wedding').label = 'A label that is far too long for a phone';
      }),
    ).toThrow(/\(id wedding\), field "label": expected a chart label of at most 34 characters/);
  });

  it('a lane the timeline does not have stops the build, naming the record, the field and the lanes', () => {
    const datasets = withEdit((j) => {
      j.events.find((q: { id: string }) => q.id === 'wedding').lane = 'ula';
    });
    expect(() => chart.shape(datasets)).toThrow(/events\.json[\s\S]*\(id wedding\), field "lane": "ula" is not a lane of the timeline/);
  });
});
