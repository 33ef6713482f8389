// mission-split, as the build uses it: the view plus shaping, table, CSV and sources.
import { defineChart } from '../definition';
import { formatCount, formatPercent, formatUsdMillions } from '../../data/format';
import { shapeMissionSplit } from './shape';
import { view } from './view';

export const chart = defineChart(view, {
  shape: (d) => shapeMissionSplit(d.nssl),
  sources: (data) => [...new Set([...data.sources, ...data.providers.map((p) => p.source)])],
  table: (data) => ({
    caption: `The Space Force’s launch missions for ${data.launchYears[0]}–${data.launchYears[1]}, by company`,
    columns: ['Company', 'Missions', 'Share of missions', 'Award value', 'Average per mission'],
    rows: data.providers.map((p) => [
      p.name,
      formatCount(p.missions),
      formatPercent(p.missions / data.totalMissions),
      formatUsdMillions(p.valueUsdMillions),
      formatUsdMillions(p.perMissionUsdMillions),
    ]),
    keys: data.providers.map((p) => p.id),
  }),
  // A count state is about the company it has just named (the award, about all); a value state, about all.
  currentRows: (data, state) => (state.kind === 'count' && state.named.length ? [state.named[state.named.length - 1]!] : data.providers.map((p) => p.id)),
  // One row per company: the award as the data file gives it, with the source of each row.
  csv: (data, cite) => ({
    columns: ['provider_id', 'provider', 'missions', 'value_usd_millions', 'average_per_mission_usd_millions', 'first_launch_year', 'last_launch_year', 'source'],
    rows: data.providers.map((p) => [
      p.id,
      p.name,
      p.missions,
      p.valueUsdMillions,
      Math.round(p.perMissionUsdMillions * 10) / 10,
      data.launchYears[0],
      data.launchYears[1],
      cite([p.source]),
    ]),
  }),
});
