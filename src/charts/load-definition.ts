// One chart's definition, loaded on its own: an embed page fetches only the chart it shows.
// (A separate module from definitions.ts, whose static imports would pull in every chart.)
import type { ChartDefinition } from './scene';

export const loadChartDefinition: Record<string, () => Promise<ChartDefinition<any>>> = {
  'mission-split': () => import('./mission-split').then((m) => m.missionSplit),
  'launch-cadence': () => import('./launch-cadence').then((m) => m.launchCadence),
};
