// Every chart by id: its definition and how it draws its data from the datasets.
// One id names a chart's folder, its data-chart attribute, its embed page, CSV and image.
import type { Datasets } from '../data/load';
import type { ChartDefinition } from './scene';
import { chartDefinitions } from './definitions';
import { missionSplit, shapeMissionSplit } from './mission-split';
import { launchCadence, shapeLaunchCadence } from './launch-cadence';

export interface RegisteredChart<D = unknown> {
  definition: ChartDefinition<D>;
  shape(datasets: Datasets): D;
  /** ids of the sources the chart's figures come from, in sources.json */
  sourceIds(datasets: Datasets): string[];
}

const register = <D>(c: RegisteredChart<D>) => c as unknown as RegisteredChart;

export const chartRegistry: Record<string, RegisteredChart> = {
  'mission-split': register({
    definition: missionSplit,
    shape: (d) => shapeMissionSplit(d.nssl),
    sourceIds: (d) => [...new Set([...d.nssl.sources, ...d.nssl.providers.map((p) => p.source)])],
  }),
  'launch-cadence': register({
    definition: launchCadence,
    shape: (d) => shapeLaunchCadence(d.falcon, d.newGlenn),
    sourceIds: (d) => [...new Set([...d.falcon.sources, ...d.falcon.expectations.map((e) => e.source), ...d.newGlenn.sources])],
  }),
};

export const chartIds = Object.keys(chartRegistry);
for (const [id, c] of Object.entries(chartRegistry)) {
  if (chartDefinitions[id] !== c.definition) throw new Error(`chart "${id}" is registered without its definition`);
}

export function getChart(id: string): RegisteredChart {
  const chart = chartRegistry[id];
  if (!chart) throw new Error(`Unknown chart "${id}". Known charts: ${chartIds.join(', ')}`);
  return chart;
}
