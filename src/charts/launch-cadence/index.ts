// launch-cadence: Falcon launches per year since 2010, against New Glenn's flights.
import type { ChartDefinition } from '../scene';
import { formatCount, formatDate } from '../../data/format';
import { layoutLaunchCadence } from './layout';
import type { LaunchCadenceData } from './shape';
import { launchCadenceStates, type LaunchCadenceStateId } from './states';

export { shapeLaunchCadence } from './shape';
export type { LaunchCadenceData } from './shape';

export const launchCadence: ChartDefinition<LaunchCadenceData> = {
  id: 'launch-cadence',
  states: launchCadenceStates,
  defaultState: 'early',
  finalState: 'ratio',
  defaultSize: { width: 640, height: 480 },
  layout: (data, state, size) => layoutLaunchCadence(data, state as LaunchCadenceStateId, size),
  table: (data) => ({
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
  }),
};
