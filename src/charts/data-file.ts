// Build time: a chart's shaped data as a file of its own, /chart-data/<chart-id>.<hash>.json, which the
// story's charts fetch instead of carrying it in the page (the embed pages keep it inline: one chart,
// drawn at once). The name carries the content's hash, so it is cached for good and shared by every
// block of the chart. ./tables-file.ts writes the chart's tables beside it the same way.
import { createHash } from 'node:crypto';
import { chartIds } from './registry';
import { site } from '../data/site';

export interface ChartDataFile {
  chart: string;
  /** below the base, e.g. "chart-data/<chart-id>.<hash>.json" */
  path: string;
  /** the file's stem, "<chart-id>.<hash>" (or "<chart-id>.<kind>.<hash>") */
  name: string;
  body: string;
}

/** A file of one chart's under chart-data/, named by its content's hash: "<chart-id>[.<kind>].<hash>.json". */
export function hashedChartFile(chart: string, body: string, kind?: string): ChartDataFile {
  const name = `${chart}${kind ? `.${kind}` : ''}.${createHash('sha256').update(body).digest('hex').slice(0, 10)}`;
  return { chart, path: `chart-data/${name}.json`, name, body };
}

const files = new Map<string, ChartDataFile>();

export function chartDataFile(chart: string): ChartDataFile {
  let f = files.get(chart);
  if (!f) {
    f = hashedChartFile(chart, JSON.stringify(site().shaped(chart)));
    files.set(chart, f);
  }
  return f;
}

export const allChartDataFiles = () => chartIds.map(chartDataFile);
