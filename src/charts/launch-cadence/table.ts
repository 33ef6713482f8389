// The chart's data table (built into the page, never shipped as JavaScript).
import type { DataTable } from '../scene';
import { formatCount, formatDate } from '../../data/format';
import type { LaunchCadenceData } from './shape';

export function launchCadenceTable(data: LaunchCadenceData): DataTable {
  return {
    caption: 'Falcon 9 and Falcon Heavy orbital launch attempts per year, and New Glenn launches',
    columns: ['Year', 'Falcon launches', 'New Glenn launches', 'Note'],
    rows: data.years.map((d) => {
      const ng = data.flights.filter((f) => f.year === d.year);
      const notes: string[] = [];
      if (d.countedAfterStory) notes.push('counted after the year ended');
      if (data.expectation?.year === d.year) notes.push(`${data.expectation.claimedBy} expected about ${formatCount(data.expectation.launches)} (said ${formatDate(data.expectation.claimedOn)})`);
      for (const f of ng) notes.push(`${f.flight} on ${formatDate(f.date)}${f.boosterRecovered ? ', booster landed' : ', booster lost'}`);
      return [String(d.year), formatCount(d.launches), ng.length ? formatCount(ng.length) : '—', notes.join('; ')];
    }),
  };
}
