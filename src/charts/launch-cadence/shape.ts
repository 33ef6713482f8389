// Falcon launches per year against New Glenn's flights, as the cadence chart needs them.
import type { Falcon, NewGlenn } from '../../data/schemas';

export interface CadenceYear {
  year: number;
  launches: number;
  /** the report this year's count comes from, when not the list's own sources */
  source?: string;
}

export interface CadenceFlight {
  flight: string;
  date: string;
  year: number;
  reachedOrbit: boolean;
  boosterRecovered: boolean;
  /** what was planned before it slipped, e.g. "spring 2025" */
  plannedFor?: string;
  /** who reported the flight */
  source: string;
  /** when it was postponed, and who reported that */
  postponedOn?: string;
  postponedSource?: string;
}

export interface CadenceExpectation {
  year: number;
  launches: number;
  claimedBy: string;
  claimedOn: string;
  source: string;
}

export interface LaunchCadenceData {
  years: CadenceYear[];
  expectation?: CadenceExpectation;
  flights: CadenceFlight[];
  /** the date the story is set on: states "as of the story" know what was known then */
  storyDate: string;
  falconSources: string[];
  newGlennSources: string[];
}

export function shapeLaunchCadence(falcon: Falcon, newGlenn: NewGlenn): LaunchCadenceData {
  const e = falcon.expectations[0];
  return {
    years: [...falcon.years].sort((a, b) => a.year - b.year).map((y) => ({ year: y.year, launches: y.launches, ...(y.source ? { source: y.source } : {}) })),
    expectation: e && { year: e.year, launches: e.launches, claimedBy: e.claimedBy, claimedOn: e.claimedOn, source: e.source },
    flights: [...newGlenn.flights]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((f) => ({
        flight: f.flight,
        date: f.date,
        year: Number(f.date.slice(0, 4)),
        reachedOrbit: f.reachedOrbit,
        boosterRecovered: f.boosterRecovered,
        ...(f.plannedFor ? { plannedFor: f.plannedFor } : {}),
        source: f.source,
        ...(f.postponedOn ? { postponedOn: f.postponedOn, postponedSource: f.postponedSource ?? f.source } : {}),
      })),
    storyDate: newGlenn.storyDate,
    falconSources: falcon.sources,
    newGlennSources: newGlenn.sources,
  };
}

/** A year's count is known once the year is over. */
export const yearKnown = (year: number, asOf: string) => asOf >= `${year}-12-31`;
/** The date a state knows things as of: the story's own date, or a later one it names. */
export const asOfDate = (data: LaunchCadenceData, asOf: string) => (asOf === 'story' ? data.storyDate : asOf);
