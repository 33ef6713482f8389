// Every chart by id: its definition and how it draws its data from the datasets.
// One id names a chart's folder, its data-chart attribute, its embed page, CSV and image.
import type { Datasets } from '../data/load';
import type { Source } from '../data/schemas';
import type { ChartDefinition, DataTable } from './scene';
import type { CsvTable } from './csv';
import { chartDefinitions } from './definitions';
import { loadChartDefinition } from './load-definition';
import { missionSplit } from './mission-split';
import { shapeMissionSplit } from './mission-split/shape';
import { missionSplitTable } from './mission-split/table';
import { missionSplitCsv } from './mission-split/csv';
import { launchCadence } from './launch-cadence';
import { shapeLaunchCadence } from './launch-cadence/shape';
import { launchCadenceTable } from './launch-cadence/table';
import { launchCadenceCsv } from './launch-cadence/csv';

export interface RegisteredChart<D = unknown> {
  definition: ChartDefinition<D>;
  shape(datasets: Datasets): D;
  /** ids of the sources the chart's figures come from, in sources.json */
  sourceIds(datasets: Datasets): string[];
  /** the data table printed in the page beside the chart */
  table(data: D): DataTable;
  /** the chart's data for download, each row naming its source */
  csv(datasets: Datasets): CsvTable;
}

const register = <D>(c: RegisteredChart<D>) => c as unknown as RegisteredChart;

/** "Military.com, SpaceX, ULA, Blue Origin Land $13.7 Billion…, 2025-04-07" */
function cite(datasets: Datasets, ids: string[]): string {
  return ids
    .map((id) => datasets.sources.find((s) => s.id === id))
    .filter((s): s is Source => Boolean(s))
    .map((s) => `${s.publisher}, ${s.title.replace(/^\[|\]$/g, '')}, ${s.date}${s.url ? `, ${s.url}` : ''}`)
    .join('; ');
}

export const chartRegistry: Record<string, RegisteredChart> = {
  'mission-split': register({
    definition: missionSplit,
    shape: (d) => shapeMissionSplit(d.nssl),
    table: missionSplitTable,
    sourceIds: (d) => [...new Set([...d.nssl.sources, ...d.nssl.providers.map((p) => p.source)])],
    csv: (d) => missionSplitCsv(shapeMissionSplit(d.nssl), (id) => cite(d, d.nssl.providers.filter((p) => p.id === id).map((p) => p.source))),
  }),
  'launch-cadence': register({
    definition: launchCadence,
    shape: (d) => shapeLaunchCadence(d.falcon, d.newGlenn),
    table: launchCadenceTable,
    sourceIds: (d) => [...new Set([...d.falcon.sources, ...d.falcon.expectations.map((e) => e.source), ...d.newGlenn.sources])],
    csv: (d) =>
      launchCadenceCsv(shapeLaunchCadence(d.falcon, d.newGlenn), {
        falcon: cite(d, d.falcon.sources),
        expectation: cite(d, d.falcon.expectations.map((e) => e.source)),
        newGlenn: cite(d, d.newGlenn.sources),
      }),
  }),
};

export const chartIds = Object.keys(chartRegistry);
for (const [id, c] of Object.entries(chartRegistry)) {
  if (chartDefinitions[id] !== c.definition) throw new Error(`chart "${id}" is registered without its definition`);
  if (!loadChartDefinition[id]) throw new Error(`chart "${id}" has no loader in load-definition.ts, so its embed page would draw nothing`);
}

export function getChart(id: string): RegisteredChart {
  const chart = chartRegistry[id];
  if (!chart) throw new Error(`Unknown chart "${id}". Known charts: ${chartIds.join(', ')}`);
  return chart;
}
