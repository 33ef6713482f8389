// mission-split: the 54 missions of the 2027–2032 NSSL Phase 3 Lane 2 award, by company, then by dollars.
import type { ChartDefinition } from '../scene';
import { formatCount, formatUsdMillions } from '../../data/format';
import { layoutMissionSplit } from './layout';
import type { MissionSplitData } from './shape';
import { missionSplitStates, type MissionSplitStateId } from './states';

export { shapeMissionSplit } from './shape';
export type { MissionSplitData } from './shape';

export const missionSplit: ChartDefinition<MissionSplitData> = {
  id: 'mission-split',
  states: missionSplitStates,
  defaultState: 'award',
  finalState: 'per-mission',
  defaultSize: { width: 640, height: 480 },
  layout: (data, state, size) => layoutMissionSplit(data, state as MissionSplitStateId, size),
  table: (data) => ({
    caption: `National Security Space Launch Phase 3 Lane 2 awards, missions for ${data.launchYears[0]}–${data.launchYears[1]}`,
    columns: ['Company', 'Missions', 'Share of missions', 'Award value', 'Average per mission'],
    rows: data.providers.map((p) => [
      p.name,
      formatCount(p.missions),
      `${Math.round((p.missions / data.totalMissions) * 100)}%`,
      formatUsdMillions(p.valueUsdMillions),
      formatUsdMillions(p.perMissionUsdMillions),
    ]),
  }),
};
