// A chart's whole definition, as the build uses it: the browser side (its view: states and
// layout) plus what only the build needs: shaping the datasets, the data table, the CSV and the
// sources it cites. Each chart folder exports one, `chart`, from its index.ts.
import type { Datasets } from '../data/load';
import type { CsvTable } from './csv';
import type { ChartState, ChartView, DataTable } from './scene';

export interface ChartDefinition<Data, State extends ChartState = ChartState> extends ChartView<Data, State> {
  /** the chart's data from the checked datasets: embedded in the page, so the browser never shapes */
  shape(datasets: Datasets): Data;
  /** ids of the sources the chart's figures come from, in sources.json; with `asOf` (an ISO date),
      only those behind what was known by then (a state's frame, ./frame.ts) */
  sources(data: Data, asOf?: string): string[];
  /** the chart's data table (in the embed page, and in the file the story fetches its tables from); with `asOf`, only what was known by then */
  table(data: Data, asOf?: string): DataTable;
  /** the keys of the table's rows a state is about (marked as current while it shows); omitted: none */
  currentRows?(data: Data, state: State): readonly string[];
  /** the chart's data for download; `cite` turns source ids into a citation */
  csv(data: Data, cite: (sourceIds: readonly string[]) => string): CsvTable;
}

export type BuildSpec<Data, State extends ChartState> = Pick<ChartDefinition<Data, State>, 'shape' | 'sources' | 'table' | 'csv' | 'currentRows'>;

export function defineChart<Data, State extends ChartState>(view: ChartView<Data, State>, build: BuildSpec<Data, State>): ChartDefinition<Data, State> {
  return { ...view, ...build };
}
