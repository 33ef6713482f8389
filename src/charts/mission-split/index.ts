// mission-split: the 54 missions of the 2027–2032 NSSL Phase 3 Lane 2 award, by company, then by dollars.
import type { ChartDefinition } from '../scene';
import { layoutMissionSplit } from './layout';
import type { MissionSplitData } from './shape';
import { missionSplitStates, type MissionSplitStateId } from './states';

export type { MissionSplitData } from './shape';

export const missionSplit: ChartDefinition<MissionSplitData> = {
  id: 'mission-split',
  states: missionSplitStates,
  defaultState: 'award',
  finalState: 'per-mission',
  defaultSize: { width: 640, height: 480 },
  layout: (data, state, size) => layoutMissionSplit(data, state as MissionSplitStateId, size),
};
