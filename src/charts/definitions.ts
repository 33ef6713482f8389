// Chart definitions by id, with no build-only code: what the browser bundles import.
import type { ChartDefinition } from './scene';
import { missionSplit } from './mission-split';
import { launchCadence } from './launch-cadence';

export const chartDefinitions: Record<string, ChartDefinition<any>> = {
  [missionSplit.id]: missionSplit,
  [launchCadence.id]: launchCadence,
};

