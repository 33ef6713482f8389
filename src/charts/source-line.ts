// "Military.com; Aviation Week; Ars Technica": the publishers behind a chart, for its source line.
import { site } from '../data/site';
import { getChart } from './registry';

export function chartSourceLine(chartId: string): string {
  const { data, sourcesById } = site();
  const publishers = getChart(chartId)
    .sourceIds(data)
    .map((id) => sourcesById.get(id)?.publisher)
    .filter((p): p is string => Boolean(p));
  return [...new Set(publishers)].join('; ');
}
