// launch-cadence, as the build uses it: the view plus shaping, table, CSV and sources.
import { defineChart } from '../definition';
import { formatCount, formatDate } from '../../data/format';
import { shapeLaunchCadence, yearKnown } from './shape';
import { view } from './view';

export const chart = defineChart(view, {
  shape: (d) => shapeLaunchCadence(d.falcon, d.newGlenn),
  // With a frame date (a state's asOf): only what was known by then, so a June 2025 block never
  // lists a count or a flight from later, and a later block says the date it runs to.
  sources: (data, asOf) => {
    const by = asOf ?? '9999-12-31';
    const ids = [
      ...data.years.filter((y) => yearKnown(y.year, by)).flatMap((y) => (y.source ? [y.source] : data.falconSources)),
      ...(data.expectation && data.expectation.claimedOn <= by ? [data.expectation.source] : []),
      ...data.flights.flatMap((f) => [...(f.date <= by ? [f.source] : []), ...(f.postponedOn && f.postponedOn <= by && f.postponedSource ? [f.postponedSource] : [])]),
    ];
    return [...new Set(ids)];
  },
  table: (data, asOf) => {
    const by = asOf ?? '9999-12-31';
    const later = by > data.storyDate;
    const e = data.expectation;
    const keys: string[] = [];
    const rows = data.years.flatMap((d) => {
      const ng = data.flights.filter((f) => f.year === d.year && f.date <= by);
      const known = yearKnown(d.year, by);
      const target = e?.year === d.year && e.claimedOn <= by ? e : undefined;
      if (!known && !target && ng.length === 0) return [];
      const notes: string[] = [];
      if (!known) notes.push('year not yet over: no count');
      else if (!yearKnown(d.year, data.storyDate)) notes.push('counted after the year ended');
      if (target) notes.push(`${target.claimedBy} said on ${formatDate(target.claimedOn)} it was targeting ${formatCount(target.launches)}`);
      for (const f of ng) notes.push(`${f.flight} on ${formatDate(f.date)}${f.boosterRecovered ? ', booster landed' : ', booster lost'}`);
      keys.push(String(d.year));
      return [[String(d.year), known ? formatCount(d.launches) : '—', ng.length ? formatCount(ng.length) : '—', notes.join('; ')]];
    });
    return {
      caption: `Falcon 9 and Falcon Heavy orbital launch attempts per year, and New Glenn launches${later ? `, as of ${formatDate(by)}` : ''}`,
      columns: ['Year', 'Falcon launches', 'New Glenn launches', 'Note'],
      rows,
      keys,
    };
  },
  // The years a state stresses; with every Falcon year muted, New Glenn's years; unstressed, every year drawn.
  currentRows: (data, state) => {
    const by = state.asOf === 'story' ? data.storyDate : state.asOf;
    const years =
      state.emphasis === null
        ? data.flights.filter((f) => f.date <= by).map((f) => f.year)
        : data.years.map((y) => y.year).filter((y) => (state.emphasis ? y >= state.emphasis.from && y <= state.emphasis.to : y <= state.through));
    return [...new Set(years)].map(String);
  },
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
