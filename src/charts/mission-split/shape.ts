// The award as one record per mission, in the order the chart lays them out: the companies in
// the order the data file lists them, each company's missions together.
import type { Nssl } from '../../data/schemas';

export interface ProviderSummary {
  id: string;
  name: string;
  /** the name a label has room for */
  label: string;
  missions: number;
  valueUsdMillions: number;
  perMissionUsdMillions: number;
  /** the source of this company's figures, in sources.json */
  source: string;
}

export interface Mission {
  /** "m01"…"m54": stable across states, so a mark keeps its element */
  key: string;
  provider: string;
  /** 0-based index of the mission within its provider */
  indexInProvider: number;
}

export interface MissionSplitData {
  providers: ProviderSummary[];
  missions: Mission[];
  totalMissions: number;
  totalValueUsdMillions: number;
  launchYears: [number, number];
  /** sources of the award as a whole */
  sources: string[];
}

export function shapeMissionSplit(nssl: Nssl): MissionSplitData {
  const providers = nssl.providers.map((p) => ({
    id: p.id,
    name: p.name,
    label: p.shortName ?? p.name,
    missions: p.missions,
    valueUsdMillions: p.valueUsdMillions,
    perMissionUsdMillions: p.valueUsdMillions / p.missions,
    source: p.source,
  }));
  const missions: Mission[] = [];
  for (const p of providers) {
    for (let i = 0; i < p.missions; i++) {
      missions.push({ key: `m${String(missions.length + 1).padStart(2, '0')}`, provider: p.id, indexInProvider: i });
    }
  }
  return {
    providers,
    missions,
    totalMissions: missions.length,
    totalValueUsdMillions: providers.reduce((s, p) => s + p.valueUsdMillions, 0),
    launchYears: nssl.launchYears,
    sources: nssl.sources,
  };
}
