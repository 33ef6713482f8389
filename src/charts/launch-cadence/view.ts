// launch-cadence: Falcon launches per year since 2010, against New Glenn's flights.
// Each state says, as data, what it knows (as of the story's date or a later, dated one), which
// years it draws and stresses, and what it labels; the layout reads nothing else.
import { defineView } from '../scene';
import { layoutLaunchCadence } from './layout';
import type { LaunchCadenceData } from './shape';

export interface CadenceState {
  id: string;
  label: string;
  /** "story": what was known on the story's date; or an ISO date after it, shown on the chart */
  asOf: 'story' | string;
  /** the last year drawn */
  through: number;
  /** years drawn at full strength, the rest muted; null mutes every Falcon year; omitted: all full */
  emphasis?: { from: number; to: number } | null;
  /** years whose count is written on the bar */
  values?: number[];
  /** SpaceX's target for the year, drawn dashed, with its label */
  expectation?: 'labelled' | 'outline';
  /** New Glenn's flights to date, in their own year beside Falcon's bar */
  newGlenn?: boolean;
}

export const view = defineView<LaunchCadenceData, CadenceState>({
  id: 'launch-cadence',
  states: [
    { id: 'early', label: 'Early years', asOf: 'story', through: 2016, values: [2010, 2011, 2012, 2013, 2014, 2015, 2016] },
    { id: 'climb', label: 'The climb', asOf: 'story', through: 2023, emphasis: { from: 2017, to: 2023 }, values: [2017, 2023] },
    { id: 'record-2024', label: '2024', asOf: 'story', through: 2024, emphasis: { from: 2024, to: 2024 }, values: [2024] },
    { id: 'expected-2025', label: '2025 target', asOf: 'story', through: 2025, emphasis: { from: 2025, to: 2025 }, expectation: 'labelled' },
    { id: 'new-glenn', label: 'New Glenn', asOf: 'story', through: 2025, emphasis: null, expectation: 'outline', newGlenn: true },
    { id: 'second-flight', label: 'November 2025', asOf: '2025-11-13', through: 2025, emphasis: null, expectation: 'outline', newGlenn: true },
    { id: 'year-end-2025', label: 'End of 2025', asOf: '2025-12-31', through: 2025, emphasis: { from: 2025, to: 2025 }, expectation: 'outline', newGlenn: true },
  ],
  defaultState: 'early',
  finalState: 'year-end-2025',
  defaultSize: { width: 640, height: 440 },
  layout: layoutLaunchCadence,
});
