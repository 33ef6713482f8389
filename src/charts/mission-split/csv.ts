import type { CsvTable } from '../csv';
import type { MissionSplitData } from './shape';

/** One row per company: the award as the data files give it, with the source of each row. */
export function missionSplitCsv(data: MissionSplitData, sourceOf: (provider: string) => string): CsvTable {
  return {
    columns: ['provider_id', 'provider', 'missions', 'value_usd_millions', 'average_per_mission_usd_millions', 'in_source_article', 'first_launch_year', 'last_launch_year', 'source'],
    rows: data.providers.map((p) => [
      p.id,
      p.name,
      p.missions,
      p.valueUsdMillions,
      Math.round(p.perMissionUsdMillions * 10) / 10,
      p.inArticle,
      data.launchYears[0],
      data.launchYears[1],
      sourceOf(p.id),
    ]),
  };
}
