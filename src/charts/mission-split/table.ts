// The chart's data table (built into the page, never shipped as JavaScript).
import type { DataTable } from '../scene';
import { formatCount, formatUsdMillions, formatPercent } from '../../data/format';
import type { MissionSplitData } from './shape';

export function missionSplitTable(data: MissionSplitData): DataTable {
  return {
    caption: `National Security Space Launch Phase 3 Lane 2 awards, missions for ${data.launchYears[0]}–${data.launchYears[1]}`,
    columns: ['Company', 'Missions', 'Share of missions', 'Award value', 'Average per mission'],
    rows: data.providers.map((p) => [
      p.name,
      formatCount(p.missions),
      formatPercent(p.missions / data.totalMissions),
      formatUsdMillions(p.valueUsdMillions),
      formatUsdMillions(p.perMissionUsdMillions),
    ]),
  };
}
