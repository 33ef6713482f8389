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
  /** 0 hides the mark; the renderer keeps it so that it can move back in */
  opacity: number;
  /** extra CSS class: emphasis, expectation, planned… */
  variant?: string;
}

export interface TextLabel {
  key: string;
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  opacity: number;
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
  opacity: number;
  variant?: string;
}

export interface Scene {
  size: Size;
  marks: RectMark[];
  labels: TextLabel[];
  rules: Rule[];
  /** a sentence or two describing what this state shows, for the SVG's description */
  description: string;
}

export interface ChartState {
  id: string;
  /** a short name for the step switcher and the "3 / 6" counter */
  label: string;
}

export interface DataTable {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}

export interface ChartDefinition<Data> {
  id: string;
  states: readonly ChartState[];
  defaultState: string;
  /** the state a static image or print shows: the end of the story */
  finalState: string;
  /** the size the build renders at; the browser redraws at the size CSS gives the chart */
  defaultSize: Size;
  layout(data: Data, stateId: string, size: Size): Scene;
}

/** A query-string value or a stray attribute becomes a known state, or the default. */
export function resolveState(def: Pick<ChartDefinition<unknown>, 'states' | 'defaultState'>, wanted: unknown): string {
  return typeof wanted === 'string' && def.states.some((s) => s.id === wanted) ? wanted : def.defaultState;
}
