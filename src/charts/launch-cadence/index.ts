// launch-cadence, as the build uses it: the view plus shaping, table, CSV and sources.
import { defineChart } from '../definition';
import { formatCount, formatDate } from '../../data/format';
import { shapeLaunchCadence, yearKnown } from './shape';
import { view } from './view';

export const chart = defineChart(view, {
  shape: (d) => shapeLaunchCadence(d.falcon, d.newGlenn),
  sources: (data) => [...new Set([...data.falconSources, ...(data.expectation ? [data.expectation.source] : []), ...data.newGlennSources])],
  table: (data) => ({
    caption: 'Falcon 9 and Falcon Heavy orbital launch attempts per year, and New Glenn launches',
    columns: ['Year', 'Falcon launches', 'New Glenn launches', 'Note'],
    rows: data.years.map((d) => {
      const ng = data.flights.filter((f) => f.year === d.year);
      const notes: string[] = [];
      if (!yearKnown(d.year, data.storyDate)) notes.push(`counted after the year ended`);
      const e = data.expectation;
      if (e?.year === d.year) notes.push(`${e.claimedBy} said on ${formatDate(e.claimedOn)} it was targeting ${formatCount(e.launches)}`);
      for (const f of ng) notes.push(`${f.flight} on ${formatDate(f.date)}${f.boosterRecovered ? ', booster landed' : ', booster lost'}`);
      return [String(d.year), formatCount(d.launches), ng.length ? formatCount(ng.length) : '—', notes.join('; ')];
    }),
  }),
  // Falcon counts per year, SpaceX's expectation as its own row kind, and one row per New Glenn flight.
  csv: (data, cite) => {
    const rows: (string | number)[][] = data.years.map((y) => ['falcon', y.year, y.launches, 'count', '', cite(data.falconSources)]);
    const e = data.expectation;
    if (e) rows.push(['falcon', e.year, e.launches, 'expectation', `${e.claimedBy}, said ${e.claimedOn}`, cite([e.source])]);
    for (const f of data.flights) {
      rows.push(['new-glenn', f.year, 1, 'flight', `${f.flight} on ${f.date}; reached orbit: ${f.reachedOrbit ? 'yes' : 'no'}; booster recovered: ${f.boosterRecovered ? 'yes' : 'no'}`, cite(data.newGlennSources)]);
    }
    return { columns: ['series', 'year', 'launches', 'kind', 'note', 'source'], rows };
  },
});
