import type { CsvTable } from '../csv';
import type { LaunchCadenceData } from './shape';

/** Falcon counts per year, SpaceX's expectation as its own row kind, and one row per New Glenn flight. */
export function launchCadenceCsv(data: LaunchCadenceData, sources: { falcon: string; expectation: string; newGlenn: string }): CsvTable {
  const rows: CsvTable['rows'] = data.years.map((y) => ['falcon', y.year, y.launches, y.countedAfterStory ? 'count (made after the story date)' : 'count', '', sources.falcon]);
  if (data.expectation) {
    const e = data.expectation;
    rows.push(['falcon', e.year, e.launches, 'expectation', `${e.claimedBy}, said ${e.claimedOn}`, sources.expectation]);
  }
  for (const f of data.flights) {
    rows.push(['new-glenn', f.year, 1, 'flight', `${f.flight} on ${f.date}; reached orbit: ${f.reachedOrbit ? 'yes' : 'no'}; booster recovered: ${f.boosterRecovered ? 'yes' : 'no'}`, sources.newGlenn]);
  }
  return { columns: ['series', 'year', 'launches', 'kind', 'note', 'source'], rows };
}
