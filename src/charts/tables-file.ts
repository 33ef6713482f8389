// Build time: a chart's data tables, one per time frame of all its states, as a file of its own,
// /chart-data/<chart-id>.tables.<hash>.json ({ "frames": { "<asOf>": "<table…>" } }). The story's
// charts fetch it once the page has loaded (./story-tables.ts) instead of carrying the tables in the
// page: they are a closed disclosure most readers never open, and were a tenth of the story's HTML
// (issue 19). Embed pages keep theirs inline. Cached for good: the name carries the content's hash.
import { chartIds, getChart } from './registry';
import { chartFrames } from './chart-frames';
import { dataTableHtml } from './table-html';
import { hashedChartFile, type ChartDataFile } from './data-file';

const files = new Map<string, ChartDataFile>();

export function chartTablesFile(chart: string): ChartDataFile {
  let f = files.get(chart);
  if (!f) {
    const frames = chartFrames(chart, getChart(chart).states.map((s) => s.id));
    f = hashedChartFile(chart, JSON.stringify({ frames: Object.fromEntries(frames.map((fr) => [fr.asOf, dataTableHtml(fr.table, fr.sourceLine, fr.current)])) }), 'tables');
    files.set(chart, f);
  }
  return f;
}

export const allChartTablesFiles = () => chartIds.map(chartTablesFile);
