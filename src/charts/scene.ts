// What a chart's layout returns for one (data, state, size): plain objects, no DOM.
// The renderer turns a scene into SVG, at build time and in the browser alike.

export interface Size {
  width: number;
  height: number;
}

/** A data mark: one mission, one year's launches, one flight. */
export interface RectMark {
  key: string;
  series: string;
  /** the number the mark encodes, if it encodes one */
  value?: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** below 1 mutes the mark (it still shows); a mark a state does not show is left out of the scene */
  opacity?: number;
  /** extra CSS class: emphasis, expectation, planned… */
  variant?: string;
  /** what a screen reader says at this mark in the keyboard walk, with its value and unit (src/charts/walk.ts) */
  name?: string;
}

export interface TextLabel {
  key: string;
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  opacity?: number;
  variant?: string;
  /** which series the label names, so it takes that series' text colour */
  series?: string;
}

export interface Rule {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  opacity?: number;
  variant?: string;
}

export interface Scene {
  size: Size;
  marks: RectMark[];
  labels: TextLabel[];
  rules: Rule[];
  /** a sentence or two describing what this state shows, for the SVG's description */
  description: string;
  /** what the keyboard walk calls each series' group, where its label would not say it (src/charts/walk.ts) */
  groups?: Record<string, string>;
}

export interface ChartState {
  id: string;
  /** a short name for the step switcher and the "3 / 6" counter */
  label: string;
  /** what the state knows things as of: "story" (the default) or a later ISO date it shows (./frame.ts) */
  asOf?: string;
}

export interface DataTable {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}

/**
 * What a chart needs in the browser: its states (as data, with whatever parameters each state
 * needs) and a pure layout. The build adds shaping, the table and the CSV (see ./definition.ts).
 * `layout` is a method, not a function property, so a chart of any data type can stand in a list
 * of charts without a cast (TypeScript checks method parameters bivariantly).
 */
export interface ChartView<Data, State extends ChartState = ChartState> {
  id: string;
  states: readonly State[];
  defaultState: string;
  /** the state a static image or print shows: the end of the story */
  finalState: string;
  /** the size the build renders at; the browser redraws at the size CSS gives the chart */
  defaultSize: Size;
  /** the state object for an id: a known one, or the default */
  state(id: unknown): State;
  /** the scene for a state id (an unknown id falls back to the default state) */
  layout(data: Data, stateId: string, size: Size): Scene;
}

export interface ViewSpec<Data, State extends ChartState> {
  id: string;
  states: readonly State[];
  defaultState: State['id'];
  finalState: State['id'];
  defaultSize: Size;
  layout(data: Data, state: State, size: Size): Scene;
}

/** A chart's browser side from its spec: checks the spec once, when the chart's module loads. */
export function defineView<Data, State extends ChartState>(spec: ViewSpec<Data, State>): ChartView<Data, State> {
  const ids = spec.states.map((s) => s.id);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated) throw new Error(`chart "${spec.id}": two states are called "${repeated}"`);
  for (const [field, id] of [['defaultState', spec.defaultState], ['finalState', spec.finalState]] as const) {
    if (!ids.includes(id)) throw new Error(`chart "${spec.id}": ${field} "${id}" is not one of its states (${ids.join(', ')})`);
  }
  const byId = new Map(spec.states.map((s) => [s.id, s]));
  const fallback = byId.get(spec.defaultState)!;
  const state = (id: unknown): State => (typeof id === 'string' ? byId.get(id) : undefined) ?? fallback;
  return {
    id: spec.id,
    states: spec.states,
    defaultState: spec.defaultState,
    finalState: spec.finalState,
    defaultSize: spec.defaultSize,
    state,
    layout: (data, stateId, size) => spec.layout(data, state(stateId), size),
  };
}

/** A query-string value or a stray attribute becomes a known state, or the default. */
export function resolveState(def: Pick<ChartView<unknown>, 'states' | 'defaultState'>, wanted: unknown): string {
  return typeof wanted === 'string' && def.states.some((s) => s.id === wanted) ? wanted : def.defaultState;
}
