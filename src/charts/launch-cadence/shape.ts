// Falcon launches per year against New Glenn's flights, as the cadence chart needs them.
import type { Falcon, NewGlenn } from '../../data/schemas';

export interface CadenceYear {
  year: number;
  launches: number;
  /** counted after the story's June 2025 setting */
  countedAfterStory: boolean;
}

export interface CadenceFlight {
  flight: string;
  date: string;
  year: number;
  reachedOrbit: boolean;
  boosterRecovered: boolean;
  /** flown after the story's date: in June 2025 it was still a plan */
  afterStory: boolean;
  plannedFor?: string;
}

export interface LaunchCadenceData {
  years: CadenceYear[];
  expectation?: { year: number; launches: number; claimedBy: string; claimedOn: string };
  flights: CadenceFlight[];
  storyDate: string;
}

export function shapeLaunchCadence(falcon: Falcon, newGlenn: NewGlenn): LaunchCadenceData {
  const years = [...falcon.years]
    .sort((a, b) => a.year - b.year)
    .map((y) => ({ year: y.year, launches: y.launches, countedAfterStory: y.countedAfterStory ?? false }));
  const e = falcon.expectations[0];
  return {
    years,
    expectation: e && { year: e.year, launches: e.launches, claimedBy: e.claimedBy, claimedOn: e.claimedOn },
    flights: [...newGlenn.flights]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((f) => ({
        flight: f.flight,
        date: f.date,
        year: Number(f.date.slice(0, 4)),
        reachedOrbit: f.reachedOrbit,
        boosterRecovered: f.boosterRecovered,
        afterStory: f.date > newGlenn.storyDate,
        plannedFor: f.plannedFor,
      })),
    storyDate: newGlenn.storyDate,
  };
}
