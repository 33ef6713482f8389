// launch-cadence: Falcon launches per year since 2010, against New Glenn's flights.
import type { ChartDefinition } from '../scene';
import { layoutLaunchCadence } from './layout';
import type { LaunchCadenceData } from './shape';
import { launchCadenceStates, type LaunchCadenceStateId } from './states';

export type { LaunchCadenceData } from './shape';

export const launchCadence: ChartDefinition<LaunchCadenceData> = {
  id: 'launch-cadence',
  states: launchCadenceStates,
  defaultState: 'early',
  finalState: 'ratio',
  defaultSize: { width: 640, height: 480 },
  layout: (data, state, size) => layoutLaunchCadence(data, state as LaunchCadenceStateId, size),
};
