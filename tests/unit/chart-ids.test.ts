// One way to ask for a state: defineView checks ids when a chart's module loads (the build stops,
// naming the chart's folder); requireState stops the build naming the file that asked; resolveState
// turns untrusted input into a known state or the default. Made-up charts: no real chart is named.
import { describe, expect, it } from 'vitest';
import { defineView, requireState, resolveState, type ChartState, type ViewSpec } from '../../src/charts/scene';
import { byFolder } from '../../src/charts/discover';
import { chartIds, getChart } from '../../src/charts/registry';
import { checkShareCard } from '../../src/data/site';

const spec = (over: Partial<ViewSpec<unknown, ChartState>> = {}): ViewSpec<unknown, ChartState> => ({
  id: 'demo-chart',
  states: [
    { id: 'start', label: 'Start' },
    { id: 'per-mission', label: 'Per mission' },
  ],
  defaultState: 'start',
  finalState: 'per-mission',
  defaultSize: { width: 100, height: 100 },
  layout: (_data, state, size) => ({ size, marks: [], labels: [], rules: [], description: state.label, summary: state.label }),
  ...over,
});

describe('defineView', () => {
  it('accepts lower-case words joined by single hyphens', () => {
    expect(defineView(spec()).states.map((s) => s.id)).toEqual(['start', 'per-mission']);
  });
  it.each(['Q1', 'a--b', '-a', 'a-', 'a_b', 'a b', '', 'café'])('a chart called %j stops the build, naming its folder', (id) => {
    expect(() => defineView(spec({ id }))).toThrow(`src/charts/${id}/view.ts: the chart id ${JSON.stringify(id)} is not a valid id`);
  });
  it.each(['a--b', 'Start', 'x y', '', '2025/26'])('a state called %j stops the build, naming the folder and the state', (bad) => {
    const states = [{ id: 'start', label: 'Start' }, { id: bad, label: 'Bad' }];
    expect(() => defineView(spec({ states, finalState: 'start' }))).toThrow(`src/charts/demo-chart/view.ts: chart "demo-chart": the state id ${JSON.stringify(bad)} is not a valid id`);
  });
  it('a repeated state, or a default that is not a state, stops the build', () => {
    expect(() => defineView(spec({ states: [{ id: 'start', label: 'A' }, { id: 'start', label: 'B' }], finalState: 'start' }))).toThrow('two states are called "start"');
    expect(() => defineView(spec({ defaultState: 'nope' }))).toThrow('src/charts/demo-chart/view.ts: chart "demo-chart": defaultState "nope" is not one of its states');
  });
});

describe('chart folders', () => {
  it('a folder whose name is not an id stops the build, naming the folder', () => {
    expect(() => byFolder({ './Bad_Chart/view.ts': { id: 'Bad_Chart' } }, 'view.ts')).toThrow("src/charts/Bad_Chart/: a chart folder's name is its id");
  });
  it('a chart whose id is not its folder name stops the build', () => {
    expect(() => byFolder({ './demo-chart/view.ts': { id: 'other' } }, 'view.ts')).toThrow('src/charts/demo-chart/view.ts declares chart "other"');
  });
});

describe('requireState and resolveState', () => {
  const view = defineView(spec());
  it('requireState gives the state object, and stops the build on anything else, naming the caller', () => {
    expect(requireState(view, 'per-mission', 'x.mdx').label).toBe('Per mission');
    expect(() => requireState(view, 'nope', 'content/chapters/01-x.mdx: <Step state>')).toThrow(
      'content/chapters/01-x.mdx: <Step state>: "nope" is not a state of demo-chart; its states are start, per-mission',
    );
  });
  it.each(['<img src=x onerror=alert(1)>', '', undefined, null, 0, {}, ['start'], '__proto__', 'constructor', 'toString', 'START', 'start\n', 'a--b'])(
    'resolveState falls back to the default for %j, or gives nothing when asked to',
    (wanted) => {
      expect(resolveState(view, wanted).id).toBe('start');
      expect(resolveState(view, wanted, null)).toBeUndefined();
    },
  );
  it('resolveState keeps a known state', () => {
    for (const s of view.states) expect(resolveState(view, s.id)).toBe(s);
  });
});

describe('the share card content/story.json names', () => {
  // The real registry: the card must name one of its charts and one of that chart's states. That
  // the build runs this check: share-card-wiring.test.ts.
  const [first] = chartIds;
  const view = getChart(first!);
  it('is accepted when it names a chart and one of its states', () => {
    expect(() => checkShareCard({ chart: first!, state: view.defaultState })).not.toThrow();
  });
  it('stops the build on a state its chart does not have, naming the file, the field and the states', () => {
    expect(() => checkShareCard({ chart: first!, state: 'nowhere' })).toThrow(
      `content/story.json, field "shareCard": "nowhere" is not a state of ${first}; its states are ${view.states.map((s) => s.id).join(', ')}`,
    );
  });
  it('stops the build on a chart that does not exist, naming the charts', () => {
    expect(() => checkShareCard({ chart: 'no-such-chart', state: view.defaultState })).toThrow(
      `content/story.json, field "shareCard": "no-such-chart" is not a chart; the charts are ${chartIds.join(', ')}`,
    );
  });
});
