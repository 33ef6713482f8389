// Build time: a chart's time frames among the states a figure shows (./frame.ts), each with its
// table, source line and the rows each of its states is about. The figure (ChartFigure.astro) and the
// story's tables file (./tables-file.ts) are made from the same frames.
import { site } from '../data/site';
import { formatDate } from '../data/format';
import { getChart } from './registry';
import { requireState, type DataTable } from './scene';
import { chartSourceLine } from './source-line';
import { framesOf } from './frame';

export interface ChartFrame {
  asOf: string;
  states: string[];
  table: DataTable;
  sourceLine: string;
  /** what tells this frame's table from the others: a later date (", as of 13 November 2025") */
  dated: string;
  /** per row key: the frame's states that are about that row (marked while that state shows) */
  current: Map<string, string[]>;
}

export function chartFrames(id: string, shownStates: readonly string[]): ChartFrame[] {
  const chart = getChart(id);
  const data = site().shaped(id);
  const { story } = site();
  const at = `chart "${id}"`;
  const frames = framesOf(chart, shownStates, story.describes);
  return frames.map((f) => ({
    ...f,
    table: chart.table(data, f.asOf),
    sourceLine: chartSourceLine(id, f.asOf),
    dated: frames.length > 1 && f.asOf !== story.describes ? `, as of ${formatDate(f.asOf)}` : '',
    current: f.states.reduce((m, s) => {
      for (const key of chart.currentRows?.(data, requireState(chart, s, `${at} table rows`)) ?? []) m.set(key, [...(m.get(key) ?? []), s]);
      return m;
    }, new Map<string, string[]>()),
  }));
}
