// previous-round, as the build uses it: the view plus shaping, table, CSV and sources.
import { defineChart } from '../definition';
import { formatCount, formatPercent } from '../../data/format';
import { shapePreviousRound } from './shape';
import { view } from './view';

export const chart = defineChart(view, {
  shape: shapePreviousRound,
  sources: (data) => [...new Set(data.rounds.flatMap((r) => [r.source, ...r.companies.map((c) => c.source)]))],
  table: (data) => {
    const [earlier, later] = data.rounds;
    const cell = (r: typeof earlier, id: string) => {
      const c = r.companies.find((q) => q.id === id);
      return c ? `${formatCount(c.missions)} (${formatPercent(c.share)})` : '—';
    };
    return {
      caption: `Missions by company: the ${earlier.year} round as it ended, and the ${later.year} award for ${data.launchYears[0]}–${data.launchYears[1]}`,
      columns: ['Company', `${earlier.year} round, missions (share)`, `${earlier.year} share at the award`, `${later.year} round, missions (share)`],
      rows: data.companies.map((c) => {
        const announced = earlier.companies.find((q) => q.id === c.id)?.announcedShare;
        return [c.name, cell(earlier, c.id), announced === undefined ? '—' : `about ${formatPercent(announced)}`, cell(later, c.id)];
      }),
      keys: data.companies.map((c) => c.id),
    };
  },
  // The companies of the rounds a state is about: those it names, less one it mutes.
  currentRows: (data, state) => {
    const rounds = state.named.filter((i) => i !== state.muted).map((i) => data.rounds[i]!);
    return data.companies.filter((c) => rounds.some((r) => r.companies.some((q) => q.id === c.id))).map((c) => c.id);
  },
  // One row per round and company: the count, the round's total and the share, with its source.
  csv: (data, cite) => ({
    columns: ['round_year', 'round', 'provider_id', 'provider', 'missions', 'round_missions', 'share', 'announced_share', 'source'],
    rows: data.rounds.flatMap((r) =>
      r.companies.map((c) => [
        r.year,
        r.name,
        c.id,
        data.companies.find((q) => q.id === c.id)?.name ?? c.id,
        c.missions,
        r.totalMissions,
        Math.round(c.share * 1000) / 1000,
        c.announcedShare ?? '',
        cite([c.source]),
      ]),
    ),
  }),
});
