import type { ChartState } from '../scene';

export const missionSplitStates = [
  { id: 'award', label: 'The award' },
  { id: 'spacex', label: 'SpaceX' },
  { id: 'blue-origin', label: 'Blue Origin' },
  { id: 'ula', label: 'ULA' },
  { id: 'value', label: 'Dollar value' },
  { id: 'per-mission', label: 'Per mission' },
] as const satisfies readonly ChartState[];

export type MissionSplitStateId = (typeof missionSplitStates)[number]['id'];
