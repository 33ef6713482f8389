import type { ChartState } from '../scene';

export const launchCadenceStates = [
  { id: 'early', label: 'Early years' },
  { id: 'climb', label: 'The climb' },
  { id: 'record-2024', label: '2024' },
  { id: 'expected-2025', label: '2025' },
  { id: 'new-glenn', label: 'New Glenn' },
  { id: 'ratio', label: 'The gap' },
] as const satisfies readonly ChartState[];

export type LaunchCadenceStateId = (typeof launchCadenceStates)[number]['id'];
