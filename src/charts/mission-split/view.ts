// mission-split: the 54 missions of the Space Force's 2027–2032 block of launches, by company,
// then by dollars. What each state shows is data: which companies it names, or which measure.
import { defineView } from '../scene';
import { layoutMissionSplit } from './layout';
import type { MissionSplitData } from './shape';

export interface CountState {
  id: string;
  label: string;
  kind: 'count';
  /** companies named so far, in the order their groups stack; the rest wait in one grey group */
  named: string[];
}
export interface ValueState {
  id: string;
  label: string;
  kind: 'value';
  /** one segment per bar stands out as "the average mission" */
  perMission: boolean;
}
export type MissionSplitState = CountState | ValueState;

export const view = defineView<MissionSplitData, MissionSplitState>({
  id: 'mission-split',
  states: [
    { id: 'award', label: 'The award', kind: 'count', named: [] },
    { id: 'spacex', label: 'SpaceX', kind: 'count', named: ['spacex'] },
    { id: 'blue-origin', label: 'Blue Origin', kind: 'count', named: ['spacex', 'blue-origin'] },
    { id: 'ula', label: 'ULA', kind: 'count', named: ['spacex', 'blue-origin', 'ula'] },
    { id: 'value', label: 'Dollar value', kind: 'value', perMission: false },
    { id: 'per-mission', label: 'Per mission', kind: 'value', perMission: true },
  ],
  defaultState: 'award',
  finalState: 'per-mission',
  defaultSize: { width: 640, height: 440 },
  layout: layoutMissionSplit,
});
