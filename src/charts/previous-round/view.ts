// previous-round: the Space Force's previous round of national-security launches (2020) beside
// this one (2025), each as a 100% column of its missions by company. What each state shows is
// data: which rounds it names, which it mutes, and whether it joins the two to show the shift.
import { defineView } from '../scene';
import { layoutPreviousRound } from './layout';
import type { PreviousRoundData } from './shape';

export interface PreviousRoundState {
  id: string;
  label: string;
  /** the rounds whose columns are split by company (by index: 0 the earlier, 1 the later); the others stand grey */
  named: readonly (0 | 1)[];
  /** a named round drawn faded, beside the one the state is about */
  muted?: 0 | 1;
  /** lines join the columns where the companies' shares meet, and the labels give each change */
  change?: boolean;
}

export const view = defineView<PreviousRoundData, PreviousRoundState>({
  id: 'previous-round',
  states: [
    { id: 'phase-2', label: '2020', named: [0] },
    { id: 'phase-3', label: '2025', named: [0, 1], muted: 0 },
    { id: 'what-changed', label: 'What changed', named: [0, 1], change: true },
  ],
  defaultState: 'phase-2',
  finalState: 'what-changed',
  defaultSize: { width: 640, height: 440 },
  layout: layoutPreviousRound,
});
