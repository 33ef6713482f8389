// "Military.com; Aviation Week; Ars Technica": the publishers behind a chart, for its source line.
import { site } from '../data/site';
import { getChart } from './registry';

export function chartSourceLine(chartId: string, asOf?: string): string {
  const { shaped, sourcesById } = site();
  const publishers = getChart(chartId)
    .sources(shaped(chartId), asOf)
    .map((id) => sourcesById.get(id)?.publisher)
    .filter((p): p is string => Boolean(p));
  return [...new Set(publishers)].join('; ');
}

/** "Military.com, SpaceX, ULA, Blue Origin Land $13.7 Billion…, 2025-04-07, https://…": one CSV source cell. */
export function citeSources(ids: readonly string[]): string {
  const { sourcesById } = site();
  return ids
    .map((id) => sourcesById.get(id))
    .filter((s) => s !== undefined)
    .map((s) => `${s.publisher}, ${s.title.replace(/^\[|\]$/g, '')}, ${s.date}${s.url ? `, ${s.url}` : ''}`)
    .join('; ');
}
