// The previous round against this one: each company's missions in the Space Force's 2020 round
// (Phase 2, as it ended) and in the 2027–2032 award (Phase 3, Lane 2), as shares of each round.
// Both rounds come from nssl-phase3-lane2.json (its providers, and its previousRound).
import type { Datasets } from '../../data/load';
import { DataFileError } from '../../data/validate';

export interface RoundCompany {
  /** the company's id: its series */
  id: string;
  missions: number;
  share: number;
  /** the share the round's announcement gave, where it gave one ("about 60%") */
  announcedShare?: number;
  /** the source of the count, in sources.json */
  source: string;
}

export interface Round {
  /** "2020", "2025": the key of the round's marks */
  key: string;
  /** the year of the award, for labels */
  year: number;
  name: string;
  announced: string;
  totalMissions: number;
  companies: RoundCompany[];
  /** the source of the round's announcement */
  source: string;
}

export interface PreviousRoundData {
  /** every company of either round, largest share of the later round first: the order of the bars' segments */
  companies: { id: string; name: string; label: string }[];
  /** the earlier round first */
  rounds: [Round, Round];
  /** the years the later round's missions are launched */
  launchYears: [number, number];
}

const FILE = 'content/data/nssl-phase3-lane2.json';

export function shapePreviousRound(d: Datasets): PreviousRoundData {
  const { nssl } = d;
  const prev = nssl.previousRound;
  const known = new Set(nssl.providers.map((p) => p.id));
  for (const id of Object.keys(prev.missions)) {
    if (!known.has(id)) throw new DataFileError(FILE, [`previousRound, field "missions": company "${id}" is not one of the providers (${[...known].join(', ')})`]);
  }
  const prevTotal = Object.values(prev.missions).reduce((s, n) => s + n, 0);
  const lastTotal = nssl.providers.reduce((s, p) => s + p.missions, 0);
  const earlier: Round = {
    key: prev.announced.slice(0, 4),
    year: Number(prev.announced.slice(0, 4)),
    name: prev.name,
    announced: prev.announced,
    totalMissions: prevTotal,
    companies: Object.entries(prev.missions).map(([id, missions]) => ({
      id,
      missions,
      share: missions / prevTotal,
      announcedShare: prev.shares[id],
      source: prev.missionsSource ?? prev.source,
    })),
    source: prev.source,
  };
  const later: Round = {
    key: nssl.announced.slice(0, 4),
    year: Number(nssl.announced.slice(0, 4)),
    name: nssl.title,
    announced: nssl.announced,
    totalMissions: lastTotal,
    companies: nssl.providers.map((p) => ({ id: p.id, missions: p.missions, share: p.missions / lastTotal, source: p.source })),
    source: nssl.sources[0]!,
  };
  const order = [...nssl.providers].sort((a, b) => b.missions - a.missions);
  return {
    companies: order.map((p) => ({ id: p.id, name: p.name, label: p.shortName ?? p.name })),
    rounds: [earlier, later],
    launchYears: nssl.launchYears,
  };
}
