// What a chart's layout returns for one (data, state, size): plain objects, no DOM.
// The renderer turns a scene into SVG, at build time and in the browser alike.
import { isId } from '../lib/step-id';

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
  /** the state in one short sentence (at most 20 words, no final stop), from the same data: read at the
   *  top of each step ("Chart, step 2 of 6: …") and announced when the reader settles on it */
  summary: string;
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
  /** one key per row, in the rows' order: what `currentRows` names (./definition.ts) */
  keys?: string[];
}

/**
 * What a chart needs in the browser: its states (as data, with whatever parameters each state
 * needs) and a pure layout. The build adds shaping, the table and the CSV (see ./definition.ts).
 * `layout` is a method, not a function property, so a chart of any data type can stand in a list
 * of charts without a cast (TypeScript checks method parameters bivariantly). It takes a state
 * object, never an id: a caller first turns an id into a state with `requireState` (build time:
 * an unknown id stops the build) or `resolveState` (input from a reader or a host page).
 */
export interface ChartView<Data, State extends ChartState = ChartState> {
  id: string;
  states: readonly State[];
  defaultState: string;
  /** the state a static image or print shows: the end of the story */
  finalState: string;
  /** the size the build renders at; the browser redraws at the size CSS gives the chart */
  defaultSize: Size;
  /** the scene for one of this chart's states */
  layout(data: Data, state: State, size: Size): Scene;
}

export interface ViewSpec<Data, State extends ChartState> {
  id: string;
  states: readonly State[];
  defaultState: State['id'];
  finalState: State['id'];
  defaultSize: Size;
  layout(data: Data, state: State, size: Size): Scene;
}

const ID_RULE = 'at most 64 lower-case letters and digits in words joined by single hyphens, like "per-mission"';

/**
 * A chart's browser side from its spec: checks the spec once, when the chart's module loads, and
 * stops the build naming the chart's folder (a chart's id is its folder's name).
 */
export function defineView<Data, State extends ChartState>(spec: ViewSpec<Data, State>): ChartView<Data, State> {
  // Checked where a mistake can be fixed: the build (SSR: every chart's module loads there), dev and
  // the tests. The browser bundle runs views the build has checked, so it leaves these messages out.
  if (import.meta.env.SSR || import.meta.env.DEV) checkView(spec);
  return {
    id: spec.id,
    states: spec.states,
    defaultState: spec.defaultState,
    finalState: spec.finalState,
    defaultSize: spec.defaultSize,
    layout: spec.layout,
  };
}

function checkView<Data, State extends ChartState>(spec: ViewSpec<Data, State>): void {
  const at = `src/charts/${spec.id}/view.ts`;
  const fail = (problem: string) => {
    throw new Error(`${at}: ${problem}`);
  };
  if (!isId(spec.id)) fail(`the chart id ${JSON.stringify(spec.id)} is not a valid id: use ${ID_RULE} (the folder takes the same name)`);
  if (spec.states.length === 0) fail(`chart "${spec.id}" has no states`);
  const ids = spec.states.map((s) => s.id);
  const bad = ids.find((id) => !isId(id));
  if (bad !== undefined) fail(`chart "${spec.id}": the state id ${JSON.stringify(bad)} is not a valid id: use ${ID_RULE}`);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated) fail(`chart "${spec.id}": two states are called "${repeated}"`);
  for (const [field, id] of [['defaultState', spec.defaultState], ['finalState', spec.finalState]] as const) {
    if (!ids.includes(id)) fail(`chart "${spec.id}": ${field} "${id}" is not one of its states (${ids.join(', ')})`);
  }
}

type StatesOf<State extends ChartState> = Pick<ChartView<unknown, State>, 'id' | 'states' | 'defaultState'>;

/**
 * The state `id` of `chart`, for every build-time caller (a chapter's <Step>, the share card's
 * chart in story.json, an image): anything else stops the build, naming `where` (a file, a field).
 */
export function requireState<State extends ChartState>(chart: StatesOf<State>, id: unknown, where: string): State {
  const found = typeof id === 'string' ? chart.states.find((s) => s.id === id) : undefined;
  if (!found) throw new Error(`${where}: ${JSON.stringify(id)} is not a state of ${chart.id}; its states are ${chart.states.map((s) => s.id).join(', ')}`);
  return found;
}

/**
 * Untrusted input (a query string, a message from a host page, a stray attribute) as a state:
 * a known state, or the chart's default. With `fallback` null, an unknown value gives undefined,
 * for callers that ignore what they do not recognise.
 */
export function resolveState<State extends ChartState>(chart: StatesOf<State>, wanted: unknown): State;
export function resolveState<State extends ChartState>(chart: StatesOf<State>, wanted: unknown, fallback: null): State | undefined;
export function resolveState<State extends ChartState>(chart: StatesOf<State>, wanted: unknown, fallback?: null): State | undefined {
  // Equality alone: a state's id was checked when its chart was defined, so nothing else can match (and
  // the browser's charts need no id rule, which keeps ../lib/step-id out of their chunk).
  const found = chart.states.find((s) => s.id === wanted);
  if (found || fallback === null) return found;
  return chart.states.find((s) => s.id === chart.defaultState)!;
}
