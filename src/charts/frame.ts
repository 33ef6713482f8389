// The time frame of a chart's states: what each state knows things as of. A state's `asOf` is
// "story" (or absent): what was known on the story's date; or a later ISO date it names. Tables and
// source lines are drawn per frame, so a state set in June 2025 never sits beside a later fact.
import { requireState, type ChartState, type ChartView } from './scene';

/** The ISO date a state knows things as of. */
export function stateFrame(state: ChartState | undefined, storyDate: string): string {
  const asOf = state?.asOf;
  return !asOf || asOf === 'story' ? storyDate : asOf;
}

export interface Frame {
  /** the ISO date this frame knows things as of */
  asOf: string;
  /** the states (of those asked about) that are set in this frame, in their order */
  states: string[];
}

/** The distinct frames of the given states, earliest first. */
export function framesOf(def: Pick<ChartView<unknown>, 'id' | 'states' | 'defaultState'>, stateIds: readonly string[], storyDate: string): Frame[] {
  const byDate = new Map<string, string[]>();
  for (const id of stateIds) {
    const asOf = stateFrame(requireState(def, id, 'the time frames of a figure'), storyDate);
    byDate.set(asOf, [...(byDate.get(asOf) ?? []), id]);
  }
  return [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([asOf, states]) => ({ asOf, states }));
}
