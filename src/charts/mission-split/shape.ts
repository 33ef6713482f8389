// The award as one record per mission, in the order the chart lays them out.
import type { Nssl, ProviderId } from '../../data/schemas';

export interface ProviderSummary {
  id: ProviderId;
  name: string;
  /** the name a label has room for */
  label: string;
  missions: number;
  valueUsdMillions: number;
  perMissionUsdMillions: number;
  inArticle: boolean;
}

export interface Mission {
  /** "m01"…"m54": stable across states, so a mark keeps its element */
  key: string;
  provider: ProviderId;
  /** 0-based index of the mission within its provider */
  indexInProvider: number;
}

export interface MissionSplitData {
  providers: ProviderSummary[];
  missions: Mission[];
  totalMissions: number;
  totalValueUsdMillions: number;
  launchYears: [number, number];
}

/** The order of the rows: the article's two rivals first, ULA after them as context. */
export const providerOrder: ProviderId[] = ['spacex', 'blue-origin', 'ula'];

export function shapeMissionSplit(nssl: Nssl): MissionSplitData {
  const providers = providerOrder.map((id) => {
    const p = nssl.providers.find((q) => q.id === id);
    if (!p) throw new Error(`nssl-phase3-lane2.json: no provider with id "${id}"`);
    return {
      id,
      name: p.name,
      label: p.shortName ?? p.name,
      missions: p.missions,
      valueUsdMillions: p.valueUsdMillions,
      perMissionUsdMillions: p.valueUsdMillions / p.missions,
      inArticle: p.inArticle,
    };
  });
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
  };
}
