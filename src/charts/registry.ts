// Every chart, discovered: each folder src/charts/<id>/ whose index.ts exports `chart`.
// One id names a chart's folder, its data-chart attribute, its embed page, CSV, image and
// snapshot, so adding a chart means adding its folder (plus its MDX block and copy entry).
import type { ChartDefinition } from './definition';
import { byFolder } from './discover';

const charts = byFolder(import.meta.glob<ChartDefinition<unknown>>('./*/index.ts', { eager: true, import: 'chart' }), 'index.ts');

export const chartIds = Object.keys(charts);

export function getChart(id: string): ChartDefinition<unknown> {
  const chart = charts[id];
  if (!chart) throw new Error(`Unknown chart "${id}". Known charts: ${chartIds.join(', ')}`);
  return chart;
}
