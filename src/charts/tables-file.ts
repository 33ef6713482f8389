// Build time: a chart's data tables, one per time frame of all its states, as a file of its own,
// /chart-data/<chart-id>.tables.<hash>.json ({ "frames": { "<asOf>": "<table…>" } }). The story's
// charts fetch it once the page has loaded (./story-tables.ts) instead of carrying the tables in the
// page: they are a closed disclosure most readers never open, and were a tenth of the story's HTML
// (issue 19). Embed pages keep theirs inline. Cached for good: the name carries the content's hash.
import { createHash } from 'node:crypto';
import { chartIds, getChart } from './registry';
import { chartFrames } from './chart-frames';
import { dataTableHtml } from './table-html';

export interface ChartTablesFile {
  chart: string;
  /** below the base, e.g. "chart-data/<chart-id>.tables.<hash>.json" */
  path: string;
  /** the file's stem, "<chart-id>.tables.<hash>" */
  name: string;
  body: string;
}

const files = new Map<string, ChartTablesFile>();

export function chartTablesFile(chart: string): ChartTablesFile {
  let f = files.get(chart);
  if (!f) {
    const frames = chartFrames(chart, getChart(chart).states.map((s) => s.id));
    const body = JSON.stringify({ frames: Object.fromEntries(frames.map((fr) => [fr.asOf, dataTableHtml(fr.table, fr.sourceLine, fr.current)])) });
    const name = `${chart}.tables.${createHash('sha256').update(body).digest('hex').slice(0, 10)}`;
    f = { chart, path: `chart-data/${name}.json`, name, body };
    files.set(chart, f);
  }
  return f;
}

export const allChartTablesFiles = () => chartIds.map(chartTablesFile);
