// first-half-2025: January to June 2025 as a timeline in three lanes. The states are cumulative:
// each names, as data, the events it adds (drawn strong and labelled in their lane's colour);
// every event an earlier state added stays in view, faded, with a grey label.
import { defineView } from '../scene';
import type { EventLane } from '../../data/schemas';
import { layoutTimeline } from './layout';
import type { TimelineData } from './shape';

export interface TimelineLane {
  id: EventLane;
  /** on the chart */
  label: string;
  /** in running text (the description) */
  name: string;
}

export interface TimelineState {
  id: string;
  label: string;
  /** the events this state adds, by id in events.json */
  adds: readonly string[];
  /** every event shown: those of the earlier states and this one's (derived from `adds`) */
  shows: readonly string[];
}

/** Top to bottom: the government sits between the two rivals, who each courted it. */
export const lanes: readonly TimelineLane[] = [
  { id: 'spacex', label: 'SpaceX and Musk', name: 'SpaceX and Musk' },
  { id: 'government', label: 'The government', name: 'the government' },
  { id: 'blue-origin', label: 'Blue Origin and Bezos', name: 'Blue Origin and Bezos' },
];

const steps: Omit<TimelineState, 'shows'>[] = [
  { id: 'jan-apr', label: 'January–April', adds: ['melania-documentary', 'new-glenn-first-flight', 'nssl-award'] },
  { id: 'rupture', label: 'Musk leaves', adds: ['musk-leaves', 'isaacman-withdrawn'] },
  { id: 'feud', label: 'The feud', adds: ['trump-contracts-post', 'dragon-threat'] },
  { id: 'outreach', label: 'Bezos reaches out', adds: ['ng2-reset', 'bezos-calls', 'limp-wiles'] },
  { id: 'report', label: 'The report', adds: ['wsj-report', 'wedding'] },
];

/** Each state shows what the states before it added, plus its own. */
export const states: readonly TimelineState[] = steps.map((s, i) => ({ ...s, shows: steps.slice(0, i + 1).flatMap((p) => p.adds) }));

/** Every event a state names: each must be in events.json with a lane (checked when the data is shaped). */
export const namedEvents: readonly string[] = states.flatMap((s) => s.adds);

export const view = defineView<TimelineData, TimelineState>({
  id: 'first-half-2025',
  states,
  defaultState: 'jan-apr',
  finalState: 'report',
  defaultSize: { width: 640, height: 440 },
  layout: (data, state, size) => layoutTimeline(data, state, size, lanes),
});
